import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { firstIndex } from './first-index.ts';

describe('firstIndex', () => {
  it('finds the first element not before the split, as a scan would, in any sorted array', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 })),
        fc.integer({ min: -60, max: 60 }),
        (raw, split) => {
          const sorted = [...raw].sort((a, b) => a - b);
          const scanned = sorted.findIndex((n) => n >= split);
          expect(firstIndex(sorted, (n) => n < split)).toBe(scanned === -1 ? sorted.length : scanned);
        },
      ),
    );
  });
});
