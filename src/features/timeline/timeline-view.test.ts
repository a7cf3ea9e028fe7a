import { describe, expect, it } from 'vitest';
import { allMarks, assignRows, LAYOUT, layoutMarks, type TimelineLayout } from './mark-layout.ts';
import { DAY, item, model, t0 } from './mark-fixtures.ts';
import type { TimeWindow } from './time-scale.ts';
import { itemLookup } from './mark-lookup.ts';
import {
  activeMarkKey as activeKeyOf,
  buttonMarks,
  longestDuration,
  stackingLevel,
  timelineView,
  type FocusState,
} from './timeline-view.ts';

const none = { focusedKey: null, targetRound: null, selectedId: null };

describe('stackingLevel', () => {
  it('rounds ms per pixel up to the next power of 1.25', () => {
    expect(stackingLevel([0, 1000], 1000)).toBe(1);
    expect(stackingLevel([0, 1200], 1000)).toBe(1.25);
    expect(stackingLevel([0, 1300], 1000)).toBe(1.5625);
  });

  it('is 1 before the timeline has a width', () => {
    expect(stackingLevel([0, 1000], 0)).toBe(1);
  });
});

describe('longestDuration', () => {
  it('is the longest mark in ms', () => {
    expect(longestDuration(model([item('a', 0, 0), item('b', 0, 5, 7)]))).toBe(3 * DAY - 1);
  });
});

describe('timelineView', () => {
  // Ten days over 1000 px: 100 px a day, starting the day before t0.
  const window: TimeWindow = [t0 - DAY, t0 + 9 * DAY];
  const m = model([item('a', 0, 0), item('b', 0, 0), item('c', 1, 3, 4)]);
  const view = timelineView(m, window, 1000);

  it('stacks marks on the same day into rows and sizes the lanes', () => {
    // A lane is its header (22), 30 px per row and 8 px padding.
    expect(view.rows.lanes.map((l) => [l.top, l.height, l.rows])).toEqual([
      [0, 90, 2],
      [90, 60, 1],
    ]);
    expect(view.rows.height).toBe(150);
  });

  it('places each mark at its dates and in its row', () => {
    expect(
      allMarks(view.layout).map((mk) => [mk.item.key, mk.x0, Math.round(mk.x1), mk.y, mk.row, mk.folded]),
    ).toEqual([
      ['a', 100, 200, 37, 0, false],
      ['b', 100, 200, 67, 1, false],
      ['c', 400, 600, 127, 0, false],
    ]);
    expect(view.layout.detailed).toBe(true);
  });

  it('draws a gridline at every minor axis tick', () => {
    expect(view.ticks.minor.length).toBeGreaterThan(0);
    expect(view.gridlines).toEqual(view.ticks.minor.map((t) => t.x));
    // At 100 px a day the minor ticks are days: 28 February at the left edge, 1 March 100 px on.
    expect(view.ticks.minor.slice(0, 2)).toEqual([
      { value: t0 - DAY, x: 0, label: '28' },
      { value: t0, x: 100, label: '1' },
    ]);
  });
});

describe('activeMarkKey', () => {
  const threeMarks = model([item('a', 0, 0), item('b', 0, 2), item('b', 1, 2, 2, { key: 'b@l1' })]);
  const { layout } = timelineView(threeMarks, [t0, t0 + 10 * DAY], 1000);
  const activeMarkKey = (shown: TimelineLayout, focus: typeof none | FocusState) =>
    activeKeyOf(shown, focus, itemLookup(threeMarks));

  it('is the first visible mark when nothing is focused, targeted or selected', () => {
    expect(activeMarkKey(layout, none)).toBe('a');
  });

  it('is the first visible mark when that one is folded into the density strip', () => {
    const rows = assignRows(threeMarks, DAY / 100);
    rows.rowAt[0] = LAYOUT.maxRows;
    const folding = layoutMarks(threeMarks, rows, [t0, t0 + 10 * DAY], 1000, DAY);
    expect(folding.folded.position).toEqual(Int32Array.of(0));
    expect(activeMarkKey(folding, none)).toBe('a');
  });

  it('follows the selected round, then the targeted round, then the focused mark', () => {
    expect(activeMarkKey(layout, { ...none, selectedId: 'b' })).toBe('b');
    expect(activeMarkKey(layout, { ...none, selectedId: 'b', targetRound: 'a' })).toBe('a');
    expect(activeMarkKey(layout, { focusedKey: 'b@l1', targetRound: 'a', selectedId: 'a' })).toBe('b@l1');
  });

  it('ignores a focused mark that has left the window', () => {
    expect(activeMarkKey(layout, { ...none, focusedKey: 'gone', selectedId: 'b' })).toBe('b');
  });

  it('is null when no mark is visible', () => {
    const empty = timelineView(threeMarks, [t0 + 20 * DAY, t0 + 30 * DAY], 1000).layout;
    expect(activeMarkKey(empty, { ...none, selectedId: 'a' })).toBeNull();
  });
});

describe('buttonMarks', () => {
  it('gives every visible mark a button in the detailed view', () => {
    const two = model([item('a', 0, 0), item('b', 0, 2)]);
    const { layout } = timelineView(two, [t0, t0 + 10 * DAY], 1000);
    expect(buttonMarks(layout, 'a', none, itemLookup(two)).map((m) => m.item.key)).toEqual(['a', 'b']);
  });

  it('keeps only the active, selected and targeted marks in the density view', () => {
    const many = model(
      Array.from({ length: LAYOUT.detailLimit + 1 }, (_, i) => item(`m${i}`, 0, i % 30)),
      1,
    );
    const { layout } = timelineView(many, [t0, t0 + 40 * DAY], 400);
    expect(layout.detailed).toBe(false);
    const inUse = { focusedKey: null, targetRound: 'm7', selectedId: 'm5' };
    const keys = buttonMarks(layout, 'm3', inUse, itemLookup(many)).map((m) => m.item.key);
    expect(keys).toEqual(['m3', 'm5', 'm7']);
  });

  it('orders the marks in use as the layout does, a folded one before a later shape', () => {
    const many = model(
      Array.from({ length: LAYOUT.detailLimit + 1 }, (_, i) => item(`m${i}`, 0, i % 30)),
      1,
    );
    const { layout } = timelineView(many, [t0, t0 + 40 * DAY], 400);
    const folded = allMarks(layout).find((m) => m.folded)!;
    const laterShape = layout.shapes.find((m) => m.position > folded.position)!;
    const inUse = { focusedKey: null, targetRound: laterShape.item.roundId, selectedId: folded.item.roundId };
    const marks = buttonMarks(layout, laterShape.item.key, inUse, itemLookup(many));
    expect(marks.map((m) => [m.item.key, m.folded])).toEqual([
      [folded.item.key, true],
      [laterShape.item.key, false],
    ]);
  });
});
