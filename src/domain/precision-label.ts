import { DAY_MS, dayWords } from './calendar-days.ts';
import type { RoundDate } from './dates.ts';
import { dateLocale } from './date-locale.ts';

// Apart from formatEdtf (date-precision.ts): these read parsed dates only, so the timeline can use them without
// bundling the EDTF grammar into the page's first load.

/** How exactly a date is known, in words beside it: "exact date", "3-day range", "approximate date". */
export function precisionLabel(date: RoundDate): string {
  const words = dateLocale();
  if (date.kind === 'day') return words.exactDate;
  if (date.kind === 'approximate') return words.approximateDate;
  return words.dayRange(Math.round((date.end.getTime() - date.start.getTime()) / DAY_MS));
}

/**
 * The days an approximate date may cover, "between 1 and 31 March 2025", so a reader sees the interval the
 * timeline draws. Undefined for exact dates and for a fuzzy single day, whose text already says it all.
 */
export function possibleSpan(date: RoundDate): string | undefined {
  if (date.kind !== 'approximate') return undefined;
  const first = dayWords(date.start.getTime());
  const last = dayWords(date.end.getTime());
  if (first.join(' ') === last.join(' ')) return undefined;
  // Words both ends share (month, year) are said once, after the second end.
  let shared = 0;
  while (shared < 2 && first.at(-1 - shared) === last.at(-1 - shared)) shared += 1;
  return dateLocale().between(first.slice(0, 3 - shared).join(' '), last.join(' '));
}
