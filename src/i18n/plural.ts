/** The forms of a counted phrase, by CLDR plural category; `#` stands for the count, written in the language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

interface CountWriting {
  rules: Intl.PluralRules;
  numbers: Intl.NumberFormat;
}

// Made on first use, one pair a language. The catalogues call `plural` as their modules are evaluated, before
// the entry starts the dataset's load: made there, Chromium's first Intl.PluralRules and NumberFormat took
// about 20 ms of that evaluation (a CPU profile at 10,000 rounds). Made here, the cost falls where a count is
// first written.
const writingByLocale = new Map<string, CountWriting>();

function countWriting(locale: string): CountWriting {
  let writing = writingByLocale.get(locale);
  if (writing === undefined) {
    writing = { rules: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
    writingByLocale.set(locale, writing);
  }
  return writing;
}

/**
 * A message for a count in one language: `plural('uk', { one: '# раунд', few: '# раунди', many: '# раундів',
 * other: '# раунду' })(5)` is "5 раундів". The rules come from the browser's Intl, so no table ships with the app.
 */
export function plural(locale: string, forms: PluralForms): (count: number) => string {
  return (count) => {
    const { rules, numbers } = countWriting(locale);
    return (forms[rules.select(count)] ?? forms.other).replace('#', numbers.format(count));
  };
}
