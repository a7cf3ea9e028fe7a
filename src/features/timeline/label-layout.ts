/** A label candidate: it belongs to the mark at `anchorX` on `row`; `short` is tried when `full` does not fit. */
export type LabelInput = {
  id: string;
  anchorX: number;
  row: number;
  priority: number;
  full: string;
  short: string;
};

/** The visible width in pixels, the estimated width of one character, and the minimum space between labels. */
export type LabelOptions = {
  width: number;
  charWidth: number;
  gap: number;
  /** Boxes already taken in each row (the marks themselves), sorted by x0 and apart from each other. */
  obstacles?: ReadonlyMap<number, readonly Box[]>;
};

/** A placed label: the text chosen (full or short) and its box [x, x + width] on its row. */
export type PlacedLabel = { id: string; text: string; x: number; width: number; row: number };

/** The labels placed, in placement order, and the ids of those that found no room, in the same order. */
export type LabelLayout = { placed: PlacedLabel[]; dropped: string[] };

export type Box = { x0: number; x1: number };

const byPlacementOrder = (a: LabelInput, b: LabelInput) =>
  b.priority - a.priority || a.anchorX - b.anchorX || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Where a box [x0, x1] would go in a row's boxes (sorted, at least `gap` apart), or -1 if it would come closer
 * than `gap` to one of them. Because the boxes do not overlap, their right edges are sorted too, so a binary
 * search finds the only box that could collide: the first one whose right edge reaches past x0 - gap.
 */
function insertionIndex(boxes: Box[], x0: number, x1: number, gap: number): number {
  let lo = 0;
  let hi = boxes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (boxes[mid]!.x1 + gap <= x0) lo = mid + 1;
    else hi = mid;
  }
  const next = boxes[lo];
  return next !== undefined && next.x0 < x1 + gap ? -1 : lo;
}

/**
 * Places labels right of their anchors (shifted left where they would leave [0, width]), highest priority first,
 * ties by anchorX then id; a label takes its full text, else its short text, else it is dropped (the UI shows
 * dropped labels on hover or focus). O(n log n): a sort, then a binary search in the label's row.
 */
export function layoutLabels(labels: readonly LabelInput[], options: LabelOptions): LabelLayout {
  const { width, charWidth } = options;
  // A negative gap would let labels overlap, which is exactly what this layout must prevent.
  const gap = Math.max(0, options.gap);
  const rows = new Map<number, Box[]>();
  for (const [row, boxes] of options.obstacles ?? []) rows.set(row, [...boxes]);
  const placed: PlacedLabel[] = [];
  const dropped: string[] = [];

  for (const label of [...labels].sort(byPlacementOrder)) {
    let boxes = rows.get(label.row);
    if (boxes === undefined) rows.set(label.row, (boxes = []));
    const fit = Number.isFinite(label.anchorX) ? tryPlace(boxes, label, width, charWidth, gap) : undefined;
    if (fit === undefined) dropped.push(label.id);
    else placed.push({ id: label.id, text: fit.text, x: fit.x, width: fit.width, row: label.row });
  }
  return { placed, dropped };
}

/** Claims room for the full, then the short text; returns what was placed, or undefined. */
function tryPlace(boxes: Box[], label: LabelInput, width: number, charWidth: number, gap: number) {
  for (const text of [label.full, label.short]) {
    const w = text.length * charWidth;
    // An empty label says nothing, and one wider than the view cannot be shown whole.
    if (text.length === 0 || w > width) continue;
    const x = Math.min(Math.max(label.anchorX, 0), width - w);
    const index = insertionIndex(boxes, x, x + w, gap);
    if (index === -1) continue;
    // Splicing is cheap: a row holds at most width / charWidth labels, however many candidates there are.
    boxes.splice(index, 0, { x0: x, x1: x + w });
    return { text, x, width: w };
  }
  return undefined;
}
