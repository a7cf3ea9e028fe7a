import { describe, expect, it } from 'vitest';
import { assignRows, LAYOUT, layoutMarks } from './mark-layout.ts';
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
    expect(layout.marks.map((mk) => [mk.item.key, mk.x0, Math.round(mk.x1), mk.y])).toEqual([
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
});
