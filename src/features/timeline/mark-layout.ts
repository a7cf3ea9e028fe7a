import type { Lane } from '../../domain/round-lanes.ts';
import { layoutLabels, type Box, type PlacedLabel } from './label-layout.ts';
import { stackRows } from './stack-rows.ts';
import { firstIndex } from '../../utils/first-index.ts';
import type { TimeWindow } from './time-scale.ts';
import type { TimelineItem, TimelineModel } from './timeline-model.ts';

/** Vertical rhythm of the timeline, in CSS pixels. */
export const LAYOUT = {
  laneHeader: 22,
  rowHeight: 30,
  lanePadding: 8,
  /** A one-day round is drawn as a point this wide; ranges never get narrower. */
  pointWidth: 14,
  markGap: 6,
  /** Beyond this many rows a lane folds its other marks into a density strip (level of detail). */
  maxRows: 5,
  labelCharWidth: 6.5,
  labelGap: 6,
  /** Above this many visible marks, labels and per-mark buttons give way to the density view. */
  detailLimit: 400,
} as const;

const NO_HEADINGS: ReadonlyMap<string, number> = new Map();

export interface MarkGeometry {
  item: TimelineItem;
  /** Where the item is among the model's items: the order marks are laid out, drawn and named in. */
  position: number;
  x0: number;
  x1: number;
  /** Vertical centre of the mark's row. */
  y: number;
  row: number;
  /** True when the lane had no free row: drawn in the density strip, without label or button. */
  folded: boolean;
}

export interface LaneGeometry {
  lane: Lane;
  top: number;
  /** Room above the lane's first row for its heading: LAYOUT.laneHeader, or more where the heading wraps. */
  header: number;
  height: number;
  rows: number;
  folded: number;
}

/** Rows per item for one zoom level; they do not depend on panning, so a pan never reshuffles rows. */
export interface RowAssignment {
  msPerPx: number;
  /** The row of each item, by its position in the model's items (folded ones in row LAYOUT.maxRows). */
  rowAt: Uint8Array;
  lanes: LaneGeometry[];
  height: number;
}

/** The model's items as columns, by position in its items: what layouts and zoom steps read of every item. */
interface ModelColumns {
  start: Float64Array;
  end: Float64Array;
  lane: Int32Array;
  /** Per lane, its items in time order: their keys (which order marks of one start) and positions. */
  lanes: { id: string[]; position: Int32Array }[];
}

const columnsOfModel = new WeakMap<TimelineModel, ModelColumns>();

/**
 * The model's columns, built once per model. A zoom step restacks every lane and a layout reads every item in
 * view, up to 100,000 on each frame; read from typed arrays rather than from item objects spread over the
 * heap, that is a few reads in a row per item.
 */
export function modelColumns(model: TimelineModel): ModelColumns {
  const cached = columnsOfModel.get(model);
  if (cached) return cached;
  const { items } = model;
  const counts = model.lanes.map(() => 0);
  for (const item of items) if (item.lane < counts.length) counts[item.lane]! += 1;
  const columns: ModelColumns = {
    start: new Float64Array(items.length),
    end: new Float64Array(items.length),
    lane: new Int32Array(items.length),
    lanes: counts.map((count) => ({ id: new Array<string>(count), position: new Int32Array(count) })),
  };
  const filled = counts.map(() => 0);
  // Plain loops: TypedArray.from with a mapping function took 70-90 ms for 100,000 items.
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i]!;
    columns.start[i] = item.start;
    columns.end[i] = item.end;
    columns.lane[i] = item.lane;
    const lane = columns.lanes[item.lane];
    if (!lane) continue;
    const k = filled[item.lane]!++;
    lane.id[k] = item.key;
    lane.position[k] = i;
  }
  columnsOfModel.set(model, columns);
  return columns;
}

/**
 * Stacks each lane's marks into rows at this zoom level (ms per pixel), folding overflow beyond maxRows.
 * `headings` gives the height in pixels of lane headings that need more than LAYOUT.laneHeader (a heading
 * that wraps on a narrow screen or with wider text spacing), so the marks start below them.
 */
