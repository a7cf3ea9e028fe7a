import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1 kB'],
    [1536, '1.5 kB'],
    [48 * 1024 + 100, '48 kB'],
    [3.4 * 1024 * 1024, '3.4 MB'],
    [256 * 1024 * 1024, '256 MB'],
    [1024 * 1024 * 1024, '1 GB'],
  ])('writes %i as %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
