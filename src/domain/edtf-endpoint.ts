import edtf, { parse, type EdtfValue } from 'edtf';
import { DAY_MS } from './calendar-days.ts';
import type { DatePrecision } from './dates.ts';

/** One end of an EDTF interval (or a whole single date) as the UTC instants it covers. */
export interface Endpoint {
  start: number;
  end: number;
  precision: DatePrecision;
  approximate: boolean;
  uncertain: boolean;
}

const PRECISIONS: Record<number, DatePrecision> = { 1: 'year', 2: 'month', 3: 'day' };
// A year, month or day, with at most one qualifier for the whole date: ? uncertain, ~ approximate, % both.
const PLAIN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([?~%])?$/;

/** Parses one end: plain days, months and years directly, everything else with the EDTF grammar. */
export function parseEndpoint(text: string): Endpoint | string {
  return plainEndpoint(text) ?? grammarEndpoint(text);
}

/**
 * Plain YYYY, YYYY-MM and YYYY-MM-DD, and the same with one qualifier for the whole date (2025-03~,
 * 2025-05-16?): nearly every date in real data. The edtf grammar (a general Earley parser) takes about 0.1 ms a
 * date, which made 10,000 rounds wait 0.8 s before the first render; this path takes microseconds. Returns null
 * for anything else, or for an impossible month, so the grammar words the error. An impossible day
 * (2025-02-30, 2025-02-29?) is refused here: edtf.js accepts 29 February in any year, as 1 March.
 */
export function plainEndpoint(text: string): Endpoint | string | null {
  const match = PLAIN.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]) - 1;
  if (month !== undefined && (month < 0 || month > 11)) return null;
  const qualifier = match[4];
  const qualifiers = {
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
  };
  if (month === undefined)
    return { start: utc(year, 0), end: utc(year + 1, 0) - 1, precision: 'year', ...qualifiers };
  if (match[3] === undefined)
    return { start: utc(year, month), end: utc(year, month + 1) - 1, precision: 'month', ...qualifiers };
  const day = Number(match[3]);
  const start = new Date(0).setUTCFullYear(year, month, day);
  if (day < 1 || new Date(start).getUTCDate() !== day) return `not a day in the calendar: ${text}`;
  return { start, end: start + DAY_MS - 1, precision: 'day', ...qualifiers };
}

/** Any EDTF value the grammar accepts, reduced to the forms Parley supports. */
export function grammarEndpoint(text: string): Endpoint | string {
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
