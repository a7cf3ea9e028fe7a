import { describe, expect, it } from 'vitest';
import { datedRoundsInTimeOrder } from '../../domain/dated-rounds.ts';
import { bundledData } from '../../test/bundled-dataset.ts';
import { buildTimelineModel } from './timeline-model.ts';

describe('buildTimelineModel', () => {
  const { dataset, rounds } = bundledData();

  it('gives every round of the dataset a mark when given them all', () => {
    const model = buildTimelineModel(dataset, rounds, 'table');
    expect(model.items.map((item) => item.roundId).sort()).toEqual(dataset.rounds.map((r) => r.id).sort());
  });

  it('gives only the given rounds marks, and no lane to rounds that were not given', () => {
    const whole = buildTimelineModel(dataset, rounds, 'place');
    const [dropped] = whole.lanes;
    const droppedIds = new Set(whole.items.filter((i) => i.lane === 0).map((i) => i.roundId));
    const given = rounds.filter((d) => !droppedIds.has(d.round.id));
    const model = buildTimelineModel(dataset, given, 'place');
    expect(model.items.map((item) => item.roundId).sort()).toEqual(given.map((d) => d.round.id).sort());
    expect(model.lanes.map((lane) => lane.id)).not.toContain(dropped!.id);
    expect(model.lanes).toHaveLength(whole.lanes.length - 1);
  });

  it('orders the marks of rounds alike in time and lane as the time order does, whatever the dataset order', () => {
    // A copy of every round, on its day and at its table, written in the dataset after the originals, with
    // titles that the time order puts first: "(a) Riyadh talks" before "Riyadh talks".
    const copies = dataset.rounds.map((round) => ({
      ...round,
      id: `${round.id}-copy`,
      title: `(a) ${round.title}`,
    }));
    const doubled = { ...dataset, rounds: [...dataset.rounds, ...copies] };
    const all = datedRoundsInTimeOrder(doubled.rounds);
    // Every round, and some of them (as a filter leaves them): every other original with its copy.
    const kept = new Set(dataset.rounds.filter((_, i) => i % 2 === 0).map((round) => round.id));
    const some = all.filter(({ round }) => kept.has(round.id.replace(/-copy$/, '')));
    for (const dated of [all, some]) {
      for (const mode of ['table', 'place', 'topic'] as const) {
        const { items } = buildTimelineModel(doubled, dated, mode);
        const timeOrder = dated.map(({ round }) => round.id);
        // Within a lane, marks that start and end together keep the rounds' time order.
        let alike = 0;
        for (let i = 1; i < items.length; i += 1) {
          const [a, b] = [items[i - 1]!, items[i]!];
          if (a.start !== b.start || a.end !== b.end || a.lane !== b.lane) continue;
          alike += 1;
          expect(timeOrder.indexOf(a.roundId)).toBeLessThan(timeOrder.indexOf(b.roundId));
        }
        // Each copy is alike its original, so there are as many pairs as marks of copies at least.
        expect(alike).toBeGreaterThanOrEqual(items.filter((item) => item.roundId.endsWith('-copy')).length);
        expect(alike).toBeGreaterThan(0);
      }
    }
  });
});
