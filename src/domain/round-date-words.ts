import { dayWords, monthName } from './calendar-days.ts';
import { dateLocale } from './date-locale.ts';
import type { DatePrecision, RoundDate } from './dates.ts';

const FIRST_WORD = { day: 0, year: 2 } as const;

/**
 * Writes a parsed date in words at its precision (in the current date locale), or the source's wording for a
 * fuzzy date.
 */
export function formatRoundDate(date: RoundDate, dateLabel?: string): string {
  const label = dateLabel?.trim();
  if (date.kind === 'approximate' && label) return label;
  const text = formatSpan(wordsOf(date.start, date.precision), wordsOf(date.end, date.precision));
  return dateLocale().qualify(text, date.approximate, date.uncertain);
}

/** Words for the unit an instant falls in, finest first: ["23", "March", "2025"]. */
function wordsOf(instant: Date, precision: DatePrecision): string[] {
  const year = instant.getUTCFullYear();
  const month = instant.getUTCMonth();
  if (precision === 'season') {
    // December starts the winter that runs into the next year, so January and February belong to the year before.
    const seasonYear = month < 2 ? year - 1 : year;
    const index = Math.floor(((month + 10) % 12) / 3);
    const season = dateLocale().seasons[index] ?? '';
    const yearLabel =
      index === 3 ? `${seasonYear}–${String((seasonYear + 1) % 100).padStart(2, '0')}` : `${seasonYear}`;
    return [season, yearLabel];
  }
  // A month alone takes its own form ("березень 2025"), not the one it has after a day ("16 березня 2025").
  if (precision === 'month') return [monthName(instant.getTime()), ...dayWords(instant.getTime()).slice(2)];
  return dayWords(instant.getTime()).slice(FIRST_WORD[precision]);
}

/** Joins two ends, naming shared coarser words once: "23–25 March 2025", "30 May – 2 June 2025". */
function formatSpan(first: string[], last: string[]): string {
  let shared = 0;
  while (shared < first.length && first.at(-1 - shared) === last.at(-1 - shared)) shared += 1;
  if (shared === first.length) return first.join(' ');
  const own = first.slice(0, first.length - shared);
  // A single differing word takes an unspaced dash; longer ends read better with spaces around it.
  if (own.length === 1) return `${own[0]}–${last.join(' ')}`;
  return `${own.join(' ')} – ${last.join(' ')}`;
}
