import fc from 'fast-check';
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../domain/calendar-days.ts';
import {
  only,
  periodStart,
  periodStarts,
  utcDays,
  utcMondays,
  utcMonths,
  utcYears,
  type CalendarStep,
} from './calendar-steps.ts';

/** The last instant a Date can hold (and, negated, the first). */
const MAX_DATE = 8.64e15;

// d3-time, which the axis used before these (it comes with d3-scale, for the drag-to-zoom), is the reference.
const MONDAY_EPOCH = Date.UTC(1970, 0, 5);
const everyWeeks = (k: number) => (d: Date) =>
  Math.round((d.getTime() - MONDAY_EPOCH) / (7 * DAY_MS)) % k === 0;
const cases: [string, CalendarStep, TimeInterval, number][] = [
  ['days', utcDays, utcDay, DAY_MS],
  ...[2, 5].map((k): [string, CalendarStep, TimeInterval, number] => [
    `every ${k} days`,
    only(utcDays, (d) => (d.getUTCDate() - 1) % k === 0),
    utcDay.every(k)!,
    k * DAY_MS,
  ]),
  ...[1, 2, 4].map((k): [string, CalendarStep, TimeInterval, number] => [
    `every ${k} weeks`,
    only(utcMondays, everyWeeks(k)),
    utcMonday.filter(everyWeeks(k)),
    k * 7 * DAY_MS,
  ]),
  ['months', utcMonths, utcMonth, 31 * DAY_MS],
  ...[2, 3, 6].map((k): [string, CalendarStep, TimeInterval, number] => [
    `every ${k} months`,
    only(utcMonths, (d) => d.getUTCMonth() % k === 0),
    utcMonth.every(k)!,
    k * 31 * DAY_MS,
  ]),
  ...[1, 2, 5, 10, 50, 1000, 100000].map((k): [string, CalendarStep, TimeInterval, number] => [
    `every ${k} years`,
    utcYears(k),
    utcYear.every(k)!,
    k * 366 * DAY_MS,
  ]),
];

// From about 30,000 BCE to 30,000 CE, far beyond any date a dataset holds; a window's ends need not be whole
// milliseconds.
const instant = fc.oneof(
  fc.integer({ min: -1e15, max: 1e15 }),
  fc.double({ min: -1e15, max: 1e15, noNaN: true }),
);

describe.each(cases)('%s', (_name, ours, d3, period) => {
  it('starts the same periods as d3-time in any window', () => {
    fc.assert(
      fc.property(instant, fc.double({ min: 0, max: 300, noNaN: true }), (start, periods) => {
        const end = start + periods * period;
        expect(periodStarts(ours, start, end).map(Number)).toEqual(
          d3.range(new Date(start), new Date(end)).map(Number),
        );
      }),
    );
  });

  it('floors any instant as d3-time does', () => {
    fc.assert(
      fc.property(instant, (at) => {
        expect(periodStart(ours, at).getTime()).toBe(d3.floor(new Date(at)).getTime());
      }),
    );
  });

  it('starts its periods up to the last date there is (8.64e15 ms) and stops there, where d3-time may search on for ever', () => {
    // Some hundred periods before the edge (for 100,000-year steps, back past the year 200,000).
    const end = MAX_DATE;
    const start = end - Math.min(300 * period, 3e15);
    const starts = periodStarts(ours, start, end).map(Number);
    expect(starts.length).toBeGreaterThan(0);
    for (const [i, at] of starts.entries()) {
      expect(at).toBeGreaterThanOrEqual(start);
      expect(at).toBeLessThan(end);
      expect(periodStart(ours, at).getTime()).toBe(at);
      if (i > 0) expect(at).toBeGreaterThan(starts[i - 1]!);
    }
  });

  it('has no periods in a window that ends or starts beyond the dates there are, as d3-time has none', () => {
    expect(periodStarts(ours, MAX_DATE - Math.min(300 * period, 3e15), 9e15)).toEqual([]);
    expect(periodStarts(ours, -9e15, -MAX_DATE + 300 * period)).toEqual([]);
    // The first period may begin before the first date there is: the floor then returns an invalid date.
    expect(periodStart(ours, -MAX_DATE)).toBeInstanceOf(Date);
  });

  it('has no periods in an empty, reversed or invalid window', () => {
    expect(periodStarts(ours, 0, 0)).toEqual([]);
    expect(periodStarts(ours, period, 0)).toEqual([]);
    expect(periodStarts(ours, NaN, period)).toEqual([]);
    expect(Number.isNaN(periodStart(ours, NaN).getTime())).toBe(true);
  });
});

describe('years', () => {
  it('keeps the years 0 to 99 (which Date.UTC would read as 1900 to 1999)', () => {
    const start = new Date(0);
    start.setUTCFullYear(40, 5, 1);
    const end = new Date(0);
    end.setUTCFullYear(44, 0, 1);
    expect(periodStarts(utcYears(1), start.getTime(), end.getTime()).map((d) => d.getUTCFullYear())).toEqual([
      41, 42, 43,
    ]);
  });
});
