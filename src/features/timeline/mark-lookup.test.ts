import { describe, expect, it } from 'vitest';
import { DAY, item, model, t0 } from './mark-fixtures.ts';
import { itemLookup, markIndexesOfRound, markIndexOf, markOfKey } from './mark-lookup.ts';
import { timelineView } from './timeline-view.ts';

// Many marks on few days (as in a density view), a round with a mark in two lanes, and one round out of view.
const items = [
  ...Array.from({ length: 30 }, (_, i) => item(`r${i}`, i % 2, i % 3)),
  item('both', 0, 1),
  item('both', 1, 1, 1, { key: 'both@l1' }),
  item('late', 0, 60),
];
const m = model(items);
const { marks } = timelineView(m, [t0 - DAY, t0 + 9 * DAY], 1000).layout;
const lookup = itemLookup(m);

describe('markIndexOf', () => {
  it('finds every mark in view at its place, among many marks of the same start', () => {
    marks.forEach((mark, index) => expect(markIndexOf(marks, mark.item)).toBe(index));
  });

  it('is -1 for an item out of view', () => {
    expect(markIndexOf(marks, lookup.byKey.get('late')!)).toBe(-1);
  });
});

describe('markOfKey and markIndexesOfRound', () => {
  it('name the mark of a key, and every mark of a round in the order of the marks', () => {
    expect(markOfKey(marks, lookup, 'both@l1')?.item.lane).toBe(1);
    expect(markOfKey(marks, lookup, 'late')).toBeUndefined();
    expect(markOfKey(marks, lookup, null)).toBeUndefined();
    const ofBoth = markIndexesOfRound(marks, lookup, 'both');
    expect(ofBoth.map((i) => marks[i]!.item.key)).toEqual(
      marks.filter((mk) => mk.item.roundId === 'both').map((mk) => mk.item.key),
    );
    expect(ofBoth).toHaveLength(2);
    expect(markIndexesOfRound(marks, lookup, 'late')).toEqual([]);
  });

  it('builds the lookup once per model', () => {
    expect(itemLookup(m)).toBe(lookup);
  });
});
