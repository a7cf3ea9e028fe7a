/** A mark to stack: its finite horizontal extent in pixels, x1 being the right edge including its minimum width. */
export type StackItem = { id: string; x0: number; x1: number };

/** A binary min-heap; small and local because stacking is its only user. */
class MinHeap<T> {
  private readonly items: T[] = [];
  constructor(private readonly less: (a: T, b: T) => boolean) {}

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  push(item: T): void {
    const a = this.items;
    a.push(item);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(a[i]!, a[parent]!)) break;
      [a[i], a[parent]] = [a[parent]!, a[i]!];
      i = parent;
    }
  }

  pop(): T | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length === 0 || last === undefined) return top;
    a[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < a.length && this.less(a[l]!, a[m]!)) m = l;
      if (r < a.length && this.less(a[r]!, a[m]!)) m = r;
      if (m === i) return top;
      [a[i], a[m]] = [a[m]!, a[i]!];
      i = m;
    }
  }
}

/**
 * Row index per item id: each item, taken in order of x0 (then id), goes to the lowest row whose last item ends
 * at least `gapPx` before it starts. O(n log n): one heap holds busy rows by right edge, another the freed rows.
 */
export function stackRows(items: readonly StackItem[], gapPx: number): Map<string, number> {
  const order = items
    .map((item) => ({ id: item.id, x0: item.x0, x1: Math.max(item.x0, item.x1) }))
    .sort((a, b) => a.x0 - b.x0 || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const busy = new MinHeap<{ end: number; row: number }>(
    (a, b) => a.end < b.end || (a.end === b.end && a.row < b.row),
  );
  // A row freed once stays free for every later item, because later items start further right.
  const free = new MinHeap<number>((a, b) => a < b);
  const rows = new Map<string, number>();
  let rowCount = 0;
  for (const item of order) {
    while (busy.size > 0 && busy.peek()!.end + gapPx <= item.x0) free.push(busy.pop()!.row);
    const row = free.pop() ?? rowCount++;
    busy.push({ end: item.x1, row });
    rows.set(item.id, row);
  }
  return rows;
}
