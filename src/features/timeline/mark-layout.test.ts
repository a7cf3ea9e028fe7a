import { describe, expect, it } from 'vitest';
import { allMarks, assignRows, LAYOUT, layoutMarks } from './mark-layout.ts';
import { DAY, item, model, t0 } from './mark-fixtures.ts';

describe('assignRows', () => {
  it('stacks overlapping marks of one lane into rows and sizes each lane by its rows', () => {
    const m = model([item('a', 0, 0, 4), item('b', 0, 2), item('c', 1, 10)]);
    const rows = assignRows(m, DAY / 10); // 10 px per day
    expect([...rows.rowAt]).toEqual([0, 1, 0]); // a, b, c in the model's order
    const laneHeight = (r: number) => LAYOUT.laneHeader + r * LAYOUT.rowHeight + LAYOUT.lanePadding;
    expect(rows.lanes.map((l) => [l.top, l.height, l.rows])).toEqual([
      [0, laneHeight(2), 2],
      [laneHeight(2), laneHeight(1), 1],
    ]);
    expect(rows.height).toBe(laneHeight(2) + laneHeight(1));
  });

  it('folds marks beyond the row limit into the last row and counts them', () => {
    const same = Array.from({ length: LAYOUT.maxRows + 3 }, (_, i) => item(`r${i}`, 0, 0));
    const rows = assignRows(model(same, 1), DAY / 10);
    expect(rows.lanes[0]?.folded).toBe(3);
    expect(rows.lanes[0]?.rows).toBe(LAYOUT.maxRows + 1);
  });
});

describe('layoutMarks', () => {
  const m = model([item('a', 0, 0), item('b', 0, 30), item('c', 1, 60, 62)]);

  it('places visible marks at their dates and skips those outside the window', () => {
    const window: [number, number] = [t0, t0 + 40 * DAY]; // 400 px wide: 10 px a day
    const layout = layoutMarks(m, assignRows(m, DAY / 10), window, 400, 3 * DAY);
    expect(allMarks(layout).map((mk) => [mk.item.key, mk.x0, Math.round(mk.x1), mk.y])).toEqual([
      ['a', 0, 10, LAYOUT.laneHeader + LAYOUT.rowHeight / 2],
      ['b', 300, 310, LAYOUT.laneHeader + LAYOUT.rowHeight / 2],
    ]);
  });

  it('labels marks with their full title when there is room, their short one when not', () => {
    const tight = model([item('a', 0, 0), item('b', 0, 6)], 1);
    const window: [number, number] = [t0, t0 + 40 * DAY];
    const layout = layoutMarks(tight, assignRows(tight, DAY / 10), window, 400, DAY);
    // "Round a" (7 chars, 45.5 px) from x = 18 would reach 63.5, past b's mark at 58 px (less the gap); "a" fits.
    expect(layout.labels.find((l) => l.id === 'a')?.text).toBe('a');
    expect(layout.labels.find((l) => l.id === 'b')?.text).toBe('Round b');
  });

  it('drops labels and details when more marks are visible than the detail limit', () => {
    const many = model(
      Array.from({ length: LAYOUT.detailLimit + 1 }, (_, i) => item(`m${i}`, 0, i % 30)),
      1,
    );
    const window: [number, number] = [t0, t0 + 40 * DAY];
    const layout = layoutMarks(many, assignRows(many, DAY / 10), window, 400, DAY);
    expect(layout.detailed).toBe(false);
    expect(layout.labels).toEqual([]);
  });

  it("keeps the marks past the fold as columns, and gives every mark back in the model's order", () => {
    // Seven marks on one day in one lane: five rows of shapes, two folded into the strip, between them a mark
    // of another lane.
    const crowded = model([
      ...Array.from({ length: 7 }, (_, i) => item(`m${i}`, 0, 2)),
      item('other', 1, 2, 2, { end: t0 + 3 * DAY }),
    ]);
    const window: [number, number] = [t0, t0 + 40 * DAY];
    const layout = layoutMarks(crowded, assignRows(crowded, DAY / 10), window, 400, DAY);
    const strip = LAYOUT.laneHeader + LAYOUT.maxRows * LAYOUT.rowHeight + LAYOUT.rowHeight / 2;
    expect(layout.shapes.map((mk) => [mk.item.key, mk.row])).toEqual([
      ['m0', 0],
      ['m1', 1],
      ['m2', 2],
      ['m3', 3],
      ['m4', 4],
      ['other', 0],
    ]);
    expect([...layout.folded.position].map((p) => crowded.items[p]!.key)).toEqual(['m5', 'm6']);
    expect([...layout.folded.y]).toEqual([strip, strip]);
    expect([...layout.folded.x0]).toEqual([20, 20]);
    const all = allMarks(layout);
    expect(all.map((mk) => mk.item)).toEqual(crowded.items);
    expect(all.map((mk) => mk.position)).toEqual(crowded.items.map((_, i) => i));
    expect(all.filter((mk) => mk.folded).map((mk) => [mk.item.key, mk.row, mk.y])).toEqual([
      ['m5', LAYOUT.maxRows, strip],
      ['m6', LAYOUT.maxRows, strip],
    ]);
    expect(allMarks(layout)).toBe(all);
  });
});
