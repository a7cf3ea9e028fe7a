import type { DatasetBytes } from './dataset-bytes.ts';

/** The chunks as one buffer, for a spreadsheet: in the dataset worker (or the page, where there is none). */
export function joinBytes({ chunks, size }: DatasetBytes): ArrayBuffer {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}
