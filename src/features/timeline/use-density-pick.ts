import { useMemo, useState, type MouseEvent, type PointerEvent, type RefObject } from 'react';
import { markHitTester } from './mark-hit-test.ts';
import type { TimelineLayout } from './mark-layout.ts';

interface Options {
  body: RefObject<HTMLElement | null>;
  layout: TimelineLayout;
  onHoverMark: (key: string | null) => void;
  onSelect: (roundId: string) => void;
}

/**
 * Lets a mouse user point at and pick any mark in the density view, where marks have no buttons (too many to
 * render). The hit tester is built lazily, on the first pointer move after a layout change, so zooming and
 * panning pay nothing for it.
 */
export function useDensityPick({ body, layout, onHoverMark, onSelect }: Options) {
  const [overMark, setOverMark] = useState(false);
  const lazyHit = useMemo(() => {
    let hit: ReturnType<typeof markHitTester> | null = null;
    return (x: number, y: number) => (hit ??= markHitTester(layout.marks))(x, y);
  }, [layout]);

  const markAt = (event: MouseEvent | PointerEvent) => {
    const box = body.current?.getBoundingClientRect();
    // Buttons (marks in use) handle themselves; a held button is a drag, not a point.
    const onButton = event.target instanceof Element && event.target.closest('button');
    if (!box || layout.detailed || onButton || event.buttons !== 0) return undefined;
    return lazyHit(event.clientX - box.left, event.clientY - box.top);
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
