import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinBytes } from './join-bytes.ts';

const someChunks = fc.array(fc.uint8Array({ maxLength: 40 }), { maxLength: 8 });
const sizeOf = (chunks: Uint8Array[]) => chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0);

describe('joinBytes', () => {
  it('lays the chunks end to end, in order', () => {
    fc.assert(
      fc.property(someChunks, (chunks) => {
        expect([...new Uint8Array(joinBytes({ chunks, size: sizeOf(chunks) }))]).toEqual(
          chunks.flatMap((chunk) => [...chunk]),
        );
      }),
    );
  });

  it('reads only the bytes a chunk views, not the rest of its buffer', () => {
    const buffer = new Uint8Array([1, 2, 3, 4, 5, 6]).buffer;
    const joined = joinBytes({
      chunks: [new Uint8Array(buffer, 1, 2), new Uint8Array(buffer, 4, 2)],
      size: 4,
    });
    expect([...new Uint8Array(joined)]).toEqual([2, 3, 5, 6]);
  });
});
