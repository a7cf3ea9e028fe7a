import { describe, expect, it } from 'vitest';
import { defaultViewState } from '../../state/view-state.ts';
import { defaultEmbedChoices, embedSnippet, embedUrl } from './embed-snippet.ts';

const base = 'https://news.example/parley/';
const view = {
  ...defaultViewState,
  round: 'jeddah-2025-03-11',
  lanes: 'topic' as const,
  filters: { ...defaultViewState.filters, topics: ['ceasefire', 'black-sea'] },
};

describe('embedUrl', () => {
  it('carries the current view, the theme and the options', () => {
    const url = embedUrl(base, view, { ...defaultEmbedChoices, theme: 'dark', showFilters: false }, null);
    expect(url).toBe(
      'https://news.example/parley/?embed=1&filters=0&round=jeddah-2025-03-11&lanes=topic&theme=dark&topic=ceasefire,black-sea',
    );
  });

  it('leaves the light default out of the address and writes theme=auto when the editor opts into it', () => {
    const light = embedUrl(base, defaultViewState, defaultEmbedChoices, null);
    expect(defaultEmbedChoices.theme).toBe('light');
    expect(light).toBe('https://news.example/parley/?embed=1');
    const auto = embedUrl(base, defaultViewState, { ...defaultEmbedChoices, theme: 'auto' }, null);
    expect(auto).toBe('https://news.example/parley/?embed=1&theme=auto');
  });

  it('starts from the default view when told not to keep this one, but keeps the dataset', () => {
    const url = embedUrl(
      base,
      view,
      { ...defaultEmbedChoices, keepView: false },
      'https://data.example/d.json',
    );
    expect(url).toBe('https://news.example/parley/?embed=1&data=https%3A%2F%2Fdata.example%2Fd.json');
  });
});

describe('embedSnippet', () => {
  it('writes a titled lazy iframe and the loader for a responsive embed', () => {
    const snippet = embedSnippet(
      `${base}?embed=1&a=1`,
      `${base}embed.js`,
      'Talks "2025"',
      defaultEmbedChoices,
    );
    expect(snippet).toBe(
      '<iframe data-parley-embed src="https://news.example/parley/?embed=1&amp;a=1" title="Talks &quot;2025&quot;" loading="lazy" width="100%" height="600" style="border:0;width:100%;" referrerpolicy="strict-origin-when-cross-origin"></iframe>\n' +
        '<script async src="https://news.example/parley/embed.js"></script>',
    );
  });

  it('leaves the loader out of a fixed-height embed and bounds the height', () => {
    const snippet = embedSnippet(`${base}?embed=1`, `${base}embed.js`, 'T', {
      ...defaultEmbedChoices,
      height: 'fixed',
      pixels: 90,
    });
    expect(snippet).toContain('height="200"');
    expect(snippet).not.toContain('<script');
  });

  it('carries lang= when a language is chosen, and none when the embed follows the article', () => {
    const base = 'https://parley.example/';
    expect(embedUrl(base, defaultViewState, { ...defaultEmbedChoices, lang: 'uk' }, null)).toContain(
      'lang=uk',
    );
    expect(embedUrl(base, defaultViewState, { ...defaultEmbedChoices, lang: 'en' }, null)).toContain(
      'lang=en',
    );
    expect(embedUrl(base, defaultViewState, defaultEmbedChoices, null)).not.toContain('lang=');
  });
});
