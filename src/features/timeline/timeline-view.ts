import { axisTicks, type Tick } from './axis-ticks.ts';
import {
  allMarks,
  assignRows,
  foldedMark,
  layoutMarks,
  type MarkGeometry,
  type RowAssignment,
  type TimelineLayout,
} from './mark-layout.ts';
import type { TimeWindow } from './time-scale.ts';
import type { TimelineModel } from './timeline-model.ts';
import { markOfKey, marksOfRound, type ItemLookup } from './mark-lookup.ts';

/**
 * The timeline's view model: window → rows → layout, as plain data. Everything here is pure, so the renderer
 * only draws what it is given and the numbers are unit-tested.
 */
export interface TimelineView {
  rows: RowAssignment;
  layout: TimelineLayout;
  /** Axis labels; the canvas draws a gridline at every minor tick. */
  ticks: { minor: Tick[]; major: Tick[] };
  gridlines: number[];
}

/**
 * Rows are stacked for zoom levels a factor 1.25 apart, not for every zoom frame, so a zoom gesture restacks
 * a few times instead of sixty times a second. Rounding up to the coarser level stacks as if slightly more
 * zoomed out, which separates marks a little more than needed and never lets them overlap.
 */
export function stackingLevel(window: TimeWindow, width: number): number {
  if (!(width > 0)) return 1;
  const msPerPx = (window[1] - window[0]) / width;
  return Math.pow(1.25, Math.ceil(Math.log(msPerPx) / Math.log(1.25)));
}

/** The longest mark in ms; the layout looks this far before the window for marks that reach into it. */
export function longestDuration(model: TimelineModel): number {
  return model.items.reduce((max, item) => Math.max(max, item.end - item.start), 0);
}

/** Rows for the window's zoom level; they do not change while panning. */
function timelineRows(model: TimelineModel, window: TimeWindow, width: number): RowAssignment {
  return assignRows(model, stackingLevel(window, width));
}

/** Ticks for the axis and the gridlines for the canvas, one set per window. */
export function timelineTicks(window: TimeWindow, width: number): Pick<TimelineView, 'ticks' | 'gridlines'> {
  const ticks = axisTicks(window, Math.max(width, 1));
  return { ticks, gridlines: ticks.minor.map((tick) => tick.x) };
}

/** Marks and labels visible in the window, over rows from `timelineRows`. */
export function timelineLayout(
  model: TimelineModel,
  rows: RowAssignment,
  window: TimeWindow,
  width: number,
  maxDuration = longestDuration(model),
): TimelineLayout {
  return layoutMarks(model, rows, window, Math.max(width, 1), maxDuration);
}

/** The whole view for one window in one call: the steps useTimelineView memoises one by one (tests, export). */
export function timelineView(model: TimelineModel, window: TimeWindow, width: number): TimelineView {
  const rows = timelineRows(model, window, width);
  return { rows, layout: timelineLayout(model, rows, window, width), ...timelineTicks(window, width) };
}

/** What the reader is pointing at: the mark with keyboard focus, the round being moved to, the selection. */
export interface FocusState {
  focusedKey: string | null;
  targetRound: string | null;
  selectedId: string | null;
}

/**
 * The mark that holds the timeline's one tab stop: the focused mark while it is visible, else the round the
 * keys moved to, else the selected round, else the first visible mark.
 */
export function activeMarkKey(layout: TimelineLayout, focus: FocusState, lookup: ItemLookup): string | null {
  const keyOfRound = (id: string | null) => marksOfRound(layout, lookup, id)[0]?.item.key;
  return (
    markOfKey(layout, lookup, focus.focusedKey)?.item.key ??
    keyOfRound(focus.targetRound) ??
    keyOfRound(focus.selectedId) ??
    firstMark(layout)?.item.key ??
    null
  );
}

/** The first mark in the layout's order, a shape or a folded one. */
function firstMark(layout: TimelineLayout): MarkGeometry | undefined {
  const [shape] = layout.shapes;
  const { folded } = layout;
  if (folded.position.length === 0 || (shape && shape.position < folded.position[0]!)) return shape;
  return foldedMark(folded, 0);
}

/**
 * The marks that get a button. Every visible mark does, folded ones included, so every round can be reached
 * and named; in the density view (too many marks) only the marks in use do, found without a pass over all.
 */
export function buttonMarks(
  layout: TimelineLayout,
  activeKey: string | null,
  focus: FocusState,
  lookup: ItemLookup,
): readonly MarkGeometry[] {
  if (layout.detailed) return allMarks(layout);
  const inUse = new Map<number, MarkGeometry>();
  for (const mark of [
    markOfKey(layout, lookup, activeKey),
    ...marksOfRound(layout, lookup, focus.selectedId),
    ...marksOfRound(layout, lookup, focus.targetRound),
  ]) {
    if (mark) inUse.set(mark.position, mark);
  }
  return [...inUse.values()].sort((a, b) => a.position - b.position);
}
