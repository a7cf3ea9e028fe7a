import { DAY_MS, dayStart, isoDay } from '../../domain/calendar-days.ts';
import type { FilterIndex } from '../../domain/filter-rounds.ts';
import type { IsoDay } from '../../domain/round-filters.ts';

/** Days counted from 1970-01-01 UTC: whole numbers a slider can step through. */
export function dayNumber(day: IsoDay): number {
  return Math.floor(dayStart(day) / DAY_MS);
}

export function dayFromNumber(n: number): IsoDay {
  return isoDay(n * DAY_MS);
}

/** One bar of the overview: how many rounds touch the days under it. */
export interface StripBar {
  x: number;
  width: number;
  count: number;
}

/**
 * The overview strip as data: the day span of all rounds and, for `binCount` equal columns of a strip
 * `width` wide, how many rounds overlap each column. Bars, not one mark per round, so the strip stays
 * light at 10,000 rounds.
 */
export function stripBars(index: FilterIndex, width: number, binCount: number) {
  if (index.rounds.length === 0) return undefined;
  let first = Infinity;
  let last = -Infinity;
  for (const round of index.rounds) {
    first = Math.min(first, Math.floor(round.start / DAY_MS));
    last = Math.max(last, Math.floor(round.end / DAY_MS));
  }
  const days = last - first + 1;
  const counts = new Array<number>(binCount).fill(0);
  const binOf = (day: number) => Math.min(binCount - 1, Math.floor(((day - first) / days) * binCount));
  for (const round of index.rounds) {
    const from = binOf(Math.floor(round.start / DAY_MS));
    const to = binOf(Math.floor(round.end / DAY_MS));
    for (let b = from; b <= to; b++) counts[b] = (counts[b] ?? 0) + 1;
  }
  const barWidth = width / binCount;
  const bars: StripBar[] = counts.map((count, b) => ({ x: b * barWidth, width: barWidth, count }));
  return { firstDay: first, lastDay: last, bars };
}

/** Where a day's start falls on a strip that shows whole days firstDay…lastDay across `width`. */
export function dayToX(day: number, firstDay: number, lastDay: number, width: number): number {
  return ((day - firstDay) / (lastDay - firstDay + 1)) * width;
}

/** The day under a point of the strip, clamped to the strip's days. */
export function xToDay(x: number, firstDay: number, lastDay: number, width: number): number {
  const day = firstDay + Math.floor((x / width) * (lastDay - firstDay + 1));
  return Math.max(firstDay, Math.min(lastDay, day));
}

/** The day a slider key moves to: arrows by a day, Page keys by 30 days, Home and End to the ends. */
export function dayAfterKey(key: string, day: number, min: number, max: number): number | undefined {
  const steps: Record<string, number> = {
    ArrowLeft: -1,
    ArrowDown: -1,
    ArrowRight: 1,
    ArrowUp: 1,
    PageDown: -30,
    PageUp: 30,
  };
  if (key === 'Home') return min;
  if (key === 'End') return max;
  const step = steps[key];
  return step === undefined ? undefined : Math.max(min, Math.min(max, day + step));
}
