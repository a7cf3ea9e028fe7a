import type { ThemeChoice } from '../../state/view-state.ts';

/**
 * An embed without `theme=` is light, whatever the reader's system says: it sits in an article that is most
 * likely white, and a black box in it looks broken. `theme=auto` opts into the reader's system preference.
 */
export const EMBED_DEFAULT_THEME: ThemeChoice = 'light';

/** How the page is shown: the full app, or embedded in another site's article. */
export interface EmbedMode {
  embedded: boolean;
  /** Whether the selected round's details may open (panel=0 hides them). */
  showPanel: boolean;
  /** Whether the filters are offered (filters=0 hides them; filters in the link still apply). */
  showFilters: boolean;
}

const OFF = new Set(['0', 'false', 'no', 'off']);

/** Reads `embed=1`, `panel=0` and `filters=0` from a query string; anything unrecognised means the default. */
export function readEmbedMode(search: string): EmbedMode {
  const params = new URLSearchParams(search);
  const flag = (key: string, fallback: boolean) => {
    const value = params.get(key);
    return value === null || value === '' ? fallback : !OFF.has(value.toLowerCase());
  };
  return {
    embedded: flag('embed', false),
    showPanel: flag('panel', true),
    showFilters: flag('filters', true),
  };
}

/** The keys that belong to embedding, which "Open in Parley" and "Copy link" leave out. */
export const EMBED_KEYS = ['embed', 'panel', 'filters'] as const;

/** The full app's URL for the same view: this page's URL without the embedding keys. */
export function fullViewUrl(href: string): string {
  const url = new URL(href);
  for (const key of EMBED_KEYS) url.searchParams.delete(key);
  return url.href.replaceAll('%2C', ',');
}
