import { useEffect, useRef, type RefObject } from 'react';
import type { TimeWindow } from './time-scale.ts';

interface Options {
  selectedId: string | null;
  startOf: (roundId: string) => number | undefined;
  getWindow: () => TimeWindow;
  setWindow: (window: TimeWindow, settled: boolean) => void;
  container: RefObject<HTMLElement | null>;
}

/** Below this width the detail panel is a bottom sheet over the lower half of the screen. */
const SHEET_QUERY = '(max-width: 1023px)';

/**
 * Keeps the selected round in sight: pans the timeline to it when it is outside the window (after Previous or
 * Next in the panel, or a selection made in the list), and on phones scrolls it above the bottom sheet.
 */
export function useRevealSelection({ selectedId, startOf, getWindow, setWindow, container }: Options) {
  const revealed = useRef<string | null>(null);
  const arrived = useRef(false);
  useEffect(() => {
    // A selection present on arrival came with its link's own window, which wins over panning to it.
    const onArrival = !arrived.current;
    arrived.current = true;
    if (selectedId === null || revealed.current === selectedId) {
      revealed.current = selectedId;
      return;
    }
    revealed.current = selectedId;
    const start = startOf(selectedId);
    const window = getWindow();
    if (!onArrival && start !== undefined && (start < window[0] || start > window[1])) {
      const half = (window[1] - window[0]) / 2;
      setWindow([start - half, start + half], true);
    }
    if (!globalThis.matchMedia?.(SHEET_QUERY).matches) return;
    // Wait a frame for the pan and the sheet to lay out, then scroll the mark into the top half of the screen.
    const frame = requestAnimationFrame(() => {
      const button = container.current?.querySelector<HTMLElement>(
        `[data-round-id="${CSS.escape(selectedId)}"]`,
      );
      const rect = button?.getBoundingClientRect();
      if (!rect) return;
      const sheetTop = globalThis.innerHeight * 0.5;
      if (rect.top < 8 || rect.bottom > sheetTop - 8) {
        globalThis.scrollBy({ top: rect.top - sheetTop / 2, behavior: 'instant' });
      }
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedId, startOf, getWindow, setWindow, container]);
}
