import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonDepthWatch } from './json-depth-watch.ts';
import { parseJsonText } from './json-text.ts';

/** A watch fed `text` in pieces cut at `offsets`. */
function watched(text: string, offsets: number[]): JsonDepthWatch {
  const watch = new JsonDepthWatch();
  let start = 0;
  for (const end of [...offsets.map((o) => o % (text.length + 1)).sort((a, b) => a - b), text.length]) {
    watch.add(text.slice(start, Math.max(start, end)));
    start = Math.max(start, end);
  }
  return watch;
}

// Text made of what the depth check looks at: brackets, quotes, escapes, and sometimes a deep start.
const jsonish = fc
  .tuple(
    fc.nat({ max: 70 }),
    fc.array(fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', ' '), { maxLength: 120 }),
  )
  .map(([deep, rest]) => '['.repeat(deep) + rest.join(''));

describe('JsonDepthWatch', () => {
  it('finds the same first bracket too deep however the text is cut, escapes across pieces included', () => {
    fc.assert(
      fc.property(jsonish, fc.array(fc.nat(), { maxLength: 10 }), (text, offsets) => {
        expect(watched(text, offsets).beyond).toBe(watched(text, []).beyond);
      }),
      { numRuns: 1000 },
    );
  });

  it('counts brackets outside strings only, an escaped quote keeping the string open', () => {
    expect(watched(`${'['.repeat(64)}"\\"[[["`, []).beyond).toBe(-1);
    expect(watched(`${'['.repeat(64)}"\\\\"[`, [65, 66]).beyond).toBe(68);
  });
});

describe('parseJsonText with a watch that read the text as it arrived', () => {
  it('answers as it does without one, for text nested too deep and for text that is not', () => {
    fc.assert(
      fc.property(jsonish, fc.array(fc.nat(), { maxLength: 5 }), (text, offsets) => {
        expect(parseJsonText(text, watched(text, offsets))).toEqual(parseJsonText(text));
      }),
      { numRuns: 500 },
    );
  });

  it('believes the watch rather than checking again, unless the text it read had another length', () => {
    const shallow = `{${' '.repeat(98)}}`;
    const deepWatch = watched('['.repeat(100), []);
    expect(parseJsonText(shallow, deepWatch)).toEqual({
      ok: false,
      reason: 'nested more than 64 levels deep at line 1, column 65',
    });
    // A byte-order mark taken off here: the watch read one character more, so the text is checked again.
    expect(parseJsonText(`\uFEFF${shallow}`, watched(`x${'['.repeat(100)}`, []))).toEqual({
      ok: true,
      value: {},
    });
  });
});