export function assignRows(
  model: TimelineModel,
  msPerPx: number,
  headings: ReadonlyMap<string, number> = NO_HEADINGS,
): RowAssignment {
  const { start, end, lanes: laneColumns } = modelColumns(model);
  const columns = laneColumns.map(({ id, position }) => {
    const x0 = new Float64Array(id.length);
    const x1 = new Float64Array(id.length);
    // Constants read once, not per mark: this runs over every mark on a zoom step, and the first time before
    // the engine has optimised it.
    const half = LAYOUT.pointWidth / 2;
    const width = LAYOUT.pointWidth;
    for (let k = 0; k < id.length; k += 1) {
      const at = position[k]!;
      const left = start[at]! / msPerPx;
      x0[k] = left - half;
      x1[k] = Math.max(end[at]! / msPerPx, left + width);
    }
    return { id, position, x0, x1 };
  });
  // A typed array by position, not a map by key: the layout reads it for every mark in view on every frame.
  const rowAt = new Uint8Array(model.items.length);
  const lanes: LaneGeometry[] = [];
  let top = 0;
  model.lanes.forEach((lane, index) => {
    const marks = columns[index]!;
    const rows = stackRows(marks, LAYOUT.markGap, LAYOUT.maxRows);
    let used = 1;
    let folded = 0;
    for (let k = 0; k < rows.length; k += 1) {
      const row = rows[k]!;
      if (row === LAYOUT.maxRows) folded += 1;
      rowAt[marks.position[k]!] = row;
      if (row >= used) used = row + 1;
    }
    const header = Math.max(LAYOUT.laneHeader, Math.ceil(headings.get(lane.id) ?? 0));
    const height = header + used * LAYOUT.rowHeight + LAYOUT.lanePadding;
    lanes.push({ lane, top, header, height, rows: used, folded });
    top += height;
  });
  return { msPerPx, rowAt, lanes, height: top };
}

/**
 * The marks folded into their lane's density strip, as columns rather than an object each. In a density view
 * they are most of the marks in view (86,000 of 100,000 generated rounds over 1,200 px), and an object apiece
 * on every frame of a gesture was most of its garbage, and its collector most of its long tasks.
 */
export interface FoldedMarks {
  /** The model's items, which `position` indexes. */
  items: readonly TimelineItem[];
  /** Each folded mark's item, by its position in `items`, in that order. */
  position: Int32Array;
  x0: Float64Array;
  x1: Float64Array;
  /** The strip's vertical centre. */
  y: Float64Array;
}

/** No folded marks: the layout of a timeline not yet measured, or of marks that are all shapes. */
export const NO_FOLDED_MARKS: FoldedMarks = {
  items: [],
  position: new Int32Array(0),
  x0: new Float64Array(0),
  x1: new Float64Array(0),
  y: new Float64Array(0),
};

export interface TimelineLayout {
  /**
   * The marks drawn as shapes, in the rows above their lane's fold: at most LAYOUT.maxRows rows per lane of
   * marks that do not overlap, so their number is bounded by lanes and width, not by the dataset (14,000 of
   * 100,000 generated rounds in 66 lanes over 1,200 px).
   */
  shapes: MarkGeometry[];
  folded: FoldedMarks;
  labels: PlacedLabel[];
  /** False when too many marks are visible for labels and buttons (the density view). */
  detailed: boolean;
}

/** Positions the marks visible in `window` at `width` pixels, and places their labels without overlap. */
export function layoutMarks(
  model: TimelineModel,
  rows: RowAssignment,
  window: TimeWindow,
  width: number,
  maxDuration: number,
): TimelineLayout {
  const msPerPx = (window[1] - window[0]) / width;
  const margin = LAYOUT.pointWidth * msPerPx;
  const items = model.items;
  const { start, end, lane: laneOf } = modelColumns(model);
  // Items are sorted by start: skip those that end before the window, and those after it, by binary search.
  const from = window[0] - maxDuration - margin;
  const lo = firstIndex(start, (at) => at < from);
  const hi = firstIndex(start, (at) => at <= window[1] + margin);
  const shapes: MarkGeometry[] = [];
  const capacity = Math.max(hi - lo, 0);
  const position = new Int32Array(capacity);
  const foldedX0 = new Float64Array(capacity);
  const foldedX1 = new Float64Array(capacity);
  const foldedY = new Float64Array(capacity);
  let folded = 0;
  for (let i = lo; i < hi; i += 1) {
    if (end[i]! < window[0] - margin) continue;
    const lane = rows.lanes[laneOf[i]!];
    const row = rows.rowAt[i] ?? 0;
    if (!lane) continue;
    const x0 = (start[i]! - window[0]) / msPerPx;
    const x1 = Math.max((end[i]! - window[0]) / msPerPx, x0);
    const y = lane.top + lane.header + row * LAYOUT.rowHeight + LAYOUT.rowHeight / 2;
    if (row < LAYOUT.maxRows) {
      shapes.push({ item: items[i]!, position: i, x0, x1, y, row, folded: false });
    } else {
      position[folded] = i;
      foldedX0[folded] = x0;
      foldedX1[folded] = x1;
      foldedY[folded] = y;
      folded += 1;
    }
  }
  const layout: TimelineLayout = {
    shapes,
    folded: {
      items,
      position: position.subarray(0, folded),
      x0: foldedX0.subarray(0, folded),
      x1: foldedX1.subarray(0, folded),
      y: foldedY.subarray(0, folded),
    },
    labels: [],
    detailed: shapes.length + folded <= LAYOUT.detailLimit,
  };
  if (layout.detailed) layout.labels = placeLabels(allMarks(layout), width);
  return layout;
}

