import { describe, expect, it } from 'vitest';
import {
  DAY_MS,
  dayStart,
  dayWords,
  formatDay,
  isAnyDay,
  isCalendarDay,
  isoDay,
  isoDayInWords,
  yearInWords,
} from './calendar-days.ts';

describe('DAY_MS', () => {
  it('is a UTC day in ms', () => {
    expect(DAY_MS).toBe(Date.UTC(2025, 0, 2) - Date.UTC(2025, 0, 1));
  });
});

describe('dayStart', () => {
  it('is midnight UTC of the day', () => {
    expect(dayStart('2025-03-11')).toBe(Date.UTC(2025, 2, 11));
  });

  it('is NaN for text that is not a day', () => {
    for (const text of ['2025-3-11', '2025-03-11T10:00', '11 March 2025', '']) {
      expect(dayStart(text)).toBeNaN();
    }
  });
});

describe('isCalendarDay', () => {
  it('accepts real days, leap days included', () => {
    expect(isCalendarDay('2025-03-11')).toBe(true);
    expect(isCalendarDay('2024-02-29')).toBe(true);
  });

  it('rejects days that do not exist and other shapes of text', () => {
    for (const text of ['2025-02-29', '2025-02-30', '2025-13-01', '2025-00-10', '2025-3-1', 'soon']) {
      expect(isCalendarDay(text)).toBe(false);
    }
  });
});

describe('isoDay', () => {
  it('is the UTC day of an instant, to its last millisecond', () => {
    expect(isoDay(Date.UTC(2025, 2, 11))).toBe('2025-03-11');
    expect(isoDay(Date.UTC(2025, 2, 12) - 1)).toBe('2025-03-11');
  });

  it('round-trips with dayStart', () => {
    expect(isoDay(dayStart('2026-01-23'))).toBe('2026-01-23');
  });

  it('writes years outside 0–9999 expanded, whole, and reads them back', () => {
    const before = Date.UTC(-39998, 6, 4);
    const after = Date.UTC(12000, 0, 1);
    expect(isoDay(before)).toBe('-039998-07-04');
    expect(isoDay(after)).toBe('+012000-01-01');
    expect(dayStart('-039998-07-04')).toBe(before);
    expect(dayStart('+012000-01-01')).toBe(after);
  });
});

describe('isAnyDay', () => {
  it('accepts a real day in any year a Date holds, expanded outside 0–9999', () => {
    for (const day of ['2025-03-11', '0000-01-01', '-039998-07-04', '+012000-01-01', '+275760-09-13']) {
      expect(isAnyDay(day)).toBe(true);
    }
  });

  it('rejects days that do not exist, a truncated year and years written in another width', () => {
    for (const day of [
      '-039998-07',
      '-39998-07-04',
      '+002025-03-11',
      '-000000-01-01',
      '+012000-02-30',
      '+275760-09-14',
    ]) {
      expect(isAnyDay(day)).toBe(false);
    }
  });

  it('is not what a filter date accepts: that stays YYYY-MM-DD', () => {
    expect(isCalendarDay('+012000-01-01')).toBe(false);
  });
});

describe('dates in words', () => {
  it('writes the day, the month name and the year', () => {
    expect(dayWords(Date.UTC(2025, 4, 16, 23, 59))).toEqual(['16', 'May', '2025']);
    expect(formatDay(Date.UTC(2025, 0, 1))).toBe('1 January 2025');
  });

  it('keeps the sign of a year before 1 as its era, and writes years past 9999 whole', () => {
    expect(formatDay(Date.UTC(-39998, 6, 4))).toBe('4 July 39999 BCE');
    expect(yearInWords(0)).toBe('1 BCE');
    expect(yearInWords(1)).toBe('1');
    expect(formatDay(Date.UTC(12000, 0, 1))).toBe('1 January 12000');
  });

  it('writes an ISO day in words, and leaves other text as it is', () => {
    expect(isoDayInWords('2025-01-01')).toBe('1 January 2025');
    expect(isoDayInWords('2025-02-30')).toBe('2025-02-30');
    expect(isoDayInWords('soon')).toBe('soon');
  });
});
