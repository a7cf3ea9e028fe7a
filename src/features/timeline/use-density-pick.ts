import { useEffect, useMemo, useState, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import type { markHitTester } from './mark-hit-test.ts';
import type { TimelineLayout } from './mark-layout.ts';

// The hit tester is a chunk fetched when a density view first appears: most timelines are detailed, with a
// button per mark, and never need it; the first load stays smaller for all of them.
let hitTesters: typeof markHitTester | null = null;
const loadHitTesters = () =>
  import('./mark-hit-test.ts').then((m) => {
    hitTesters = m.markHitTester;
  });

interface Options {
  body: RefObject<HTMLElement | null>;
  layout: TimelineLayout;
  onHoverMark: (key: string | null) => void;
  onSelect: (roundId: string) => void;
}

/**
 * Lets a mouse user point at and pick any mark in the density view, where marks have no buttons (too many to
 * render). The hit tester is built lazily, on the first pointer move after a layout change, so zooming and
 * panning pay nothing for it; until its chunk has arrived (a moment after the density view appears), a pointer
 * picks nothing.
 */
export function useDensityPick({ body, layout, onHoverMark, onSelect }: Options) {
  const [overMark, setOverMark] = useState(false);
  useEffect(() => {
    if (!layout.detailed && hitTesters === null) void loadHitTesters();
  }, [layout.detailed]);
  const lazyHit = useMemo(() => {
    let hit: ReturnType<typeof markHitTester> | null = null;
    return (x: number, y: number) => {
      if (hitTesters === null) return undefined;
      hit ??= hitTesters(layout.marks);
      return hit(x, y);
    };
  }, [layout]);

  const markAt = (event: MouseEvent | PointerEvent) => {
    // Buttons (marks in use) handle themselves; a held button is a drag, not a point. Checked before reading
    // the box, which would make the browser lay out the page again on every move of a drag.
    const onButton = event.target instanceof Element && event.target.closest('button');
    if (layout.detailed || onButton || event.buttons !== 0) return undefined;
    const box = body.current?.getBoundingClientRect();
    return box ? lazyHit(event.clientX - box.left, event.clientY - box.top) : undefined;
  };

  return {
    cursor: overMark ? 'pointer' : undefined,
    onPointerMove(event: PointerEvent) {
      if (layout.detailed) return;
      const mark = markAt(event);
      setOverMark(Boolean(mark));
      onHoverMark(mark?.item.key ?? null);
    },
    onPointerLeave() {
      if (layout.detailed) return;
      setOverMark(false);
      onHoverMark(null);
    },
    onClick(event: MouseEvent) {
      const mark = markAt(event);
      if (mark) onSelect(mark.item.roundId);
    },
  };
}
