/**
 * Marks to stack, as columns (one entry per mark): their horizontal extent in pixels, x1 being the right edge
 * including the mark's minimum width, and an id that orders marks of the same x0. Columns rather than an
 * object per mark: the timeline restacks up to 100,000 marks on a zoom step.
 */
export interface StackColumns {
  x0: Float64Array;
  x1: Float64Array;
  id: readonly string[];
}

/**
 * The row of each mark (in the columns' order) when only `limit` rows are shown: each mark, taken in order
 * of x0 (then id), goes to the lowest row whose last mark ends at least `gapPx` before it starts, and a mark
 * that finds none of the `limit` rows free is folded, in row `limit`. Rows below `limit` come out as if every
 * row were kept, since a lower free row is always preferred; tracking only those rows makes a stacking
 * O(n × limit) with no heap and no map.
 */
export function stackRows(marks: StackColumns, gapPx: number, limit: number): Uint8Array {
  if (!(limit >= 0 && limit <= 255)) throw new RangeError(`stackRows: limit ${limit} is not 0–255`);
  const { x0, x1 } = marks;
  const order = stackingOrder(marks);
  const ends = new Float64Array(limit).fill(-Infinity);
  const rows = new Uint8Array(x0.length);
  for (const index of order) {
    const start = x0[index]!;
    let row = 0;
    while (row < limit && ends[row]! + gapPx > start) row += 1;
    if (row < limit) ends[row] = Math.max(start, x1[index]!);
    rows[index] = row;
  }
  return rows;
}

/**
 * Positions of the marks by x0, then id. The timeline hands its marks in time order already, where only marks
 * of the same x0 can be out of id order: then only those runs are put in order (by insertion, as they are
 * short), not the whole lane on every zoom step.
 */
function stackingOrder({ x0, id }: StackColumns): Int32Array {
  const n = x0.length;
  const order = identity(n);
  // From scratch: an insertion given up midway leaves `order` without the mark it was moving.
  const sortAll = () =>
    identity(n).sort((a, b) => x0[a]! - x0[b]! || (id[a]! < id[b]! ? -1 : id[a]! > id[b]! ? 1 : 0));
  for (let i = 1; i < n; i += 1) if (x0[i - 1]! > x0[i]!) return sortAll();
  // Long runs of one x0 in reverse id order would make the insertion quadratic: past a budget, sort.
  let moves = 8 * n;
  for (let i = 1; i < n; i += 1) {
    const index = order[i]!;
    let j = i - 1;
    // Moves back only past earlier marks of the same x0 with a later id: the run it belongs to.
    while (j >= 0 && x0[order[j]!] === x0[index] && id[order[j]!]! > id[index]!) {
      if (--moves < 0) return sortAll();
      order[j + 1] = order[j]!;
      j -= 1;
    }
    order[j + 1] = index;
  }
  return order;
}

/** 0, 1, … n − 1. A plain loop: the first layout of 100,000 marks runs before the engine has optimised it. */
function identity(n: number): Int32Array {
  const order = new Int32Array(n);
  for (let index = 0; index < n; index += 1) order[index] = index;
  return order;
}
