import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stackRows, type StackColumns } from './stack-rows.ts';

type StackItem = { id: string; x0: number; x1: number };

const columnsOf = (items: readonly StackItem[]): StackColumns => ({
  x0: Float64Array.from(items, (item) => item.x0),
  x1: Float64Array.from(items, (item) => item.x1),
  id: items.map((item) => item.id),
});

/** The obvious quadratic version of the rule, every row kept: the reference for stackRows, capped. */
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

/** Rows by id, with as many rows as there are items (so none folds) unless `limit` says otherwise. */
const rowsById = (items: StackItem[], gap: number, limit = Math.min(items.length, 255)) => {
  const rows = stackRows(columnsOf(items), gap, limit);
  return Object.fromEntries(items.map((item, i) => [item.id, rows[i]]));
};

describe('stackRows', () => {
  it('puts non-overlapping items on row 0 and overlapping ones on the next free row', () => {
    const rows = rowsById(
      [
        { id: 'a', x0: 0, x1: 10 },
        { id: 'b', x0: 5, x1: 15 },
        { id: 'c', x0: 12, x1: 20 },
        { id: 'd', x0: 8, x1: 30 },
        { id: 'e', x0: 16, x1: 18 },
      ],
      0,
    );
    expect(rows).toEqual({ a: 0, b: 1, d: 2, c: 0, e: 1 });
  });

  it('lets items touch when the gap is zero but not when a gap is required', () => {
    const items = [
      { id: 'a', x0: 0, x1: 10 },
      { id: 'b', x0: 10, x1: 20 },
      { id: 'c', x0: 22, x1: 30 },
    ];
    expect(rowsById(items, 0)).toEqual({ a: 0, b: 0, c: 0 });
    expect(rowsById(items, 1)).toEqual({ a: 0, b: 1, c: 0 });
    // c starts exactly 12 px after a ends: a gap of 12 fits, 13 does not.
    expect(rowsById(items, 12)).toEqual({ a: 0, b: 1, c: 0 });
    expect(rowsById(items, 13)).toEqual({ a: 0, b: 1, c: 2 });
  });

  it('reuses the lowest freed row, not the one freed first', () => {
    const rows = rowsById(
      [
        { id: 'a', x0: 0, x1: 50 },
        { id: 'b', x0: 1, x1: 5 },
        { id: 'c', x0: 2, x1: 4 },
        { id: 'd', x0: 60, x1: 70 },
        { id: 'e', x0: 61, x1: 70 },
      ],
      0,
    );
    expect(rows).toEqual({ a: 0, b: 1, c: 2, d: 0, e: 1 });
  });

  it('breaks ties in x0 by id, whatever the input order', () => {
    const rows = rowsById(
      [
        { id: 'b', x0: 0, x1: 10 },
        { id: 'a', x0: 0, x1: 10 },
      ],
      0,
    );
    expect(rows).toEqual({ a: 0, b: 1 });
  });

  it('treats x1 left of x0 as a zero-width mark', () => {
    const rows = rowsById(
      [
        { id: 'a', x0: 10, x1: 0 },
        { id: 'b', x0: 10, x1: 12 },
      ],
      0,
    );
    expect(rows).toEqual({ a: 0, b: 0 });
  });

  it('matches the quadratic reference on random input, folding every row from the limit on into one', () => {
    const item = fc.record({ x0: fc.integer({ min: 0, max: 200 }), w: fc.integer({ min: 0, max: 60 }) });
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 60 }),
        fc.integer({ min: 0, max: 10 }),
        fc.integer({ min: 0, max: 8 }),
        (raw, gap, limit) => {
          const items = raw.map(({ x0, w }, i) => ({ id: `i${i}`, x0, x1: x0 + w }));
          const reference = naiveRows(items, gap);
          const capped = Object.fromEntries(
            items.map((it) => [it.id, Math.min(reference.get(it.id)!, limit)]),
          );
          expect(rowsById(items, gap, limit)).toEqual(capped);
          // In time order, as the timeline hands them, with ties in x0 left in any order.
          const inTimeOrder = [...items].sort((a, b) => a.x0 - b.x0);
          expect(rowsById(inTimeOrder, gap, limit)).toEqual(capped);
        },
      ),
    );
  });

  it('stacks 100,000 mutually overlapping items into the rows shown and folds the rest', () => {
    // Every item overlaps every other: a scan over every row used would make 5 billion comparisons.
    const items = Array.from({ length: 100_000 }, (_, i) => ({ id: `r${i}`, x0: i * 0.001, x1: 1000 }));
    const rows = stackRows(columnsOf(items), 1, 5);
    expect([...rows.slice(0, 6)]).toEqual([0, 1, 2, 3, 4, 5]);
    expect(rows.filter((row) => row === 5)).toHaveLength(100_000 - 5);
  });

  it('orders a long run of one x0 in reverse id order by id, in time', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => ({
      id: `r${String(20_000 - i).padStart(5, '0')}`,
      x0: 0,
      x1: 0,
    }));
    const rows = stackRows(columnsOf(items), 1, 5);
    // By id the last item comes first: it takes row 0, the next four rows 1–4, every other one folds.
    expect([...rows.slice(-5)]).toEqual([4, 3, 2, 1, 0]);
    expect(rows.filter((row) => row === 5)).toHaveLength(20_000 - 5);
  });

  it('refuses a limit a row number cannot hold', () => {
    expect(() => stackRows(columnsOf([]), 0, 256)).toThrow(/limit 256/);
  });
});
