import { describe, expect, it } from 'vitest';
import { formatRoundDate, parseRoundDate, tryParseEdtf } from './dates.ts';

/** The parsed value with its instants as ISO strings, so expectations read as plain data. */
function parsed(input: string) {
  const { start, end, ...rest } = parseRoundDate(input);
  return { start: start.toISOString(), end: end.toISOString(), ...rest };
}

function reason(input: string): string {
  const result = tryParseEdtf(input);
  return result.ok ? 'parsed' : result.reason;
}

describe('tryParseEdtf', () => {
  it('reads a single day as the whole UTC day, exact', () => {
    expect(parsed('2025-03-11')).toEqual({
      start: '2025-03-11T00:00:00.000Z',
      end: '2025-03-11T23:59:59.999Z',
      precision: 'day',
      kind: 'day',
      approximate: false,
      uncertain: false,
    });
  });

  it('reads a day interval as a range from the first to the last day', () => {
    expect(parsed('2025-03-23/2025-03-25')).toMatchObject({
      start: '2025-03-23T00:00:00.000Z',
      end: '2025-03-25T23:59:59.999Z',
      precision: 'day',
      kind: 'range',
    });
  });

  it('keeps a one-day interval a day', () => {
    expect(parsed('2025-03-11/2025-03-11')).toMatchObject({ kind: 'day', end: '2025-03-11T23:59:59.999Z' });
  });

  it('reads "2025-03~" as approximately the whole of March', () => {
    expect(parsed('2025-03~')).toEqual({
      start: '2025-03-01T00:00:00.000Z',
      end: '2025-03-31T23:59:59.999Z',
      precision: 'month',
      kind: 'approximate',
      approximate: true,
      uncertain: false,
    });
  });

  it('marks an uncertain day approximate in kind but not in its flag', () => {
    expect(parsed('2025-05-16?')).toMatchObject({ kind: 'approximate', approximate: false, uncertain: true });
  });

  it('sets both flags for "%"', () => {
    expect(parsed('2025-03-11%')).toMatchObject({ approximate: true, uncertain: true });
  });

  it('treats an interval as approximate when only one end is', () => {
    expect(parsed('2025-03-01/2025-03-04~')).toMatchObject({ kind: 'approximate', approximate: true });
  });

  it('reads a year, month precision without qualifier as approximate in kind', () => {
    expect(parsed('2025')).toMatchObject({
      start: '2025-01-01T00:00:00.000Z',
      end: '2025-12-31T23:59:59.999Z',
      precision: 'year',
      kind: 'approximate',
      approximate: false,
    });
    expect(parsed('2024-02')).toMatchObject({ end: '2024-02-29T23:59:59.999Z', precision: 'month' });
  });

  it('reads seasons as meteorological seasons, winter running into the next year', () => {
    expect(parsed('2025-21')).toMatchObject({
      start: '2025-03-01T00:00:00.000Z',
      end: '2025-05-31T23:59:59.999Z',
      precision: 'season',
    });
    expect(parsed('2025-24')).toMatchObject({
      start: '2025-12-01T00:00:00.000Z',
      end: '2026-02-28T23:59:59.999Z',
    });
  });

  it('reports an inverted interval as ending before it starts', () => {
    expect(reason('2025-03-25/2025-03-23')).toBe('the interval ends before it starts');
  });

  it('refuses a day that is not in the calendar', () => {
    expect(reason('2025-02-30')).toBe('not a day in the calendar: 2025-02-30');
    expect(reason('2025-02-29')).toBe('not a day in the calendar: 2025-02-29');
    expect(tryParseEdtf('2024-02-29').ok).toBe(true);
  });

  it('points at the character the EDTF grammar rejects', () => {
    expect(reason('2025-13-01')).toBe('not a valid EDTF date: unexpected "3" at character 7');
    expect(reason('soon')).toBe('not a valid EDTF date: unexpected "s" at character 1');
  });

  it('names the unsupported forms instead of guessing at them', () => {
    expect(reason('2025-03-01/..')).toBe('open-ended intervals are not supported: give both ends');
    expect(reason('/2025-03-01')).toBe('open-ended intervals are not supported: give both ends');
    expect(reason('2025-03-11T10:00:00Z')).toBe(
      'a time of day is not supported: write the day, like 2025-03-11',
    );
    expect(reason('2025-XX')).toBe('unspecified digits (X) are not supported: write a coarser date');
    expect(reason('2025-33')).toBe('only the seasons 21 (spring) to 24 (winter) are supported');
    expect(reason('{2025-03-01,2025-03-05}')).toBe(
      'list values are not supported: write a day, month or year',
    );
    expect(reason('2025-03/2025-04-15')).toBe(
      'both ends of an interval need the same precision, like 2025-03-01/2025-04-15',
    );
  });

  it('never throws, even on long junk', () => {
    expect(reason('x'.repeat(5000))).toBe('too long for a date (5000 characters)');
    expect(reason('')).toBe('not a valid EDTF date');
    expect(reason('2025-03-01/2025-03-02/2025-03-03')).toBe('not a valid EDTF date: an interval has one "/"');
  });
});

describe('parseRoundDate', () => {
  it('throws a RangeError that quotes the input and the reason', () => {
    expect(() => parseRoundDate('2025-13')).toThrow(
      new RangeError('"2025-13": not a valid EDTF date: unexpected "3" at character 7'),
    );
  });
});

describe('formatRoundDate', () => {
  const format = (input: string, label?: string) => formatRoundDate(parseRoundDate(input), label);

  it('writes a day in words', () => {
    expect(format('2025-03-11')).toBe('11 March 2025');
  });

  it('names a shared month and year once', () => {
    expect(format('2025-03-23/2025-03-25')).toBe('23–25 March 2025');
    expect(format('2025-05-30/2025-06-02')).toBe('30 May – 2 June 2025');
    expect(format('2024-12-30/2025-01-02')).toBe('30 December 2024 – 2 January 2025');
  });

  it('says when a date is approximate or uncertain', () => {
    expect(format('2025-03~')).toBe('March 2025 (approximate)');
    expect(format('2025-05-16?')).toBe('16 May 2025 (uncertain)');
    expect(format('2025-03-11%')).toBe('11 March 2025 (approximate, uncertain)');
    expect(format('2025-03~/2025-04')).toBe('March–April 2025 (approximate)');
  });

  it('writes coarse precisions without inventing days', () => {
    expect(format('2025')).toBe('2025');
    expect(format('2024/2025')).toBe('2024–2025');
    expect(format('2025-21')).toBe('spring 2025');
    expect(format('2024-23/2024-24')).toBe('autumn 2024 – winter 2024–25');
  });

  it("prefers the source's wording for an approximate date", () => {
    expect(format('2025-03~', 'early March 2025')).toBe('early March 2025');
  });

  it('ignores a label on an exact date, and a blank label', () => {
    expect(format('2025-03-11', 'a Tuesday')).toBe('11 March 2025');
    expect(format('2025-03~', '  ')).toBe('March 2025 (approximate)');
  });
});
