import { describe, expect, it } from 'vitest';
import { parseRoundDate } from './dates.ts';
import { formatEdtf, possibleSpan, precisionLabel } from './date-precision.ts';

describe('precisionLabel', () => {
  it('names an exact day, a range by its length in days, and anything fuzzier as approximate', () => {
    expect(precisionLabel(parseRoundDate('2025-06-02'))).toBe('exact date');
    expect(precisionLabel(parseRoundDate('2025-03-23/2025-03-25'))).toBe('3-day range');
    expect(precisionLabel(parseRoundDate('2025-06-09/2025-07-23'))).toBe('45-day range');
    expect(precisionLabel(parseRoundDate('2025-03~'))).toBe('approximate date');
    expect(precisionLabel(parseRoundDate('2025-05-16?'))).toBe('approximate date');
  });
});

describe('possibleSpan', () => {
  it('gives the interval an approximate date may cover, naming shared words once', () => {
    expect(possibleSpan(parseRoundDate('2025-03~'))).toBe('between 1 and 31 March 2025');
    expect(possibleSpan(parseRoundDate('2025'))).toBe('between 1 January and 31 December 2025');
    expect(possibleSpan(parseRoundDate('2024-12?/2025-01?'))).toBe(
      'between 1 December 2024 and 31 January 2025',
    );
    expect(possibleSpan(parseRoundDate('2025-05-15?/2025-05-16?'))).toBe('between 15 and 16 May 2025');
  });

  it('is undefined for exact dates and for a fuzzy single day', () => {
    expect(possibleSpan(parseRoundDate('2025-06-02'))).toBeUndefined();
    expect(possibleSpan(parseRoundDate('2025-03-23/2025-03-25'))).toBeUndefined();
    expect(possibleSpan(parseRoundDate('2025-05-16?'))).toBeUndefined();
  });
});

describe('formatEdtf', () => {
  it('writes a parsable date in words and leaves anything else as it is', () => {
    expect(formatEdtf('2025-03-24')).toBe('24 March 2025');
    expect(formatEdtf('2025-04?')).toBe('April 2025 (uncertain)');
    expect(formatEdtf('not a date')).toBe('not a date');
  });
});
