import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetBeyondDepth } from '../domain/json-depth.ts';
import { AsciiJsonText, type RootArray } from './ascii-json-text.ts';

/** `bytes` cut at the given offsets (sorted, deduplicated), as a download might deliver them. */
function cut(bytes: Uint8Array, offsets: number[]): Uint8Array[] {
  const ends = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let start = 0;
  for (const end of [...ends, bytes.length]) {
    chunks.push(bytes.subarray(start, end));
    start = end;
  }
  return chunks;
}

function escaped(chunks: Uint8Array[]): ReturnType<AsciiJsonText['finish']> {
  const text = new AsciiJsonText();
  for (const chunk of chunks) text.add(chunk);
  return text.finish();
}

const asciiText = (chunks: Uint8Array[]) => escaped(chunks)?.text ?? null;

const encode = (text: string) => new TextEncoder().encode(text);
const offsets = fc.array(fc.nat(), { maxLength: 12 });
const isAscii = (text: string) => /^[\0-\x7f]*$/.test(text);

/** What JSON.parse makes of a text: its value, or that it fails. */
function parsed(text: string): { value: unknown } | 'fails' {
  try {
    return { value: JSON.parse(text) as unknown };
  } catch {
    return 'fails';
  }
}

// Pieces of JSON, text beyond ASCII, bytes that are not UTF-8 and byte-order marks, for bodies that are
// sometimes JSON and often nearly so.
const piece = fc.constantFrom(
  '"',
  '\\',
  '{',
  '}',
  '[',
  ']',
  ':',
  ',',
  ' ',
  '\n',
  'a',
  '1',
  'u',
  '0',
  'null',
  '"k":',
  '"v"',
  'é',
  'Київ',
  '–',
  '😀',
  '\uFEFF',
  '\u2028',
  [0xff],
  [0x80],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xe2, 0x80],
  // Overlong, beyond U+10FFFF, and leads whose second byte has a narrower range.
  [0xe0, 0x80, 0x80],
  [0xe0, 0x9f, 0xbf],
  [0xf0, 0x8f, 0xbf, 0xbf],
  [0xf4, 0x90, 0x80, 0x80],
  [0xf5, 0x80, 0x80, 0x80],
);
const piecesAsBytes = (pieces: (string | number[])[]) =>
  pieces.flatMap((p) => (typeof p === 'string' ? [...encode(p)] : p));
const nearlyJson = fc.oneof(
  fc.array(piece, { maxLength: 30 }).map((pieces) => new Uint8Array(piecesAsBytes(pieces))),
  // The same pieces inside a string, which they may end early or escape wrongly.
  fc.array(piece, { maxLength: 12 }).map((pieces) => new Uint8Array(piecesAsBytes(['["', ...pieces, '"]']))),
);

