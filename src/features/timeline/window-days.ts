import type { ViewState } from '../../state/view-state.ts';
import { DAY_MS, type TimeWindow } from './time-scale.ts';

type DayWindow = NonNullable<ViewState['window']>;

/**
 * The visible window as whole days, for the URL: from the day of its start to the day of its end, so a link
 * shows the same period at any width. The end day is inclusive.
 */
export function windowToDays(window: TimeWindow): DayWindow {
  return { start: isoDay(window[0]), end: isoDay(Math.max(window[0], window[1] - 1)) };
}

/** A day window as milliseconds: the start of its first day to the end of its last. */
export function daysToWindow(days: DayWindow): TimeWindow {
  return [Date.parse(`${days.start}T00:00:00Z`), Date.parse(`${days.end}T00:00:00Z`) + DAY_MS];
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
