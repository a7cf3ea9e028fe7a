import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeBytes, leadingBytes, type DatasetBytes } from './dataset-bytes.ts';

const bytesOf = (chunks: Uint8Array[]): DatasetBytes => ({
  chunks,
  size: chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0),
});

const someChunks = fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 8 });

/** The chunks' bytes, one after the other, as a plain list. */
const flat = (chunks: Uint8Array[]) => chunks.flatMap((chunk) => [...chunk]);

describe('leadingBytes', () => {
  it('is the first bytes of the joined body, across chunk boundaries', () => {
    fc.assert(
      fc.property(someChunks, fc.nat(200), (chunks, count) => {
        expect([...leadingBytes(bytesOf(chunks), count)]).toEqual(flat(chunks).slice(0, count));
      }),
    );
  });
});

describe('decodeBytes', () => {
  it('is the text of the joined bytes, characters split between chunks and bytes that are not UTF-8 alike', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 }).map((s) => new TextEncoder().encode(s));
    const cutUp = (bytes: Uint8Array, at: number[]) => {
      const ends = [...new Set(at.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
      return [...ends, bytes.length].map((end, i, all) => bytes.subarray(i === 0 ? 0 : all[i - 1], end));
    };
    fc.assert(
      fc.property(
        fc.oneof(text, fc.uint8Array({ maxLength: 40 })),
        fc.array(fc.nat(), { maxLength: 8 }),
        (bytes, at) => {
          expect(decodeBytes(bytesOf(cutUp(bytes, at)))).toBe(new TextDecoder().decode(bytes));
        },
      ),
      { numRuns: 500 },
    );
  });
});
