import { dayWords } from './calendar-days.ts';
import { parseEndpoint, type Endpoint } from './edtf-endpoint.ts';

/** The finest unit a date is known to, from finest to coarsest: day, month, season, year. */
export type DatePrecision = 'day' | 'month' | 'season' | 'year';

/** How a timeline draws a date: one exact day, an exact range of days, or something fuzzier. */
export type DateKind = 'day' | 'range' | 'approximate';

/** A parsed EDTF date: the UTC interval it covers and how well it is known. */
export interface RoundDate {
  /** First instant covered (UTC). */
  start: Date;
  /** Last instant covered (UTC), e.g. 23:59:59.999 on the last day. */
  end: Date;
  precision: DatePrecision;
  kind: DateKind;
  approximate: boolean;
  uncertain: boolean;
}

export type EdtfParseResult = { ok: true; date: RoundDate } | { ok: false; reason: string };

// Real dates are short; the cap keeps the grammar-based parser away from megabytes of junk.
const MAX_LENGTH = 100;
const FIRST_WORD = { day: 0, month: 1, year: 2 } as const;
const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;

// Datasets repeat dates (every session and statement of a round), and validation and the views both parse them.
const cache = new Map<string, EdtfParseResult>();
const CACHE_LIMIT = 100_000;

/** Parses an EDTF date or interval; returns a reason instead of throwing. */
export function tryParseEdtf(input: string): EdtfParseResult {
  if (typeof input !== 'string') return fail('must be a string');
  const known = cache.get(input);
  if (known) return known;
  const result = parseUncached(input);
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(input, result);
  return result;
}

function parseUncached(input: string): EdtfParseResult {
  if (input.length > MAX_LENGTH) return fail(`too long for a date (${input.length} characters)`);
  const parts = input.split('/');
  if (parts.length > 2) return fail('not a valid EDTF date: an interval has one "/"');
  const ends: Endpoint[] = [];
  for (const part of parts) {
    if (parts.length === 2 && (part === '' || part === '..')) {
      return fail('open-ended intervals are not supported: give both ends');
    }
    const end = parseEndpoint(part);
    if (typeof end === 'string') return fail(end);
    ends.push(end);
  }
  const [lower, upper = lower] = ends;
  if (lower === undefined || upper === undefined) return fail('must not be empty');
  if (lower.precision !== upper.precision) {
    return fail('both ends of an interval need the same precision, like 2025-03-01/2025-04-15');
  }
  if (upper.end < lower.start) return fail('the interval ends before it starts');
  const approximate = lower.approximate || upper.approximate;
  const uncertain = lower.uncertain || upper.uncertain;
  const exact = !approximate && !uncertain && lower.precision === 'day';
  const kind: DateKind = !exact ? 'approximate' : lower.start === upper.start ? 'day' : 'range';
  const date = { start: new Date(lower.start), end: new Date(upper.end), precision: lower.precision };
  return { ok: true, date: { ...date, kind, approximate, uncertain } };
}

function fail(reason: string): EdtfParseResult {
  return { ok: false, reason };
}

/** Parses an EDTF date or interval, throwing a RangeError with the reason when it cannot. */
export function parseRoundDate(input: string): RoundDate {
  const result = tryParseEdtf(input);
  if (!result.ok) throw new RangeError(`${JSON.stringify(input)}: ${result.reason}`);
  return result.date;
}

/** Writes a parsed date in English words at its precision, or the source's wording for a fuzzy date. */
export function formatRoundDate(date: RoundDate, dateLabel?: string): string {
  const label = dateLabel?.trim();
  if (date.kind === 'approximate' && label) return label;
  const text = formatSpan(wordsOf(date.start, date.precision), wordsOf(date.end, date.precision));
  const qualifiers = [date.approximate ? 'approximate' : '', date.uncertain ? 'uncertain' : ''].filter(
    Boolean,
  );
  return qualifiers.length > 0 ? `${text} (${qualifiers.join(', ')})` : text;
}

/** Words for the unit an instant falls in, finest first: ["23", "March", "2025"]. */
function wordsOf(instant: Date, precision: DatePrecision): string[] {
  const year = instant.getUTCFullYear();
  const month = instant.getUTCMonth();
  if (precision === 'season') {
    // December starts the winter that runs into the next year, so January and February belong to the year before.
    const seasonYear = month < 2 ? year - 1 : year;
    const season = SEASONS[Math.floor(((month + 10) % 12) / 3)] ?? 'winter';
    const yearLabel =
      season === 'winter'
        ? `${seasonYear}–${String((seasonYear + 1) % 100).padStart(2, '0')}`
        : `${seasonYear}`;
    return [season, yearLabel];
  }
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
