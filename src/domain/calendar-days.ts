/**
 * UTC calendar days, the one place for them: every date in Parley is read and written in UTC, so a reader
 * in Kyiv and one in California see the same day. Days travel as ISO text (YYYY-MM-DD) in URLs and
 * filters, and as milliseconds since the epoch in layouts. Their words are the current date locale's
 * (date-locale.ts).
 */
import { dateLocale } from './date-locale.ts';

/** One day in milliseconds; UTC has no daylight-saving days, so this is exact. */
export const DAY_MS = 86_400_000;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** ISO 8601's expanded years, as Date reads and writes them: a sign and six digits (-039998-07-04). */
const EXPANDED_DAY = /^[+-]\d{6}-\d{2}-\d{2}$/;

/** The first instant of an ISO day in UTC ms (years outside 0–9999 written expanded), or NaN. */
export function dayStart(day: string): number {
  return ISO_DAY.test(day) || EXPANDED_DAY.test(day) ? Date.parse(`${day}T00:00:00Z`) : NaN;
}

/** True for a real calendar day written YYYY-MM-DD ("2025-02-30" is not one). */
export function isCalendarDay(value: string): boolean {
  return ISO_DAY.test(value) && isAnyDay(value);
}

/**
 * True for a real calendar day in any year a Date can hold: YYYY-MM-DD, or expanded (+012000-01-01,
 * -039998-07-04) outside 0–9999, exactly as isoDay writes it. The timeline's window may reach such years.
 */
export function isAnyDay(value: string): boolean {
  const start = dayStart(value);
  return !Number.isNaN(start) && isoDay(start) === value;
}

/** The ISO day (UTC) an instant falls on: YYYY-MM-DD, or ±YYYYYY-MM-DD outside the years 0–9999. */
export function isoDay(ms: number): string {
  const text = new Date(ms).toISOString();
  return text.slice(0, text.indexOf('T'));
}

/** The words of the day an instant falls on, finest first: ["1", "March", "2025"]; ["1", "березня", "2025"]. */
export function dayWords(ms: number): [string, string, string] {
  const date = new Date(ms);
  const month = dateLocale().monthsInDate[date.getUTCMonth()] ?? '';
  return [String(date.getUTCDate()), month, yearInWords(date.getUTCFullYear())];
}

/** The month an instant falls in, on its own: "March"; "березень". */
export function monthName(ms: number): string {
  return dateLocale().months[new Date(ms).getUTCMonth()] ?? '';
}

/** The month's short name, for tight labels: "Mar"; "бер." */
export function shortMonthName(ms: number): string {
  return dateLocale().shortMonths[new Date(ms).getUTCMonth()] ?? '';
}

/**
 * A year as a reader says it: 2025, 12000, and before year 1 with its era, as ISO counts (year 0 is 1 BCE,
 * -39998 is 39999 BCE), so a sign is never lost in the words.
 */
export function yearInWords(year: number): string {
  return year >= 1 ? String(year) : dateLocale().beforeEra(1 - year);
}

/** The day an instant falls on in words: "1 March 2025". */
export function formatDay(ms: number): string {
  return dayWords(ms).join(' ');
}

/** An ISO day in words, "1 March 2025", or the text unchanged when it is not a day. */
export function isoDayInWords(day: string): string {
  return isCalendarDay(day) ? formatDay(dayStart(day)) : day;
}
