import { DAY_MS, monthName as monthOf, shortMonthName, yearInWords } from '../../domain/calendar-days.ts';
import { dateLocale } from '../../domain/date-locale.ts';
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

/** One axis label: its instant, its x in pixels, its text; `sticky` marks a major label pinned to the left edge. */
export type Tick = { value: number; x: number; label: string; sticky?: true };

/** Average glyph width assumed for axis labels, in pixels (a 12 px sans-serif font). */
export const CHAR_WIDTH_PX = 7;

/** Minimum free space after a label before the next one may start, in pixels. */
export const LABEL_GAP_PX = 8;

/** The estimated space a label needs, gap included; labels start at their tick (text-anchor: start). */
export function estimateLabelWidth(label: string): number {
  return label.length * CHAR_WIDTH_PX + LABEL_GAP_PX;
}

const YEAR_MS = 365.25 * DAY_MS;
// The Monday 5 January 1970: counting weeks from it keeps every-other-week ticks on the same Mondays while panning.
const MONDAY_EPOCH = Date.UTC(1970, 0, 5);

type Step = { interval: CalendarStep; approxMs: number };
type Ticks = { step: Step | undefined; ticks: Tick[] };

// Thinned steps are aligned to the calendar (every 3rd month is Jan/Apr/Jul/Oct), not to the first visible
// tick, so the labels that survive do not change while the user pans.
const days = [1, 2, 5].map((k) => ({
  interval: k === 1 ? utcDays : only(utcDays, (d) => (d.getUTCDate() - 1) % k === 0),
  approxMs: k * DAY_MS,
}));
const weeks = (k: number): Step => ({
  interval: only(utcMondays, (d) => Math.round((d.getTime() - MONDAY_EPOCH) / (7 * DAY_MS)) % k === 0),
  approxMs: k * 7 * DAY_MS,
});
const months = [1, 2, 3, 6].map((k) => ({
  interval: k === 1 ? utcMonths : only(utcMonths, (d) => d.getUTCMonth() % k === 0),
  approxMs: (k * YEAR_MS) / 12,
}));
const years = (from: number) =>
  [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10000, 20000, 50000, 100000]
    .filter((k) => k >= from)
    .map((k) => ({ interval: utcYears(k), approxMs: k * YEAR_MS }));

// The labels in the words the rest of Parley writes dates in (calendar-days.ts), in UTC like every date here.
const dayOfMonth = (d: Date) => String(d.getUTCDate());
const monthName = (d: Date) => monthOf(d.getTime());
const shortMonth = (d: Date) => shortMonthName(d.getTime());
const year = (d: Date) => yearInWords(d.getUTCFullYear());
const monthAndYear = (d: Date) => `${monthName(d)} ${year(d)}`;
const dayAndShortMonth = (d: Date) => `${dayOfMonth(d)} ${shortMonth(d)}`;
// "2020s"; before year 1 the decade is named by its first year ("510 BCE"), as "510 BCEs" would not read.
const decade = (d: Date) => (d.getUTCFullYear() >= 1 ? dateLocale().decade(year(d)) : year(d));

type Level = {
  minPxPerDay: number;
  minor: Step[];
  minorLabel: (d: Date) => string;
  major: Step[];
  majorLabel: (d: Date) => string;
};

// Ordered from the finest: the first level whose minimum the zoom reaches is used. The thresholds are where the
// level's labels fit without thinning or with a little of it: two-digit days need 22 px, "24 Mar" 50 px a week.
const LEVELS: Level[] = [
  {
    minPxPerDay: 28,
    minor: days,
    minorLabel: dayOfMonth,
    major: months,
    majorLabel: monthAndYear,
  },
  {
    minPxPerDay: 4,
    minor: [1, 2, 4].map(weeks),
    minorLabel: dayAndShortMonth,
    major: months,
    majorLabel: monthAndYear,
  },
  {
    minPxPerDay: 0.3,
    minor: months,
    minorLabel: shortMonth,
    major: years(1),
    majorLabel: year,
  },
  {
    minPxPerDay: 0,
    minor: years(1),
    minorLabel: year,
    major: years(10),
    majorLabel: decade,
  },
];

const overlaps = (ticks: Tick[]) =>
  ticks.some((tick, i) => i > 0 && tick.x - ticks[i - 1]!.x < estimateLabelWidth(ticks[i - 1]!.label));

/** Ticks at the first step whose labels do not overlap; if none fits, the last step thinned greedily. */
function fittedTicks(
  steps: Step[],
  label: (d: Date) => string,
  [start, end]: [number, number],
  width: number,
): Ticks {
  let last: Ticks = { step: undefined, ticks: [] };
  for (const step of steps) {
    // A step narrower than a pixel can never fit; skipping it also avoids building huge arrays.
    if ((step.approxMs * width) / (end - start) < 1) continue;
    const ticks = periodStarts(step.interval, start, end).map((d) => ({
      value: d.getTime(),
      x: ((d.getTime() - start) * width) / (end - start),
      label: label(d),
    }));
    if (!overlaps(ticks)) return { step, ticks };
    last = { step, ticks };
  }
  let right = -Infinity;
  const kept = last.ticks.filter((tick) => {
    if (tick.x < right) return false;
    right = tick.x + estimateLabelWidth(tick.label);
    return true;
  });
  return { step: last.step, ticks: kept };
}

/** Two rows of axis labels for the window at this width: `minor` (finer unit) and `major` (its context). */
export function axisTicks(window: [number, number], width: number): { minor: Tick[]; major: Tick[] } {
  const [start, end] = window;
  if (!(end > start) || !(width > 0) || !Number.isFinite(end - start)) return { minor: [], major: [] };
  const pxPerDay = (width * DAY_MS) / (end - start);
  const level = LEVELS.find((l) => pxPerDay >= l.minPxPerDay) ?? LEVELS[LEVELS.length - 1]!;
  const minor = fittedTicks(level.minor, level.minorLabel, window, width).ticks;
  const { step, ticks: major } = fittedTicks(level.major, level.majorLabel, window, width);
  if (step === undefined) return { minor, major };

  // The period the window starts in keeps its label at the left edge ("March 2025" while scrolled into March).
  // The next major label pushes it out to the left, as sticky headers do, so the two never overlap.
  const floor = periodStart(step.interval, start);
  if (floor.getTime() < start) {
    const label = level.majorLabel(floor);
    const next = major[0];
    const x = next === undefined ? 0 : Math.min(0, next.x - estimateLabelWidth(label));
    major.unshift({ value: floor.getTime(), x, label, sticky: true });
  }
  return { minor, major };
}
