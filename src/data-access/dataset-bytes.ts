/**
 * A downloaded body as its chunks arrived, in order. JSON is decoded chunk by chunk as it arrives
 * (ascii-json-text.ts), or from the chunks when it must be read as written (decodeBytes); a spreadsheet's
 * chunks are joined (joinBytes), in the dataset worker.
 */
export interface DatasetBytes {
  chunks: readonly Uint8Array[];
  /** The sum of the chunks' lengths. */
  size: number;
}

/** The first `count` bytes (fewer when the body is shorter), read without joining the rest. */
export function leadingBytes({ chunks, size }: DatasetBytes, count: number): Uint8Array {
  const lead = new Uint8Array(Math.min(count, size));
  let taken = 0;
  for (const chunk of chunks) {
    if (taken >= lead.length) break;
    const part = chunk.subarray(0, lead.length - taken);
    lead.set(part, taken);
    taken += part.byteLength;
  }
  return lead;
}

/** The body decoded as UTF-8 from its chunks, as decoding them joined would (without the joined copy). */
export function decodeBytes({ chunks }: DatasetBytes): string {
  const decoder = new TextDecoder();
  const parts = chunks.map((chunk) => decoder.decode(chunk, { stream: true }));
  parts.push(decoder.decode());
  return parts.join('');
}
