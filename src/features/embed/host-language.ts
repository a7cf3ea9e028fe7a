import { langCodes, type Lang } from '../../i18n/languages.ts';

/**
 * The language an embed takes from the article around it when its link has no `lang=`: the host page's
 * `<html lang>`, which the loader (public/embed.js) passes as `hostlang=`. "uk-UA" means Ukrainian; a language
 * Parley does not have means English, with no notice (the reader did not ask for it).
 */
export function hostLanguage(search: string): Lang | null {
  const params = new URLSearchParams(search);
  if (params.has('lang')) return null;
  const primary = (params.get('hostlang') ?? '').split('-')[0]?.toLowerCase() ?? '';
  return langCodes.find((code) => code === primary) ?? null;
}
