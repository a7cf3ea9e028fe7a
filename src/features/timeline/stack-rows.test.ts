import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stackRows, type StackItem } from './stack-rows.ts';

/** The obvious quadratic version of the rule, as a reference for the heap-based one. */
function naiveRows(items: StackItem[], gap: number): Map<string, number> {
  const sorted = [...items].sort((a, b) => a.x0 - b.x0 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ends: number[] = [];
  const rows = new Map<string, number>();
  for (const item of sorted) {
    let row = ends.findIndex((end) => end + gap <= item.x0);
    if (row === -1) row = ends.length;
    ends[row] = Math.max(item.x0, item.x1);
    rows.set(item.id, row);
  }
  return rows;
}

describe('stackRows', () => {
  it('puts non-overlapping items on row 0 and overlapping ones on the next free row', () => {
    const rows = stackRows(
      [
        { id: 'a', x0: 0, x1: 10 },
        { id: 'b', x0: 5, x1: 15 },
        { id: 'c', x0: 12, x1: 20 },
        { id: 'd', x0: 8, x1: 30 },
        { id: 'e', x0: 16, x1: 18 },
      ],
      0,
    );
    expect([...rows]).toEqual([
      ['a', 0],
      ['b', 1],
      ['d', 2],
      ['c', 0],
      ['e', 1],
    ]);
  });

  it('lets items touch when the gap is zero but not when a gap is required', () => {
    const items = [
      { id: 'a', x0: 0, x1: 10 },
      { id: 'b', x0: 10, x1: 20 },
      { id: 'c', x0: 22, x1: 30 },
    ];
    expect(Object.fromEntries(stackRows(items, 0))).toEqual({ a: 0, b: 0, c: 0 });
    expect(Object.fromEntries(stackRows(items, 1))).toEqual({ a: 0, b: 1, c: 0 });
    // c starts exactly 12 px after a ends: a gap of 12 fits, 13 does not.
    expect(Object.fromEntries(stackRows(items, 12))).toEqual({ a: 0, b: 1, c: 0 });
    expect(Object.fromEntries(stackRows(items, 13))).toEqual({ a: 0, b: 1, c: 2 });
  });

  it('reuses the lowest freed row, not the one freed first', () => {
    const rows = stackRows(
      [
        { id: 'a', x0: 0, x1: 50 },
        { id: 'b', x0: 1, x1: 5 },
        { id: 'c', x0: 2, x1: 4 },
        { id: 'd', x0: 60, x1: 70 },
        { id: 'e', x0: 61, x1: 70 },
      ],
      0,
    );
    expect(Object.fromEntries(rows)).toEqual({ a: 0, b: 1, c: 2, d: 0, e: 1 });
  });

  it('breaks ties in x0 by id, whatever the input order', () => {
    const rows = stackRows(
      [
        { id: 'b', x0: 0, x1: 10 },
        { id: 'a', x0: 0, x1: 10 },
      ],
      0,
    );
    expect(Object.fromEntries(rows)).toEqual({ a: 0, b: 1 });
  });

  it('treats x1 left of x0 as a zero-width mark', () => {
    const rows = stackRows(
      [
        { id: 'a', x0: 10, x1: 0 },
        { id: 'b', x0: 10, x1: 12 },
      ],
      0,
    );
    expect(Object.fromEntries(rows)).toEqual({ a: 0, b: 0 });
  });

  it('matches the quadratic reference on random input', () => {
    const item = fc.record({ x0: fc.integer({ min: 0, max: 200 }), w: fc.integer({ min: 0, max: 60 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 60 }), fc.integer({ min: 0, max: 10 }), (raw, gap) => {
        const items = raw.map(({ x0, w }, i) => ({ id: `i${i}`, x0, x1: x0 + w }));
        expect(stackRows(items, gap)).toEqual(naiveRows(items, gap));
      }),
    );
  });

  it('stacks 50,000 mutually overlapping items, one row each', () => {
    // Every item overlaps every other, so a row-by-row scan would make 1.25 billion comparisons.
    const items = Array.from({ length: 50_000 }, (_, i) => ({ id: `r${i}`, x0: i * 0.001, x1: 1000 }));
    const rows = stackRows(items, 1);
    expect(rows.size).toBe(50_000);
    expect(rows.get('r0')).toBe(0);
    expect(rows.get('r49999')).toBe(49_999);
  });
});
