import { encodeViewState } from '../../url/view-state-codec.ts';
import type { ViewState } from '../../state/view-state.ts';
import { defaultViewState } from '../../state/view-state.ts';
import type { ThemeChoice } from '../../state/view-state.ts';
import { EMBED_DEFAULT_THEME } from './embed-mode.ts';
import type { Lang } from '../../i18n/languages.ts';

/** What an editor chooses in the Embed dialog. */
export interface EmbedChoices {
  height: 'responsive' | 'fixed';
  /** The iframe's height in pixels: its only height when fixed, its first when responsive. */
  pixels: number;
  theme: ThemeChoice;
  /** Carry the current selection, filters, time window, lanes and view into the embed. */
  keepView: boolean;
  showPanel: boolean;
  showFilters: boolean;
  /** The embed's language; 'host' leaves `lang=` out, so it follows the article's `<html lang>` (embed.js). */
  lang: Lang | 'host';
}

export const defaultEmbedChoices: EmbedChoices = {
  height: 'responsive',
  pixels: 600,
  theme: EMBED_DEFAULT_THEME,
  keepView: true,
  showPanel: true,
  showFilters: true,
  lang: 'host',
};

/** The embed's address: the app's base with embed=1, the chosen view and options, and any ?data= kept. */
export function embedUrl(
  appBase: string,
  view: ViewState,
  choices: EmbedChoices,
  dataParam: string | null,
): string {
  const lang = choices.lang === 'host' ? defaultViewState.lang : choices.lang;
  const state: ViewState = choices.keepView
    ? { ...view, theme: choices.theme, lang }
    : { ...defaultViewState, theme: choices.theme, lang };
  const params = new URLSearchParams();
  params.set('embed', '1');
  if (dataParam) params.set('data', dataParam);
  if (!choices.showPanel) params.set('panel', '0');
  if (!choices.showFilters) params.set('filters', '0');
  // Light is the embed's default, so only `theme=auto` or `theme=dark` go into its address.
  let query = encodeViewState(state, params, EMBED_DEFAULT_THEME);
  // English is the default and left out of links, but an embed without lang= follows the article: say it.
  if (choices.lang === defaultViewState.lang) query += `&lang=${choices.lang}`;
  return `${appBase}?${query}`;
}

/** The HTML an editor pastes into a CMS: a titled, lazy iframe, and the loader script when it sizes itself. */
export function embedSnippet(src: string, loaderUrl: string, title: string, choices: EmbedChoices): string {
  const height = Math.round(Math.min(Math.max(choices.pixels, 200), 4000));
  const iframe =
    `<iframe data-parley-embed src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `loading="lazy" width="100%" height="${height}" style="border:0;width:100%;" ` +
    `referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  if (choices.height === 'fixed') return iframe;
  return `${iframe}\n<script async src="${escapeAttribute(loaderUrl)}"></script>`;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
