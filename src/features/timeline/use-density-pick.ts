import { useEffect, useRef, useState, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import type { PreparedHitTester, preparedHitTester } from './mark-hit-test.ts';
import type { TimelineLayout } from './mark-layout.ts';

// The hit tester is a chunk fetched when a density view first appears: most timelines are detailed, with a
// button per mark, and never need it; the first load stays smaller for all of them.
let prepareHitTester: typeof preparedHitTester | null = null;
const loadHitTesters = () =>
  import('./mark-hit-test.ts').then((m) => {
    prepareHitTester = m.preparedHitTester;
  });

/** A view must rest this long before its hit tester is prepared: during a gesture, each frame replaces it. */
const PREPARE_AFTER_MS = 150;

interface Options {
  body: RefObject<HTMLElement | null>;
  layout: TimelineLayout;
  onHoverMark: (key: string | null) => void;
  onSelect: (roundId: string) => void;
}

/**
 * Lets a mouse user point at and pick any mark in the density view, where marks have no buttons (too many to
 * render). The hit tester is prepared in slices once a view has rested for PREPARE_AFTER_MS (at 100,000 marks
 * it takes ~370 ms, which the first pointer move used to wait for); a pointer that comes sooner finishes it
 * at once. Until its chunk has arrived (a moment after the density view appears), a pointer picks nothing.
 */
export function useDensityPick({ body, layout, onHoverMark, onSelect }: Options) {
  const [overMark, setOverMark] = useState(false);
  const [chunkReady, setChunkReady] = useState(prepareHitTester !== null);
  useEffect(() => {
    if (!layout.detailed && !chunkReady) void loadHitTesters().then(() => setChunkReady(true));
  }, [layout.detailed, chunkReady]);
  const tester = useRef<{ layout: TimelineLayout; prepared: PreparedHitTester } | null>(null);
  useEffect(() => {
    if (layout.detailed || !chunkReady || prepareHitTester === null) return;
    // A pointer may have asked already (between the render and this effect): that tester is this layout's.
    if (tester.current?.layout === layout) return tester.current.prepared.stop;
    const prepared = prepareHitTester(layout, PREPARE_AFTER_MS);
    tester.current = { layout, prepared };
    return prepared.stop;
  }, [layout, chunkReady]);

  const hitAt = (x: number, y: number) => {
    if (prepareHitTester === null) return undefined;
    // A pointer between a render and its effect: this layout's tester is not being prepared yet.
    if (tester.current?.layout !== layout) {
      tester.current = { layout, prepared: prepareHitTester(layout, PREPARE_AFTER_MS) };
    }
    return tester.current.prepared.hit(x, y);
  };

  const markAt = (event: MouseEvent | PointerEvent) => {
    // Buttons (marks in use) handle themselves; a held button is a drag, not a point. Checked before reading
    // the box, which would make the browser lay out the page again on every move of a drag.
    const onButton = event.target instanceof Element && event.target.closest('button');
    if (layout.detailed || onButton || event.buttons !== 0) return undefined;
    const box = body.current?.getBoundingClientRect();
    return box ? hitAt(event.clientX - box.left, event.clientY - box.top) : undefined;
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
