/**
 * A downloaded body as its chunks arrived, in order. JSON is decoded chunk by chunk as it arrives
 * (ascii-json-text.ts); a spreadsheet's chunks are joined (joinBytes), in the dataset worker, as are those of
 * JSON that must be read as written.
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
