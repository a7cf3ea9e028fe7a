import { useLang } from './catalogue.ts';

/**
 * The `lang` attribute for text shown in the language it was written in (a quote, a source's title as
 * published, data the dataset does not translate): its language tag where that differs from the interface's,
 * so a screen reader switches voice for it, and nothing where the page's own `<html lang>` already says it.
 */
export function useForeignLang(): (tag: string | undefined) => string | undefined {
  const lang = useLang();
  return (tag) => (tag === undefined || primary(tag) === primary(lang) ? undefined : tag);
}

/** The language of a dataset's own text: the first it declares (meta.languages), English if none. */
export function datasetLanguage(meta: { languages: readonly string[] }): string {
  return meta.languages[0] ?? 'en';
}

function primary(tag: string): string {
  return tag.split('-')[0]?.toLowerCase() ?? tag;
}
