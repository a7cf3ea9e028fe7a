import edtf, { parse, type EdtfValue } from 'edtf';

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

interface Endpoint {
  start: number;
  end: number;
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
}

// Real dates are short; the cap keeps the grammar-based parser away from megabytes of junk.
const MAX_LENGTH = 100;
const PRECISIONS: Record<number, DatePrecision> = { 1: 'year', 2: 'month', 3: 'day' };
const FIRST_WORD = { day: 0, month: 1, year: 2 } as const;
const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const; // prettier-ignore
const SEASONS = ['spring', 'summer', 'autumn', 'winter'] as const;

/** Parses an EDTF date or interval; returns a reason instead of throwing. */
export function tryParseEdtf(input: string): EdtfParseResult {
  if (typeof input !== 'string') return fail('must be a string');
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

function parseEndpoint(text: string): Endpoint | string {
  let value: EdtfValue;
  let type: string;
  try {
    // The grammar's result names its type as a string; the value classes' own names do not survive
    // minification, so a production build must read the type from here.
    const parsed = parse(text);
    type = parsed.type;
    value = edtf(parsed);
  } catch (error) {
    return describeSyntaxError(error);
  }
  if (isSet(value.unspecified)) return 'unspecified digits (X) are not supported: write a coarser date';
  const qualifiers = { approximate: isSet(value.approximate), uncertain: isSet(value.uncertain) };
  if (type === 'Season') {
    const start = SEASON_START_MONTH[value.season ?? 0];
    if (start === undefined) return 'only the seasons 21 (spring) to 24 (winter) are supported';
    const year = value.year ?? 0;
    return { start: utc(year, start), end: utc(year, start + 3) - 1, precision: 'season', ...qualifiers };
  }
  if (type !== 'Date') {
    return `${type.toLowerCase()} values are not supported: write a day, month or year`;
  }
  const precision = PRECISIONS[value.precision ?? 0];
  if (precision === undefined) return 'a time of day is not supported: write the day, like 2025-03-11';
  return { start: value.min, end: value.max, precision, ...qualifiers };
}

// edtf.js puts spring in January–March; meteorological seasons match how sources and readers use the words.
const SEASON_START_MONTH: Record<number, number> = { 21: 2, 22: 5, 23: 8, 24: 11 };

function utc(year: number, month: number): number {
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  return new Date(0).setUTCFullYear(year, month, 1);
}

function isSet(flag: { readonly value: number } | boolean | undefined): boolean {
  return typeof flag === 'boolean' ? flag : (flag?.value ?? 0) > 0;
}

function describeSyntaxError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const column = /\bcol (\d+)/.exec(message)?.[1];
  const token = /Unexpected (".*?")\./.exec(message)?.[1];
  if (column !== undefined && token !== undefined) {
    return `not a valid EDTF date: unexpected ${token} at character ${column}`;
  }
  return 'not a valid EDTF date';
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
  const words = [String(instant.getUTCDate()), MONTHS[month] ?? '', String(year)];
  return words.slice(FIRST_WORD[precision]);
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
