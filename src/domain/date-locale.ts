/**
 * The words Parley writes dates in, for one language. Like d3's default time locale, one is current for the
 * whole page (English until the reader picks another language): every date in words, the axis and the tooltips
 * read it, so a change of language reaches them without each caller passing a locale. The dataset worker never
 * changes it, so the model it builds is in English and the page words dates again in the reader's language.
 */
export interface DateLocale {
  /** The BCP 47 tag, for Intl. */
  code: string;
  /** Month names as they stand in a date with a day: "March"; "березня". */
  monthsInDate: readonly string[];
  /** Month names on their own (a month and its year, an axis label): "March"; "березень". */
  months: readonly string[];
  /** Short month names for tight axis labels: "Mar"; "бер." */
  shortMonths: readonly string[];
  /** Spring, summer, autumn, winter. */
  seasons: readonly [string, string, string, string];
  /** A year before year 1 counted back: "510 BCE". */
  beforeEra: (years: number) => string;
  /** A date's words with what the data says about how well it is known. */
  qualify: (text: string, approximate: boolean, uncertain: boolean) => string;
  exactDate: string;
  approximateDate: string;
  dayRange: (days: number) => string;
  /** The days an approximate date may cover: "between 1 and 31 March 2025". */
  between: (first: string, last: string) => string;
  /** The words after a decade's first year: "2020s". */
  decade: (year: string) => string;
}

const ENGLISH_MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const; // prettier-ignore

/** The words of a language's dates that Intl does not give: seasons, eras, how sure a date is. */
export type DateWords = Omit<DateLocale, 'code' | 'monthsInDate' | 'months' | 'shortMonths'>;

/** Parley's English words for dates. */
export const englishDateWords: DateWords = {
  seasons: ['spring', 'summer', 'autumn', 'winter'],
  beforeEra: (years) => `${years} BCE`,
  qualify: (text, approximate, uncertain) => {
    const qualifiers = [approximate ? 'approximate' : '', uncertain ? 'uncertain' : ''].filter(Boolean);
    return qualifiers.length > 0 ? `${text} (${qualifiers.join(', ')})` : text;
  },
  exactDate: 'exact date',
  approximateDate: 'approximate date',
  dayRange: (days) => `${days}-day range`,
  between: (first, last) => `between ${first} and ${last}`,
  decade: (year) => `${year}s`,
};

/** Parley's English dates, written out rather than read from Intl so they are the same in every runtime. */
export const englishDates: DateLocale = {
  ...englishDateWords,
  code: 'en',
  monthsInDate: ENGLISH_MONTHS,
  months: ENGLISH_MONTHS,
  shortMonths: ENGLISH_MONTHS.map((m) => m.slice(0, 3)),
};

/**
 * A language's dates: month names from the runtime's Intl (CLDR), the rest from its catalogue. Month names in a
 * date are read from a formatted day ("16 травня"), since many languages inflect them there.
 */
export function intlDates(code: string, words: DateWords): DateLocale {
  const monthPart = (options: Intl.DateTimeFormatOptions) => {
    const format = new Intl.DateTimeFormat(code, { ...options, timeZone: 'UTC' });
    return Array.from({ length: 12 }, (_, month) =>
      (format.formatToParts(Date.UTC(2025, month, 16)).find((p) => p.type === 'month')?.value ?? '').trim(),
    );
  };
  return {
    ...words,
    code,
    monthsInDate: monthPart({ day: 'numeric', month: 'long' }),
    months: monthPart({ month: 'long' }),
    shortMonths: monthPart({ month: 'short' }),
  };
}

let current: DateLocale = englishDates;

/** The dates' words now: English unless the page chose another language. */
export function dateLocale(): DateLocale {
  return current;
}

/** Makes `locale` the words of every date written from now on. */
export function setDateLocale(locale: DateLocale): void {
  current = locale;
}
