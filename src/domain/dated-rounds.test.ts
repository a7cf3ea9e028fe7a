import { describe, expect, it } from 'vitest';
import { datedRoundsInTimeOrder } from './dated-rounds.ts';
import type { Round } from './schema.ts';

const round = (id: string, date: string, title = id, dateLabel?: string): Round => ({
  id,
  kind: 'talks',
  title,
  date,
  ...(dateLabel ? { dateLabel } : {}),
  participants: [],
  outcomes: [],
  sources: ['S1'],
});

describe('datedRoundsInTimeOrder', () => {
  it('orders rounds by start, then end, then title', () => {
    const ordered = datedRoundsInTimeOrder([
      round('late', '2025-06-02'),
      round('long', '2025-03-23/2025-03-25'),
      round('b-same-day', '2025-03-23', 'B'),
      round('a-same-day', '2025-03-23', 'A'),
      round('early', '2025-02-18'),
    ]);
    expect(ordered.map((d) => d.round.id)).toEqual(['early', 'a-same-day', 'b-same-day', 'long', 'late']);
  });

  it('puts an approximate month at its first day and words it with the source label', () => {
    const [first] = datedRoundsInTimeOrder([round('fuzzy', '2025-03~', 'Fuzzy', 'early March 2025')]);
    expect(first?.date.start.toISOString()).toBe('2025-03-01T00:00:00.000Z');
    expect(first?.date.kind).toBe('approximate');
    expect(first?.dateText).toBe('early March 2025');
  });

  it('words each round of a shared date with its own label, or the date itself when it has none', () => {
    // Each way round: the first round of a date is the one its words are first made for.
    for (const rounds of [
      [round('labelled', '2025-03~', 'A', 'early March 2025'), round('plain', '2025-03~', 'B')],
      [round('plain', '2025-03~', 'B'), round('labelled', '2025-03~', 'A', 'early March 2025')],
    ]) {
      expect(datedRoundsInTimeOrder(rounds).map((d) => [d.round.id, d.dateText])).toEqual([
        ['labelled', 'early March 2025'],
        ['plain', 'March 2025 (approximate)'],
      ]);
    }
  });

  it('words an exact range at day precision', () => {
    expect(datedRoundsInTimeOrder([round('r', '2025-03-23/2025-03-25')])[0]?.dateText).toBe(
      '23–25 March 2025',
    );
  });
});
