import { firstIndex } from '../../utils/first-index.ts';
import { LAYOUT, markLeft, markRight, midX, type MarkGeometry } from './mark-layout.ts';

/** How far from a mark's centre, in CSS pixels, a pointer still picks it: half the 24 px target size. */
export const PICK_RADIUS = 12;

/**
 * Finds the mark under a pointer among thousands (the density view has no button per mark): the mark whose
 * centre is nearest, closer than PICK_RADIUS, else a wide range bar anywhere along its length.
 *
 * Marks sit in rows (a y each), so they are bucketed by row and, within a row, put in order of centre (mostly
 * the layout's time order already): a pointer looks at the one or two rows within reach and binary-searches
 * them. Building that is about one pass over the marks, where a quadtree over 100,000 marks took a long task
 * of its own on the first pointer move after every pan.
 */
export function markHitTester(
  marks: readonly MarkGeometry[],
): (x: number, y: number) => MarkGeometry | undefined {
  const rows = new Map<number, MarkGeometry[]>();
  for (const mark of marks) {
    const row = rows.get(mark.y);
    if (row) row.push(mark);
    else rows.set(mark.y, [mark]);
  }
  for (const row of rows.values()) {
    if (row.some((mark, i) => i > 0 && midX(row[i - 1]!) > midX(mark))) row.sort((a, b) => midX(a) - midX(b));
  }
  const wide = marks.filter((m) => markRight(m) - markLeft(m) > 2 * PICK_RADIUS);

  return (x, y) => {
    let nearest: MarkGeometry | undefined;
    let nearestSquared = PICK_RADIUS * PICK_RADIUS;
    const consider = (mark: MarkGeometry) => {
      const squared = (midX(mark) - x) ** 2 + (mark.y - y) ** 2;
      // Of marks at the same distance (same-day marks in a density strip share a centre), the last in the
      // layout's order wins: the one drawn on top.
      if (squared < nearestSquared || (nearest !== undefined && squared === nearestSquared)) {
        nearest = mark;
        nearestSquared = squared;
      }
    };
    for (const [rowY, row] of rows) {
      if (Math.abs(rowY - y) >= PICK_RADIUS) continue;
      const from = firstIndex(row, (mark) => midX(mark) <= x - PICK_RADIUS);
      for (let i = from; i < row.length && midX(row[i]!) < x + PICK_RADIUS; i++) {
        consider(row[i]!);
      }
    }
    return (
      nearest ??
      wide.find((m) => x >= markLeft(m) && x <= markRight(m) && Math.abs(y - m.y) <= LAYOUT.rowHeight / 2)
    );
  };
}