describe('AsciiJsonText', () => {
  it('writes any JSON text in ASCII that parses to the same value, however the body is cut', () => {
    const value = fc.jsonValue({ stringUnit: 'binary' });
    fc.assert(
      fc.property(value, fc.boolean(), fc.constantFrom(0, 2, '\t'), offsets, (json, bom, indent, at) => {
        const written = JSON.stringify(json, null, indent);
        const text = asciiText(cut(encode((bom ? '\uFEFF' : '') + written), at));
        expect(text).not.toBeNull();
        expect(isAscii(text!)).toBe(true);
        expect(JSON.parse(text!)).toEqual(JSON.parse(written));
      }),
      { numRuns: 500 },
    );
  });

  it('on any bytes, gives up or gives text that parses as the decoded bytes do, to the same value', () => {
    let vouched = 0;
    let escapedJson = 0;
    fc.assert(
      fc.property(nearlyJson, offsets, (bytes, at) => {
        const text = asciiText(cut(bytes, at));
        if (text === null) return;
        vouched += 1;
        expect(isAscii(text)).toBe(true);
        const read = parsed(text);
        expect(read).toEqual(parsed(new TextDecoder().decode(bytes)));
        if (read !== 'fails' && text.includes('\\u')) escapedJson += 1;
      }),
      { numRuns: 2_000 },
    );
    // The property must not hold only because everything was given up on, or nothing parsed.
    expect(vouched).toBeGreaterThan(200);
    expect(escapedJson).toBeGreaterThan(10);
  });

  it('reads every lead byte with every second byte as a decoder does, or gives up', () => {
    const decoder = new TextDecoder();
    let vouched = 0;
    for (let lead = 0x80; lead <= 0xff; lead += 1) {
      for (let second = 0; second <= 0xff; second += 1) {
        // A string holding the two bytes and the continuation bytes a sequence they start would still need.
        const tail = lead >= 0xf0 ? [0x80, 0x80] : lead >= 0xe0 ? [0x80] : [];
        const bytes = new Uint8Array([0x5b, 0x22, lead, second, ...tail, 0x22, 0x5d]);
        const text = asciiText([bytes]);
        if (text === null) continue;
        vouched += 1;
        expect(parsed(text), `${lead.toString(16)} ${second.toString(16)}`).toEqual(
          parsed(decoder.decode(bytes)),
        );
      }
    }
    // Every well-formed sequence is read (Unicode's table of them: 30 × 64 two-byte, 960 three-byte and 256
    // four-byte beginnings), and everything else given up on.
    expect(vouched).toBe(30 * 64 + 960 + 256);
  });

  it('says whether it wrote any escape: without one, the text is the text as written', () => {
    expect(escaped([encode('\uFEFF{"a": ["b", 1]}')])).toMatchObject({
      text: '{"a": ["b", 1]}',
      escaped: false,
    });
    expect(escaped([encode('{"a": "é"}')])).toMatchObject({ text: '{"a": "\\u00e9"}', escaped: true });
  });

  it('gives up where the escapes would make a long text half as long again as its bytes', () => {
    const cyrillic = encode(`["${'Ж'.repeat(50_000)}"]`);
    expect(asciiText(cut(cyrillic, [30_000, 60_000]))).toBeNull();
    // The same letters among six times as much ASCII are escaped.
    const mixed = encode(`["${'Жabcdef'.repeat(50_000)}"]`);
    expect(JSON.parse(asciiText(cut(mixed, [30_000, 60_000]))!)).toEqual(
      JSON.parse(new TextDecoder().decode(mixed)),
    );
  });

  it('escapes the characters inside strings, the two halves of one beyond U+FFFF included', () => {
    expect(asciiText([encode('{"city": "Київ – 😀", "n": 1}')])).toBe(
      '{"city": "\\u041a\\u0438\\u0457\\u0432 \\u2013 \\ud83d\\ude00", "n": 1}',
    );
  });

  it('keeps a character whose bytes arrive in three chunks', () => {
    const bytes = encode('["Київ – 😀"]');
    const split = bytes.length - 4;
    const chunks = [bytes.subarray(0, split - 1), bytes.subarray(split - 1, split), bytes.subarray(split)];
    expect(JSON.parse(asciiText(chunks)!)).toEqual(['Київ – 😀']);
  });

  it('drops a byte-order mark only at the start, one cut between chunks included', () => {
    const bytes = encode('\uFEFF{"a":"\uFEFF"}');
    expect(asciiText(cut(bytes, [1, 2, 9]))).toBe('{"a":"\\ufeff"}');
  });

  it('gives up exactly where brackets outside strings nest deeper than MAX_DEPTH, however the body is cut', () => {
    // ASCII text made of what the nesting depends on (brackets, quotes, escapes), sometimes with a deep start:
    // nothing else in it makes the escaping give up.
    const jsonish = fc
      .tuple(
        fc.nat({ max: 70 }),
        fc.array(fc.constantFrom('[', ']', '{', '}', '"', '\\', 'a', ' '), { maxLength: 120 }),
      )
      .map(([deep, rest]) => '['.repeat(deep) + rest.join(''));
    fc.assert(
      fc.property(jsonish, offsets, (text, at) => {
        expect(asciiText(cut(encode(text), at)) === null).toBe(offsetBeyondDepth(text) !== -1);
      }),
      { numRuns: 1000 },
    );
    expect(asciiText([encode(`${'['.repeat(64)}"[[[\\"é"${']'.repeat(64)}`)])).not.toBeNull();
    expect(asciiText([encode(`${'['.repeat(65)}"é"${']'.repeat(65)}`)])).toBeNull();
  });

  describe('gives up where the escaped text could read otherwise than the bytes', () => {
    const cases: [string, Uint8Array][] = [
      ['a character outside a string (never valid JSON)', encode('{"a": 1 –}')],
      ['a byte-order mark after the start', encode('{"a": 1}\uFEFF')],
      ['a character just after a backslash (its escape would make "\\é" valid)', encode('["\\é"]')],
      ['a byte that is not UTF-8', new Uint8Array([0x5b, 0x22, 0xff, 0x22, 0x5d])],
      ['an overlong form', new Uint8Array([0x5b, 0x22, 0xc0, 0x80, 0x22, 0x5d])],
      ['a surrogate written in UTF-8', new Uint8Array([0x5b, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x5d])],
      ['a body that ends inside a character', encode('["Київ"]').subarray(0, 5)],
    ];
    it.each(cases)('%s', (_, bytes) => {
      expect(asciiText([bytes])).toBeNull();
      expect(asciiText(cut(bytes, [1, 3, 4]))).toBeNull();
    });
  });

  describe('where the rounds are written', () => {
    /** Each span of the text, parsed. */
    const spanValues = (text: string, spans: readonly number[]) =>
      Array.from({ length: spans.length / 2 }, (_, k) =>
        JSON.parse(text.slice(spans[2 * k], spans[2 * k + 1])),
      );
    const element = fc.oneof(
      fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ stringUnit: 'binary' })),
      fc.array(fc.jsonValue({ stringUnit: 'binary' })),
    );
    const other = fc.dictionary(
      fc.string({ unit: 'binary' }).filter((key) => key !== 'rounds'),
      fc.jsonValue({ stringUnit: 'binary' }),
    );

    it('gives the span of each object or array in the root’s rounds, however the body is cut', () => {
      const layout = fc.record({ bom: fc.boolean(), indent: fc.constantFrom(0, 2) });
      fc.assert(
        fc.property(
          fc.array(element),
          other,
          other,
          layout,
          offsets,
          (rounds, head, tail, { bom, indent }, at) => {
            // Other collections before and after, holding objects and arrays of their own at the same depth.
            const written = JSON.stringify({ ...head, rounds, ...tail }, null, indent);
            const found = escaped(cut(encode((bom ? '\uFEFF' : '') + written), at))!;
            expect(found.rounds).not.toBeNull();
            expect(spanValues(found.text, found.rounds!.spans)).toEqual(
              (JSON.parse(written) as { rounds: unknown }).rounds,
            );
          },
        ),
        { numRuns: 300 },
      );
    });

    it('takes the last of two rounds arrays, as JSON.parse does', () => {
      const found = escaped([
        encode('{"rounds": [{"a": 1}], "meta": {"b": [{}]}, "rounds": [[2], {"c": "Київ"}]}'),
      ])!;
      expect(spanValues(found.text, found.rounds!.spans)).toEqual([[2], { c: 'Київ' }]);
    });

    it('reads the key as JSON.parse does, escapes and all, and so takes the rounds it keeps', () => {
      const written = '{"rounds": [{"a": 1}], "r\\u006funds": [{"b": 2}, {"c": 3}], "other": [{}]}';
      const found = escaped(cut(encode(written), [9, 23, 26]))!;
      const { rounds } = JSON.parse(written) as { rounds: unknown };
      expect(rounds).toEqual([{ b: 2 }, { c: 3 }]);
      expect(spanValues(found.text, found.rounds!.spans)).toEqual(rounds);
    });

    it('finds none where the root has no rounds array', () => {
      for (const written of [
        '{"rounds": {"a": {}}}',
        '{"meta": {"rounds": [{}]}}',
        '[{"rounds": [{}]}]',
        '{}',
      ]) {
        expect(escaped([encode(written)])!.rounds).toBeNull();
      }
    });

    /** Reads `chunks` with a watch, recording what it is told of each rounds array, chunk by chunk. */
    function watched(chunks: Uint8Array[]) {
      const told: { array: RootArray; from: number; texts: readonly string[] }[] = [];
      const toldAfterChunk: number[] = [];
      const text = new AsciiJsonText({
        elements: ({ array, from, texts }) => told.push({ array, from, texts }),
      });
      for (const chunk of chunks) {
        text.add(chunk);
        toldAfterChunk.push(told.reduce((sum, call) => sum + call.texts.length, 0));
      }
      return { told, toldAfterChunk, found: text.finish() };
    }

    it('tells a watch of each element of the root’s rounds, once and in order, however the body is cut', () => {
      fc.assert(
        fc.property(fc.array(element), other, other, offsets, (rounds, head, tail, at) => {
          // Arrays of other keys, before and after, and nested rounds, are not told of.
          const written = JSON.stringify({ ...head, rounds, ...tail, more: [{ rounds }] }, null, 1);
          const chunks = cut(encode(written), at);
          const { told, found } = watched(chunks);
          // Told in order, each element once, as the text writes it, all of one array.
          expect(told.map(({ from }) => from)).toEqual(
            told.map((_, k) => told.slice(0, k).reduce((sum, call) => sum + call.texts.length, 0)),
          );
          expect(told.every(({ array }) => array === found!.rounds)).toBe(true);
          expect(told.flatMap(({ texts }) => texts).map((t) => JSON.parse(t) as unknown)).toEqual(
            (JSON.parse(written) as { rounds: unknown[] }).rounds,
          );
        }),
        { numRuns: 300 },
      );
    });

    it('tells a watch of an element with the chunk that brings its last byte, no later', () => {
      // ASCII only, so that the text's offsets are the bytes'.
      const asciiElement = fc.dictionary(fc.string(), fc.jsonValue());
      fc.assert(
        fc.property(fc.array(asciiElement), offsets, (rounds, at) => {
          const written = JSON.stringify({ meta: { a: [1] }, rounds, after: [{}] }, null, 1);
          const chunks = cut(encode(written), at);
          const { toldAfterChunk, found } = watched(chunks);
          expect(found!.escaped).toBe(false);
          const ends = found!.rounds!.spans.filter((_, k) => k % 2 === 1);
          let chunkEnd = 0;
          for (const [c, chunk] of chunks.entries()) {
            chunkEnd += chunk.length;
            expect(toldAfterChunk[c]).toBe(ends.filter((end) => end <= chunkEnd).length);
          }
        }),
        { numRuns: 300 },
      );
    });

    it('tells the watch the arrays of a key written twice apart, and finish takes the last', () => {
      const { told, found } = watched(
        cut(encode('{"rounds": [{"a": 1}], "r\\u006funds": [[2], {"c": "Київ"}]}'), [5, 17, 30, 44]),
      );
      const arrays = [...new Set(told.map(({ array }) => array))];
      expect(arrays).toHaveLength(2);
      expect(found!.rounds).toBe(arrays[1]);
      expect(told.filter(({ array }) => array === arrays[1]).flatMap(({ texts }) => texts)).toEqual([
        '[2]',
        String.raw`{"c": "\u041a\u0438\u0457\u0432"}`,
      ]);
    });

    it('leaves out values that are neither objects nor arrays, so that their count tells', () => {
      const found = escaped([encode('{"rounds": [{"a": 1}, 2, "three", {"b": [4]}]}')])!;
      expect(spanValues(found.text, found.rounds!.spans)).toEqual([{ a: 1 }, { b: [4] }]);
    });
  });
});
