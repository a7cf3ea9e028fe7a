import type { ViewState } from '../../state/view-state.ts';
import { DAY_MS, dayStart, isoDay } from '../../domain/calendar-days.ts';
import type { TimeWindow } from './time-scale.ts';

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
  return [dayStart(days.start), dayStart(days.end) + DAY_MS];
}
