import { describe, expect, it } from 'vitest';
import { DAY, item, model, t0 } from './mark-fixtures.ts';
import { allMarks } from './mark-layout.ts';
import { itemLookup, markOfItem, markOfKey, marksOfRound } from './mark-lookup.ts';
import { timelineView } from './timeline-view.ts';

// Many marks on few days (as in a density view), a round with a mark in two lanes, and one round out of view.
const items = [
  ...Array.from({ length: 30 }, (_, i) => item(`r${i}`, i % 2, i % 3)),
  item('both', 0, 1),
  item('both', 1, 1, 1, { key: 'both@l1' }),
  item('late', 0, 60),
];
const m = model(items);
const { layout } = timelineView(m, [t0 - DAY, t0 + 9 * DAY], 1000);
const marks = allMarks(layout);
const lookup = itemLookup(m);

describe('markOfItem', () => {
  it('finds every mark in view, shapes and folded ones, among many marks of the same start', () => {
    expect(layout.shapes.length).toBeGreaterThan(0);
    expect(layout.folded.position.length).toBeGreaterThan(0);
    for (const mark of marks) expect(markOfItem(layout, mark.item)).toEqual(mark);
  });

  it('is undefined for an item out of view', () => {
    expect(markOfItem(layout, lookup.byKey.get('late')!)).toBeUndefined();
  });
});

describe('markOfKey and marksOfRound', () => {
  it('name the mark of a key, and every mark of a round in the order of the marks', () => {
    expect(markOfKey(layout, lookup, 'both@l1')?.item.lane).toBe(1);
    expect(markOfKey(layout, lookup, 'late')).toBeUndefined();
    expect(markOfKey(layout, lookup, null)).toBeUndefined();
    const ofBoth = marksOfRound(layout, lookup, 'both');
    expect(ofBoth).toEqual(marks.filter((mk) => mk.item.roundId === 'both'));
    expect(ofBoth).toHaveLength(2);
    expect(marksOfRound(layout, lookup, 'late')).toEqual([]);
    // A round whose one mark has its id as key is found through the key, not a list of its own.
    expect(lookup.byRound.has('r3')).toBe(false);
    expect(marksOfRound(layout, lookup, 'r3')).toEqual(marks.filter((mk) => mk.item.roundId === 'r3'));
    expect(marksOfRound(layout, lookup, 'r3')).toHaveLength(1);
    expect(marksOfRound(layout, lookup, 'no-such-round')).toEqual([]);
  });

  it('builds the lookup once per model', () => {
    expect(itemLookup(m)).toBe(lookup);
  });
});
