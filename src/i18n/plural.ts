/** The forms of a counted phrase, by CLDR plural category; `#` stands for the count, written in the language. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A message for a count in one language: `plural('uk', { one: '# раунд', few: '# раунди', many: '# раундів',
 * other: '# раунду' })(5)` is "5 раундів". The rules come from the browser's Intl, so no table ships with the app.
 */
export function plural(locale: string, forms: PluralForms): (count: number) => string {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (count) => (forms[rules.select(count)] ?? forms.other).replace('#', numbers.format(count));
}
