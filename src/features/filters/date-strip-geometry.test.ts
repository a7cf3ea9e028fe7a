import { describe, expect, it } from 'vitest';
import type { FilterIndex, IndexedRound } from '../../domain/filter-rounds.ts';
import { dayAfterKey, dayFromNumber, dayNumber, dayToX, stripBars, xToDay } from './date-strip-geometry.ts';

const DAY = 86_400_000;
const round = (id: string, start: string, end = start): IndexedRound => ({
  id,
  participantParties: [],
  participantRoles: [],
  outcomeTopics: [],
  outcomeStatuses: [],
  summaryStatus: undefined,
  people: [],
  status: 'held',
  format: undefined,
  city: undefined,
  start: Date.parse(`${start}T00:00:00Z`),
  end: Date.parse(`${end}T00:00:00Z`) + DAY - 1,
});
const indexOf = (rounds: IndexedRound[]) => ({ rounds }) as unknown as FilterIndex;

describe('day numbers', () => {
  it('count whole UTC days from 1970-01-01 and back', () => {
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('2025-03-01')).toBe(20148);
    expect(dayFromNumber(20148)).toBe('2025-03-01');
  });
});

describe('stripBars', () => {
  it('counts the rounds that touch each column, a range in every column it spans', () => {
    // Ten days, 1–10 March, in five columns of two days each, on a strip 100 wide.
    const strip = stripBars(
      indexOf([round('a', '2025-03-01'), round('b', '2025-03-02', '2025-03-05'), round('c', '2025-03-10')]),
      100,
      5,
    );
    expect(strip?.firstDay).toBe(dayNumber('2025-03-01'));
    expect(strip?.lastDay).toBe(dayNumber('2025-03-10'));
    expect(strip?.bars).toEqual([
      { x: 0, width: 20, count: 2 },
      { x: 20, width: 20, count: 1 },
      { x: 40, width: 20, count: 1 },
      { x: 60, width: 20, count: 0 },
      { x: 80, width: 20, count: 1 },
    ]);
  });

  it('has nothing to draw without rounds', () => {
    expect(stripBars(indexOf([]), 100, 5)).toBeUndefined();
  });
});

describe('dayToX and xToDay', () => {
  it('map whole days onto equal slices of the strip and back, clamped to the days shown', () => {
    expect(dayToX(0, 0, 9, 100)).toBe(0);
    expect(dayToX(5, 0, 9, 100)).toBe(50);
    expect(dayToX(10, 0, 9, 100)).toBe(100);
    expect(xToDay(55, 0, 9, 100)).toBe(5);
    expect(xToDay(-20, 0, 9, 100)).toBe(0);
    expect(xToDay(100, 0, 9, 100)).toBe(9);
  });
});

describe('dayAfterKey', () => {
  it('steps by a day, by 30 days, or to the ends, within the bounds', () => {
    expect(dayAfterKey('ArrowRight', 10, 0, 100)).toBe(11);
    expect(dayAfterKey('ArrowDown', 10, 0, 100)).toBe(9);
    expect(dayAfterKey('PageUp', 80, 0, 100)).toBe(100);
    expect(dayAfterKey('PageDown', 10, 0, 100)).toBe(0);
    expect(dayAfterKey('Home', 10, 3, 100)).toBe(3);
    expect(dayAfterKey('End', 10, 3, 100)).toBe(100);
    expect(dayAfterKey('a', 10, 0, 100)).toBeUndefined();
  });
});