/** The folded mark `k` (an index into `folded`'s columns) as an object, for the few places that name one. */
export function foldedMark(folded: FoldedMarks, k: number): MarkGeometry {
  const position = folded.position[k]!;
  return {
    item: folded.items[position]!,
    position,
    x0: folded.x0[k]!,
    x1: folded.x1[k]!,
    y: folded.y[k]!,
    row: LAYOUT.maxRows,
    folded: true,
  };
}

const allMarksOfLayout = new WeakMap<TimelineLayout, readonly MarkGeometry[]>();

/**
 * Every mark in view as an object, shapes and folded marks together in the layout's order, built once per
 * layout. For what runs once a view has settled or is small (labels, export, the hit tester's rows), never
 * on every frame of a gesture.
 */
export function allMarks(layout: TimelineLayout): readonly MarkGeometry[] {
  const cached = allMarksOfLayout.get(layout);
  if (cached) return cached;
  const { shapes, folded } = layout;
  const marks: MarkGeometry[] = [];
  let s = 0;
  for (let k = 0; k < folded.position.length; k += 1) {
    while (s < shapes.length && shapes[s]!.position < folded.position[k]!) marks.push(shapes[s++]!);
    marks.push(foldedMark(folded, k));
  }
  while (s < shapes.length) marks.push(shapes[s++]!);
  allMarksOfLayout.set(layout, marks);
  return marks;
}

/** Labels sit right of their mark in the mark's row, never over another mark or label. */
function placeLabels(marks: readonly MarkGeometry[], width: number): PlacedLabel[] {
  const obstacles = new Map<number, Box[]>();
  const rowKey = (m: MarkGeometry) => Math.round(m.y);
  for (const mark of marks) {
    const box = { x0: markLeft(mark), x1: markRight(mark) };
    const row = obstacles.get(rowKey(mark));
    if (row) row.push(box);
    else obstacles.set(rowKey(mark), [box]);
  }
  for (const boxes of obstacles.values()) boxes.sort((a, b) => a.x0 - b.x0);
  const { placed } = layoutLabels(
    marks
      .filter((m) => !m.folded)
      .map((m) => ({
        id: m.item.key,
        anchorX: markRight(m) + LAYOUT.labelGap,
        row: rowKey(m),
        priority: m.item.priority,
        full: m.item.title,
        short: m.item.shortTitle,
      })),
    { width, charWidth: LAYOUT.labelCharWidth, gap: LAYOUT.labelGap, obstacles: mergeTouching(obstacles) },
  );
  return placed;
}

/** Left edge of a mark as drawn: points are centred on their day. */
export function markLeft(mark: MarkGeometry): number {
  return mark.item.dateKind === 'day' ? midX(mark) - LAYOUT.pointWidth / 2 : mark.x0;
}

export function markRight(mark: MarkGeometry): number {
  return mark.item.dateKind === 'day'
    ? midX(mark) + LAYOUT.pointWidth / 2
    : Math.max(mark.x1, mark.x0 + LAYOUT.pointWidth);
}

export function midX(mark: MarkGeometry): number {
  return (mark.x0 + mark.x1) / 2;
}

/** The label layout needs disjoint, sorted boxes; marks in one row may touch, so merge those. */
function mergeTouching(rows: Map<number, Box[]>): Map<number, Box[]> {
  const merged = new Map<number, Box[]>();
  for (const [row, boxes] of rows) {
    const out: Box[] = [];
    for (const box of boxes) {
      const last = out.at(-1);
      if (last && box.x0 <= last.x1 + LAYOUT.labelGap) last.x1 = Math.max(last.x1, box.x1);
      else out.push({ ...box });
    }
    merged.set(row, out);
  }
  return merged;
}
