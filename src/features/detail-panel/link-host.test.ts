import { describe, expect, it } from 'vitest';
import { linkHost } from './link-host.ts';

describe('linkHost', () => {
  it('shows an ordinary host as written, without port or credentials', () => {
    expect(linkHost('https://www.Reuters.com:443/world/x')).toEqual({
      display: 'www.reuters.com',
      mixedScripts: false,
    });
  });

  it('shows a look-alike host that mixes Latin and Cyrillic in punycode, flagged', () => {
    // "exаmple.org" with a Cyrillic "а" (U+0430).
    expect(linkHost('https://ex\u0430mple.org/page')).toEqual({
      display: new URL('https://ex\u0430mple.org/').hostname,
      mixedScripts: true,
    });
    expect(linkHost('https://ex\u0430mple.org/page')?.display).toMatch(/^xn--/);
  });

  it('shows a host written wholly in Cyrillic as written', () => {
    expect(linkHost('http://президент.рф/news')).toEqual({ display: 'президент.рф', mixedScripts: false });
  });

  it('gives nothing for text that is not a URL', () => {
    expect(linkHost('not a url')).toBeUndefined();
  });
});
