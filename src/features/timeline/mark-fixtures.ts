import type { TimelineItem, TimelineModel } from './timeline-model.ts';
import { DAY_MS } from '../../domain/calendar-days.ts';

// Test data for the layout and view-model tests: marks at whole days from 1 March 2025.

export const DAY = DAY_MS;
export const t0 = Date.UTC(2025, 2, 1);

/** A mark in `lane` from day `startDay` to the end of day `endDay` (a one-day mark when omitted). */
export function item(
  key: string,
  lane: number,
  startDay: number,
  endDay = startDay,
  extra: Partial<TimelineItem> = {},
) {
  return {
    key,
    roundId: key,
    lane,
    start: t0 + startDay * DAY,
    end: t0 + (endDay + 1) * DAY - 1,
    dateKind: endDay === startDay ? 'day' : 'range',
    roundKind: 'talks',
    format: 'in-person',
    meeting: 'held',
    status: undefined,
    priority: 3,
    title: `Round ${key}`,
    shortTitle: key,
    dateText: '',
    precisionText: '',
    place: '',
    ...extra,
  } satisfies TimelineItem;
}

/** A model with `lanes` lanes around the items, in the order buildTimelineModel gives them (the layout's premise). */
export const model = (items: TimelineItem[], lanes = 2): TimelineModel => {
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end || a.lane - b.lane);
  return {
    lanes: Array.from({ length: lanes }, (_, i) => ({ id: `l${i}`, label: `Lane ${i}` })),
    items: sorted,
    bounds: [sorted[0]!.start, sorted.at(-1)!.end],
  };
};
