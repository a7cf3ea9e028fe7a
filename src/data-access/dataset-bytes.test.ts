import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingBytes, type DatasetBytes } from './dataset-bytes.ts';
import { joinBytes } from './join-bytes.ts';

const bytesOf = (chunks: Uint8Array[]): DatasetBytes => ({
  chunks,
  size: chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0),
});

const someChunks = fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 8 });

/** The chunks' bytes, one after the other, as a plain list. */
const flat = (chunks: Uint8Array[]) => chunks.flatMap((chunk) => [...chunk]);

describe('joinBytes', () => {
  it('lays the chunks end to end, in order', () => {
    fc.assert(
      fc.property(someChunks, (chunks) => {
        expect([...new Uint8Array(joinBytes(bytesOf(chunks)))]).toEqual(flat(chunks));
      }),
    );
  });

  it('reads only the bytes a chunk views, not the rest of its buffer', () => {
    const buffer = new Uint8Array([1, 2, 3, 4, 5, 6]).buffer;
    const joined = joinBytes(bytesOf([new Uint8Array(buffer, 1, 2), new Uint8Array(buffer, 4, 2)]));
    expect([...new Uint8Array(joined)]).toEqual([2, 3, 5, 6]);
  });
});

describe('leadingBytes', () => {
  it('is the first bytes of the joined body, across chunk boundaries', () => {
    fc.assert(
      fc.property(someChunks, fc.nat(200), (chunks, count) => {
        expect([...leadingBytes(bytesOf(chunks), count)]).toEqual(flat(chunks).slice(0, count));
      }),
    );
  });
});
