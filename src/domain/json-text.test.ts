import { describe, expect, it } from 'vitest';
import { offsetBeyondDepth } from './json-depth.ts';
import { parseJsonText } from './json-text.ts';

describe('offsetBeyondDepth', () => {
  it('counts brackets outside strings only, an escaped quote keeping the string open', () => {
    expect(offsetBeyondDepth(`${'['.repeat(64)}"\\"[[["`)).toBe(-1);
    expect(offsetBeyondDepth(`${'['.repeat(64)}"\\\\"[`)).toBe(68);
  });
});

describe('parseJsonText', () => {
  it('checks the nesting unless told it was checked as the text arrived', () => {
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`;
    expect(parseJsonText(deep)).toEqual({
      ok: false,
      reason: 'nested more than 64 levels deep at line 1, column 65',
    });
    expect(parseJsonText(deep, true)).toMatchObject({ ok: true });
  });
});
