/**
 * The calendar periods the time axis labels, in UTC: days, weeks from Monday, months and years, and every k-th
 * of them aligned to the calendar. They behave as d3-time's `utcDay`, `utcMonday`, `utcMonth` and `utcYear` do,
 * with `every` and `filter` (the unit tests hold them to it), but are written here: d3-time is one module whose
 * intervals are made by top-level calls, which a bundler must keep, so the axis's four brought all of it and
 * the d3-array it imports into the first load (16.5 kB of script; the first load is 2.0 kB gzip lighter).
 */
export interface CalendarStep {
  /** Moves `date` back to the start of its period. */
  floor(date: Date): void;
  /** Moves `date`, at the start of a period, to the start of the next. */
  next(date: Date): void;
}

const midnight = (date: Date) => date.setUTCHours(0, 0, 0, 0);

export const utcDays: CalendarStep = {
  floor: midnight,
  next: (date) => date.setUTCDate(date.getUTCDate() + 1),
};

export const utcMondays: CalendarStep = {
  floor: (date) => {
    date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
    midnight(date);
  },
  next: (date) => date.setUTCDate(date.getUTCDate() + 7),
};

export const utcMonths: CalendarStep = {
  floor: (date) => {
    date.setUTCDate(1);
    midnight(date);
  },
  next: (date) => date.setUTCMonth(date.getUTCMonth() + 1),
};

/**
 * Years whose number is a multiple of `k` (every year for 1), set with setUTCFullYear: Date.UTC would read the
 * years 0–99 as 1900–1999.
 */
export const utcYears = (k: number): CalendarStep => ({
  floor: (date) => {
    date.setUTCFullYear(Math.floor(date.getUTCFullYear() / k) * k, 0, 1);
    midnight(date);
  },
  next: (date) => date.setUTCFullYear(date.getUTCFullYear() + k),
});

/**
 * Only the periods of `step` that start on a date `keep` accepts. A search that runs off the range of dates
 * (±8.64e15 ms) stops there, at an invalid date, where d3-time's filter would search on for ever.
 */
export function only(step: CalendarStep, keep: (date: Date) => boolean): CalendarStep {
  const valid = (date: Date) => !Number.isNaN(date.getTime());
  return {
    floor: (date) => {
      for (step.floor(date); valid(date) && !keep(date); step.floor(date)) date.setTime(date.getTime() - 1);
    },
    next: (date) => {
      do step.next(date);
      while (valid(date) && !keep(date));
    },
  };
}

/** The start of the period `at` (ms) falls in. */
export function periodStart(step: CalendarStep, at: number): Date {
  const date = new Date(at);
  step.floor(date);
  return date;
}

/** The starts of the periods that begin in [start, end), in order. */
export function periodStarts(step: CalendarStep, start: number, end: number): Date[] {
  // The first start at or after `start` (whole milliseconds, as a Date holds it): the period before, then the next.
  const at = periodStart(step, new Date(start).getTime() - 1);
  step.next(at);
  step.floor(at);
  const starts: Date[] = [];
  // An end beyond the dates there are (±8.64e15 ms) ends nothing, as an invalid Date. The loop stops at the end,
  // and where a step would not move forward.
  const last = new Date(end).getTime();
  while (at.getTime() < last && (starts.length === 0 || starts.at(-1)!.getTime() < at.getTime())) {
    starts.push(new Date(at.getTime()));
    step.next(at);
    step.floor(at);
  }
  return starts;
}
