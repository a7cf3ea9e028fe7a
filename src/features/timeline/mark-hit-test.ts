import { quadtree } from 'd3-quadtree';
import { LAYOUT, markLeft, markRight, midX, type MarkGeometry } from './mark-layout.ts';

/** How far from a mark's centre, in CSS pixels, a pointer still picks it: half the 24 px target size. */
export const PICK_RADIUS = 12;

/**
 * Finds the mark under a pointer among thousands (the density view has no button per mark). A quadtree over
 * the marks' centres answers in O(log n), so a pointer move costs no scan over every mark. A wide range bar
 * is also found anywhere along its length, not only near its centre.
 */
export function markHitTester(
  marks: readonly MarkGeometry[],
): (x: number, y: number) => MarkGeometry | undefined {
  const tree = quadtree<MarkGeometry>()
    .x(midX)
    .y((m) => m.y)
    .addAll(marks as MarkGeometry[]);
  const wide = marks.filter((m) => markRight(m) - markLeft(m) > 2 * PICK_RADIUS);
  return (x, y) => {
    const near = tree.find(x, y, PICK_RADIUS);
    if (near) return near;
    return wide.find(
      (m) => x >= markLeft(m) && x <= markRight(m) && Math.abs(y - m.y) <= LAYOUT.rowHeight / 2,
    );
  };
}
