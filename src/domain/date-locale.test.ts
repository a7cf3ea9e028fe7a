import { afterEach, describe, expect, it } from 'vitest';
import { uk } from '../i18n/uk.ts';
import { formatDay, isoDayInWords, yearInWords } from './calendar-days.ts';
import { englishDates, intlDates, setDateLocale } from './date-locale.ts';
import { formatRoundDate, parseRoundDate } from './dates.ts';
import { possibleSpan, precisionLabel } from './precision-label.ts';

const ukrainian = intlDates('uk', uk.dates);
const words = (edtf: string) => formatRoundDate(parseRoundDate(edtf));

afterEach(() => setDateLocale(englishDates));

describe('intlDates (pinned ICU output this runtime and Chromium give for Ukrainian)', () => {
  it('reads month names in a date, alone and short from Intl', () => {
    expect(ukrainian.monthsInDate).toEqual(
      'січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня'.split(' '),
    );
    expect(ukrainian.months[2]).toBe('березень');
    expect(ukrainian.shortMonths[2]).toBe('бер.');
  });
});

describe('dates in Ukrainian', () => {
  it('writes days, ranges, months and seasons', () => {
    setDateLocale(ukrainian);
    expect(words('2025-05-16')).toBe('16 травня 2025');
    expect(words('2025-03-23/2025-03-25')).toBe('23–25 березня 2025');
    expect(words('2025-05-30/2025-06-02')).toBe('30 травня – 2 червня 2025');
    expect(words('2025-03')).toBe('березень 2025');
    expect(words('2025-21')).toBe('весна 2025');
    expect(formatDay(Date.UTC(2025, 4, 16))).toBe('16 травня 2025');
    expect(isoDayInWords('2025-03-11')).toBe('11 березня 2025');
    expect(yearInWords(-509)).toBe('510 р. до н. е.');
  });

  it('says how well a date is known: "орієнтовно", "ймовірно"', () => {
    setDateLocale(ukrainian);
    expect(words('2025-03~')).toBe('орієнтовно березень 2025');
    expect(words('2025-05-16?')).toBe('ймовірно 16 травня 2025');
    expect(precisionLabel(parseRoundDate('2025-05-16'))).toBe('точна дата');
    expect(precisionLabel(parseRoundDate('2025-03-23/2025-03-25'))).toBe('проміжок: 3 дні');
    expect(possibleSpan(parseRoundDate('2025-03~'))).toBe('між 1 і 31 березня 2025');
  });

  it('leaves English as it was once the locale is back', () => {
    setDateLocale(ukrainian);
    setDateLocale(englishDates);
    expect(words('2025-03-23/2025-03-25')).toBe('23–25 March 2025');
    expect(words('2025-03~')).toBe('March 2025 (approximate)');
  });
});
