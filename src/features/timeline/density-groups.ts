import { DAY_MS, monthName } from '../../domain/calendar-days.ts';
import type { TimelineLayout } from './mark-layout.ts';
import type { TimelineItem } from './timeline-model.ts';
import type { TimeWindow } from './time-scale.ts';

/** Rounds of one lane in one month (or year) that the density view draws as ticks, as one zoom target. */
export interface DensityGroup {
  lane: number;
  count: number;
  /** "March 2025" or "2025". */
  period: string;
  /** The period in UTC ms, the window to zoom to. */
  window: TimeWindow;
  x0: number;
  x1: number;
  y: number;
}

/** Periods are months up to two years in view, years beyond, so the groups stay few enough to tab through. */
const MONTHS_UP_TO_MS = 731 * DAY_MS;

/**
 * Groups the marks of the density view (too many for a button each) by lane and by month or year, so each
 * group can be named and operated as text: "14 more rounds in March 2025 — zoom in" (WCAG 1.3.1).
 * `skip` holds the items whose marks keep a button of their own.
 */
export function densityGroups(
  layout: Pick<TimelineLayout, 'shapes' | 'folded'>,
  window: TimeWindow,
  skip: ReadonlySet<TimelineItem>,
): DensityGroup[] {
  const byMonth = window[1] - window[0] <= MONTHS_UP_TO_MS;
  // Per lane, per period (numbered, so keys stay small integers). This runs over up to 100,000 marks each
  // time a gesture settles, so a mark costs few lookups: consecutive marks mostly share a period, and a lane's
  // marks in time order mostly its last group, both kept at hand.
  const byLane: Map<number, DensityGroup>[] = [];
  const lastGroup: DensityGroup[] = [];
  const lastPeriod: number[] = [];
  let period: Period = { number: 0, year: 0, window: [Infinity, -Infinity] };
  const add = (item: TimelineItem, x0: number, x1: number, y: number) => {
    if (skip.size > 0 && skip.has(item)) return;
    const at = Math.max(item.start, window[0]);
    if (at < period.window[0] || at >= period.window[1]) period = periodAround(at, byMonth);
    const laneIndex = item.lane;
    const lane = (byLane[laneIndex] ??= new Map());
    const group = lastPeriod[laneIndex] === period.number ? lastGroup[laneIndex] : lane.get(period.number);
    if (group) {
      group.count += 1;
      group.x0 = Math.min(group.x0, x0);
      group.x1 = Math.max(group.x1, x1);
      group.y = Math.min(group.y, y);
      lastGroup[laneIndex] = group;
      lastPeriod[laneIndex] = period.number;
      return;
    }
    const created: DensityGroup = {
      lane: laneIndex,
      count: 1,
      period: byMonth ? `${monthName(period.window[0])} ${period.year}` : String(period.year),
      window: period.window,
      x0,
      x1,
      y,
    };
    lane.set(period.number, created);
    lastGroup[laneIndex] = created;
    lastPeriod[laneIndex] = period.number;
  };
  for (const mark of layout.shapes) add(mark.item, mark.x0, mark.x1, mark.y);
  // The folded marks straight from their columns: no object per mark.
  const { folded } = layout;
  for (let k = 0; k < folded.position.length; k += 1) {
    add(folded.items[folded.position[k]!]!, folded.x0[k]!, folded.x1[k]!, folded.y[k]!);
  }
  const groups = byLane.flatMap((lane) => [...lane.values()]);
  return groups.sort((a, b) => a.lane - b.lane || a.window[0] - b.window[0]);
}

interface Period {
  /** Months (or years) since year 0, so that periods compare as small integers. */
  number: number;
  /** The calendar year, as written (Date.UTC would read years 0–99 as 1900–1999). */
  year: number;
  window: TimeWindow;
}

/** The UTC month (or year) holding the instant `at`. */
function periodAround(at: number, byMonth: boolean): Period {
  const date = new Date(at);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  return byMonth
    ? {
        number: year * 12 + month,
        year,
        window: [Date.UTC(year, month, 1), Date.UTC(year, month + 1, 1)],
      }
    : { number: year, year, window: [Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1)] };
}
