import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [999, '999 bytes'],
    [1000, '1 kB'],
    [1500, '1.5 kB'],
    [48_200, '48 kB'],
    [3_400_000, '3.4 MB'],
    [268_435_456, '268 MB'],
    [1_073_741_824, '1.1 GB'],
  ])('writes %i as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
