import { keptByKey } from '../utils/kept-by-key.ts';
import { numberFormat } from './number-format.ts';

/** The forms of a counted phrase, by CLDR plural category; `#` stands for the count, written in the language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

// Made on first use, one a language. The catalogues call `plural` as their modules are evaluated, before the
// entry starts the dataset's load: made there, Chromium's first Intl.PluralRules and NumberFormat took about
// 20 ms of that evaluation (a CPU profile at 10,000 rounds). Made here, the cost falls where a count is first
// written.
const pluralRules = keptByKey((locale) => new Intl.PluralRules(locale));

/**
 * A message for a count in one language: `plural('uk', { one: '# раунд', few: '# раунди', many: '# раундів',
 * other: '# раунду' })(5)` is "5 раундів". The rules come from the browser's Intl, so no table ships with the app.
 */
export function plural(locale: string, forms: PluralForms): (count: number) => string {
  return (count) =>
    (forms[pluralRules(locale).select(count)] ?? forms.other).replace(
      '#',
      numberFormat(locale).format(count),
    );
}
