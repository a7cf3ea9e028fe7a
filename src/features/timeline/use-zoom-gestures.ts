import { useEffect, useRef, type RefObject } from 'react';
import { panWindow, zoomWindow, type TimeWindow } from './time-scale.ts';

interface Options {
  width: number;
  getWindow: () => TimeWindow;
  /** Shows a new window; `settled` is true once a gesture is over and the window may go into the URL. */
  setWindow: (window: TimeWindow, settled: boolean) => void;
}

const WHEEL_SETTLE_MS = 250;

/** Drag, pinch and swipe through d3-zoom (drag-zoom.ts, loaded lazily); wheel and trackpad by hand. */
export function useZoomGestures(
  ref: RefObject<HTMLElement | null>,
  { width, getWindow, setWindow }: Options,
) {
  const latest = useRef({ getWindow, setWindow });
  useEffect(() => {
    latest.current = { getWindow, setWindow };
  });

  useEffect(() => {
    const element = ref.current;
    if (!element || width <= 0) return;
    // Vertical swipes keep scrolling the page on phones; horizontal ones and pinches drive the timeline.
    element.style.touchAction = 'pan-y';
    // Drag, pinch and swipe come from d3-zoom, loaded after the first draw (see drag-zoom.ts).
    let detachDrag: (() => void) | null = null;
    let detached = false;
    void import('./drag-zoom.ts').then(({ attachDragZoom }) => {
      if (detached) return;
      detachDrag = attachDragZoom(element, {
        width,
        getWindow: () => latest.current.getWindow(),
        setWindow: (next, settled) => latest.current.setWindow(next, settled),
      });
    });

    let settleTimer = 0;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? element.clientHeight : 1;
      const dx = event.deltaX * unit;
      const dy = event.deltaY * unit;
      const shown = latest.current.getWindow();
      const msPerPx = (shown[1] - shown[0]) / width;
      let next: TimeWindow;
      if (Math.abs(dx) > Math.abs(dy) && !event.ctrlKey) {
        next = panWindow(shown, dx * msPerPx);
      } else {
        const x = event.clientX - element.getBoundingClientRect().left;
        // Trackpad pinches arrive as ctrl+wheel with small deltas: give them more weight.
        const factor = Math.pow(2, dy * (event.ctrlKey ? 0.01 : 0.002));
        next = zoomWindow(shown, factor, shown[0] + x * msPerPx);
      }
      latest.current.setWindow(next, false);
      window.clearTimeout(settleTimer);
      settleTimer = window.setTimeout(
        () => latest.current.setWindow(latest.current.getWindow(), true),
        WHEEL_SETTLE_MS,
      );
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      window.clearTimeout(settleTimer);
      detached = true;
      detachDrag?.();
      element.removeEventListener('wheel', onWheel);
    };
  }, [ref, width]);
}
