import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS, limitsFromPage } from './transport-deadlines.ts';

const page = (query: string) => `https://parley.example/app/${query}`;

describe('limitsFromPage', () => {
  it('uses the defaults when the page names no timeout', () => {
    expect(limitsFromPage(page('?data=x.json'))).toEqual({ limits: DEFAULT_LIMITS, notice: null });
  });

  it('sets both deadlines from ?timeout= in seconds and keeps the size cap', () => {
    const { limits, notice } = limitsFromPage(page('?timeout=2.5'));
    expect(limits).toEqual({ ...DEFAULT_LIMITS, firstByteMs: 2500, stallMs: 2500 });
    expect(notice).toBeNull();
  });

  it.each(['0', '-3', 'soon', '601', 'Infinity'])(
    'ignores timeout=%s with a notice that names it',
    (value) => {
      const { limits, notice } = limitsFromPage(page(`?timeout=${value}`));
      expect(limits).toEqual(DEFAULT_LIMITS);
      expect(notice).toContain(`"${value}" is not a number of seconds from 1 to 600`);
    },
  );
});
