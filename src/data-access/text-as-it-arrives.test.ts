import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TextAsItArrives } from './text-as-it-arrives.ts';

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

function decodeAsItArrives(chunks: Uint8Array[]): string {
  const text = new TextAsItArrives();
  for (const chunk of chunks) text.add(chunk);
  return text.finish();
}

const offsets = fc.array(fc.nat(), { maxLength: 12 });

describe('TextAsItArrives', () => {
  it('gives the text of the joined bytes, however the body is cut (characters split between chunks included)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 60 });
    fc.assert(
      fc.property(fc.boolean(), text, offsets, (bom, value, at) => {
        const bytes = new TextEncoder().encode((bom ? '\uFEFF' : '') + value);
        expect(decodeAsItArrives(cut(bytes, at))).toBe(new TextDecoder().decode(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('replaces bytes that are not UTF-8 exactly as decoding the whole would', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), offsets, (bytes, at) => {
        expect(decodeAsItArrives(cut(bytes, at))).toBe(new TextDecoder().decode(bytes));
      }),
      { numRuns: 500 },
    );
  });

  it('hands each decoded piece on as it goes, the last one included: together they are the text', () => {
    const bytes = new TextEncoder().encode('{"city": "Київ"}');
    const pieces: string[] = [];
    const text = new TextAsItArrives((piece) => pieces.push(piece));
    // The body stops inside "в" (one of its two bytes): the final decode gives a replacement character.
    for (const chunk of cut(bytes.subarray(0, bytes.length - 3), [4, 13])) text.add(chunk);
    const whole = text.finish();
    expect(pieces.join('')).toBe(whole);
    expect(whole).toBe('{"city": "Киї\uFFFD');
  });

  it('drops a byte-order mark only at the start', () => {
    const bytes = new TextEncoder().encode('\uFEFF{"a":"\uFEFF"}');
    expect(decodeAsItArrives(cut(bytes, [1, 2, 9]))).toBe('{"a":"\uFEFF"}');
  });

  it('keeps a character whose bytes arrive in three chunks', () => {
    const bytes = new TextEncoder().encode('Київ – 😀');
    const split = bytes.length - 2;
    expect(
      decodeAsItArrives([
        bytes.subarray(0, split - 1),
        bytes.subarray(split - 1, split),
        bytes.subarray(split),
      ]),
    ).toBe('Київ – 😀');
  });
});
