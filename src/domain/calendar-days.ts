/**
 * UTC calendar days, the one place for them: every date in Parley is read and written in UTC, so a reader
 * in Kyiv and one in California see the same day. Days travel as ISO text (YYYY-MM-DD) in URLs and
 * filters, and as milliseconds since the epoch in layouts.
 */

/** One day in milliseconds; UTC has no daylight-saving days, so this is exact. */
export const DAY_MS = 86_400_000;

/** English month names, January first. */
export const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const; // prettier-ignore

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first instant of an ISO day in UTC ms, or NaN when the text is not a day. */
export function dayStart(day: string): number {
  return ISO_DAY.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
}

/** True for a real calendar day written YYYY-MM-DD ("2025-02-30" is not one). */
export function isCalendarDay(value: string): boolean {
  const start = dayStart(value);
  return !Number.isNaN(start) && isoDay(start) === value;
}

/** The ISO day (YYYY-MM-DD, UTC) an instant falls on. */
export function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The words of the day an instant falls on, finest first: ["1", "March", "2025"]. */
export function dayWords(ms: number): [string, string, string] {
  const date = new Date(ms);
  return [String(date.getUTCDate()), MONTHS[date.getUTCMonth()] ?? '', String(date.getUTCFullYear())];
}

/** The day an instant falls on in words: "1 March 2025". */
export function formatDay(ms: number): string {
  return dayWords(ms).join(' ');
}

/** An ISO day in words, "1 March 2025", or the text unchanged when it is not a day. */
export function isoDayInWords(day: string): string {
  return isCalendarDay(day) ? formatDay(dayStart(day)) : day;
}
