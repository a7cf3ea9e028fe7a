import { firstIndex } from '../../utils/first-index.ts';

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
  const lo = firstIndex(boxes, (box) => box.x1 + gap <= x0);
  const next = boxes[lo];
  return next !== undefined && next.x0 < x1 + gap ? -1 : lo;
}

/**
 * Places labels right of their anchors (shifted left where they would leave [0, width]), in two passes so that
 * every mark with room for its short text gets a label before any label takes its full text: first each label
 * claims its short text (highest priority first, ties by anchorX then id; a label with no room is dropped, and
 * the UI shows it on hover or focus), then each placed label widens to its full text where that still fits.
 * O(n log n): a sort, then a binary search in the label's row per pass.
 */
export function layoutLabels(labels: readonly LabelInput[], options: LabelOptions): LabelLayout {
  const { width, charWidth } = options;
  // A negative gap would let labels overlap, which is exactly what this layout must prevent.
  const gap = Math.max(0, options.gap);
  const rows = new Map<number, Box[]>();
  for (const [row, boxes] of options.obstacles ?? []) rows.set(row, [...boxes]);
  const claimed: { label: LabelInput; box: Box; text: string }[] = [];
  const dropped: string[] = [];
  const ordered = [...labels].sort(byPlacementOrder);

  for (const label of ordered) {
    let boxes = rows.get(label.row);
    if (boxes === undefined) rows.set(label.row, (boxes = []));
    const first = label.short.length > 0 ? label.short : label.full;
    const texts = first === label.full ? [label.full] : [first, label.full];
    const fit = Number.isFinite(label.anchorX)
      ? claim(boxes, label, texts, width, charWidth, gap)
      : undefined;
    if (fit === undefined) dropped.push(label.id);
    else claimed.push({ label, ...fit });
  }
  for (const entry of claimed) {
    if (entry.text === entry.label.full) continue;
    const boxes = rows.get(entry.label.row)!;
    const widened = widen(boxes, entry.box, entry.label, width, charWidth, gap);
    if (widened) {
      entry.box = widened;
      entry.text = entry.label.full;
    }
  }
  const placed = claimed.map(({ label, box, text }) => ({
    id: label.id,
    text,
    x: box.x0,
    width: box.x1 - box.x0,
    row: label.row,
  }));
  return { placed, dropped };
}

/** The box a text of this length would take for this label, kept inside [0, width]; undefined if it can't. */
function boxFor(label: LabelInput, text: string, width: number, charWidth: number): Box | undefined {
  const w = text.length * charWidth;
  // An empty label says nothing, and one wider than the view cannot be shown whole.
  if (text.length === 0 || w > width) return undefined;
  const x = Math.min(Math.max(label.anchorX, 0), width - w);
  return { x0: x, x1: x + w };
}

/** Claims room for the first of `texts` that fits; returns its box and text, or undefined. */
function claim(
  boxes: Box[],
  label: LabelInput,
  texts: readonly string[],
  width: number,
  charWidth: number,
  gap: number,
) {
  for (const text of texts) {
    const box = boxFor(label, text, width, charWidth);
    if (box === undefined) continue;
    const index = insertionIndex(boxes, box.x0, box.x1, gap);
    if (index === -1) continue;
    // Splicing is cheap: a row holds at most width / charWidth labels, however many candidates there are.
    boxes.splice(index, 0, box);
    return { box, text };
  }
  return undefined;
}

/** Replaces a placed short label's box with its full text's, if that keeps `gap` from its neighbours. */
function widen(boxes: Box[], box: Box, label: LabelInput, width: number, charWidth: number, gap: number) {
  const wide = boxFor(label, label.full, width, charWidth);
  const index = boxes.indexOf(box);
  if (wide === undefined || index === -1) return undefined;
  const before = boxes[index - 1];
  const after = boxes[index + 1];
  if (before !== undefined && before.x1 + gap > wide.x0) return undefined;
  if (after !== undefined && wide.x1 + gap > after.x0) return undefined;
  boxes[index] = wide;
  return wide;
}
