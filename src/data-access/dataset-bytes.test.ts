import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leadingBytes, type DatasetBytes } from './dataset-bytes.ts';

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
