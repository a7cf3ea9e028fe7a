import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runSteps } from '../../utils/steps.ts';
import { hitTesterSteps, PICK_RADIUS } from './mark-hit-test.ts';
import { LAYOUT, markLeft, markRight, midX, NO_FOLDED_MARKS, type MarkGeometry } from './mark-layout.ts';
import type { TimelineItem } from './timeline-model.ts';

const mark = (key: string, x0: number, x1: number, y: number, dateKind: TimelineItem['dateKind'] = 'day') =>
  ({
    item: { key, roundId: key, dateKind } as TimelineItem,
    x0,
    x1,
    y,
    row: 0,
    folded: false,
  }) as MarkGeometry;

const markHitTester = (marks: MarkGeometry[]) =>
  runSteps(hitTesterSteps({ shapes: marks, folded: NO_FOLDED_MARKS }));

describe('hitTesterSteps', () => {
  const marks = [mark('a', 100, 100, 50), mark('b', 110, 110, 50), mark('c', 100, 100, 80)];
  const hit = markHitTester(marks);

  it('picks the nearest mark centre within the pick radius', () => {
    expect(hit(103, 52)?.item.key).toBe('a');
    expect(hit(108, 49)?.item.key).toBe('b');
    expect(hit(101, 76)?.item.key).toBe('c');
  });

  it('picks the last of marks sharing a centre, the one drawn on top', () => {
    const shared = [mark('first', 100, 100, 50), mark('second', 100, 100, 50), mark('third', 100, 100, 50)];
    expect(markHitTester(shared)(101, 50)?.item.key).toBe('third');
  });

  it('picks nothing at exactly the radius', () => {
    expect(markHitTester([mark('a', 100, 100, 50)])(100 + PICK_RADIUS, 50)).toBeUndefined();
    expect(markHitTester([mark('a', 100, 100, 50)])(100 + PICK_RADIUS - 0.5, 50)?.item.key).toBe('a');
  });

  it('picks nothing farther than the radius', () => {
    expect(hit(100 + PICK_RADIUS + 1, 80)).toBeUndefined();
    expect(hit(300, 50)).toBeUndefined();
  });

  it('picks a wide range bar anywhere along it', () => {
    const bar = mark('range', 200, 400, 20, 'range');
    const find = markHitTester([...marks, bar]);
    expect(find(390, 25)?.item.key).toBe('range');
    expect(find(390, 40)).toBeUndefined();
  });

  it('picks a day mark by its centre when a day is wider than the pick radius', () => {
    // Zoomed in to 100 px a day: the point sits mid-day, 50 px right of where the day starts.
    const days = [mark('d1', 0, 100, 50), mark('d2', 100, 200, 50), mark('d3', 200, 300, 50)];
    const find = markHitTester(days);
    expect(find(147, 50)?.item.key).toBe('d2');
    expect(find(100, 50)).toBeUndefined(); // between two points, 50 px from each
  });

  it('picks among marks out of centre order, as long ranges and points mix in a row', () => {
    const mixed = [mark('long', 0, 300, 50, 'range'), mark('p', 100, 100, 50), mark('q', 160, 160, 50)];
    const find = markHitTester(mixed);
    expect(find(152, 50)?.item.key).toBe('long');
    expect(find(102, 50)?.item.key).toBe('p');
    expect(find(158, 50)?.item.key).toBe('q');
  });

  it('answers among 100,000 folded marks, read from their columns', () => {
    // A hundred strips of a thousand marks, one a pixel apart.
    const n = 100_000;
    const items = Array.from({ length: n }, (_, i) => ({ key: `m${i}`, dateKind: 'day' }) as TimelineItem);
    const folded = {
      items,
      position: Int32Array.from(items, (_, i) => i),
      x0: Float64Array.from(items, (_, i) => i % 1000),
      x1: Float64Array.from(items, (_, i) => i % 1000),
      y: Float64Array.from(items, (_, i) => 15 + 30 * Math.floor(i / 1000)),
    };
    const find = runSteps(hitTesterSteps({ shapes: [mark('shape', 500, 500, 2000)], folded }));
    expect(find(500.4, 15 + 30 * 42)?.item.key).toBe('m42500');
    expect(find(500.4, 15 + 30 * 42)?.folded).toBe(true);
    expect(find(501, 2001)?.item.key).toBe('shape');
  });

  it('picks what a search of every mark picks, whatever the mix of points and ranges in a row', () => {
    // Marks in order of start, as the layout gives them; ranges up to `reach` px long put the row out of
    // centre order, a little (short ranges) or past the sort's budget of moves (long ones).
    const row = (reach: number) =>
      fc
        .array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: reach }), fc.boolean()), {
          minLength: 1,
          maxLength: 300,
          size: 'max',
        })
        .map((specs) =>
          specs
            .sort(([a], [b]) => a - b)
            .map(([x0, length, isRange], i) =>
              isRange ? mark(`r${i}`, x0, x0 + length, 50, 'range') : mark(`p${i}`, x0, x0, 50),
            ),
        );
    fc.assert(
      fc.property(fc.oneof(row(6), row(2000)), fc.integer({ min: -20, max: 2420 }), (marks, x) => {
        const find = markHitTester(marks);
        // At every centre, where losing or misplacing a mark would show, and somewhere at random.
        for (const at of [...marks.map(midX), x]) expect(find(at, 50)).toBe(searchEvery(marks, at, 50));
      }),
    );
  });
});

/** The mark markHitTester should find, by looking at every one: the nearest centre, the last of equals. */
function searchEvery(marks: readonly MarkGeometry[], x: number, y: number): MarkGeometry | undefined {
  let nearest: MarkGeometry | undefined;
  let nearestSquared = PICK_RADIUS * PICK_RADIUS;
  const byCentre = [...marks].sort((a, b) => midX(a) - midX(b));
  for (const m of byCentre) {
    const squared = (midX(m) - x) ** 2 + (m.y - y) ** 2;
    if (squared < nearestSquared || (nearest !== undefined && squared === nearestSquared)) {
      nearest = m;
      nearestSquared = squared;
    }
  }
  return (
    nearest ??
    marks.find(
      (m) =>
        markRight(m) - markLeft(m) > 2 * PICK_RADIUS &&
        x >= markLeft(m) &&
        x <= markRight(m) &&
        Math.abs(y - m.y) <= LAYOUT.rowHeight / 2,
    )
  );
}
