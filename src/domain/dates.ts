import { parseEndpoint, type Endpoint } from './edtf-endpoint.ts';

// In a module of its own, so the page can word dates without bundling the EDTF grammar this one parses with.
export { formatRoundDate } from './round-date-words.ts';

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
