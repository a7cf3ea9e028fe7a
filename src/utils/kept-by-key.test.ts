import { describe, expect, it } from 'vitest';
import { keptByKey } from './kept-by-key.ts';

describe('keptByKey', () => {
  it('makes nothing until asked, then one value a key, kept for every later ask', () => {
    const made: string[] = [];
    const formatFor = keptByKey((key) => {
      made.push(key);
      return { key };
    });
    expect(made).toEqual([]);
    const en = formatFor('en');
    expect(formatFor('en')).toBe(en);
    expect(formatFor('uk')).toEqual({ key: 'uk' });
    expect(formatFor('uk')).toBe(formatFor('uk'));
    expect(made).toEqual(['en', 'uk']);
  });
});
