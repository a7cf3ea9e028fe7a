import { useEffect, useRef, useState, type RefObject } from 'react';
import { onceTimelineReady } from './ready-mark.ts';
import { panWindow, zoomWindow, type TimeWindow } from './time-scale.ts';
import { wheelIntent } from './wheel-intent.ts';

interface Options {
  width: number;
  getWindow: () => TimeWindow;
  /** Shows a new window; `settled` is true once a gesture is over and the window may go into the URL. */
  setWindow: (window: TimeWindow, settled: boolean) => void;
}

const WHEEL_SETTLE_MS = 250;
/** How long the "Ctrl + scroll to zoom" hint stays after the last plain wheel notch. */
const HINT_MS = 1500;

/**
 * The page owns scrolling, as with an embedded map: a plain wheel and one-finger swipes scroll the page
 * (the article around an embed, or the app), and the timeline zooms with Ctrl/⌘ + wheel (a trackpad pinch
 * arrives as ctrl+wheel too), a two-finger pinch, a mouse drag, the buttons or the keys. A horizontal
 * trackpad swipe pans, since it takes nothing from the page's vertical scroll.
 *
 * Drag and pinch come from d3-zoom (drag-zoom.ts), loaded once the marks are drawn; the wheel is handled here.
 * Returns where the hint that explains how to zoom should show (px from the element's top, by the
 * pointer, since a tall timeline may be partly off screen), or null when it should not.
 */
export function useZoomGestures(
  ref: RefObject<HTMLElement | null>,
  { width, getWindow, setWindow }: Options,
): number | null {
  const latest = useRef({ getWindow, setWindow });
  useEffect(() => {
    latest.current = { getWindow, setWindow };
  });
  const [hint, setHint] = useState<number | null>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element || width <= 0) return;
    // One-finger swipes scroll the page from the first draw; drag-zoom.ts adds drag and pinch once loaded.
    element.style.touchAction = 'pan-x pan-y';
    let detachDrag: (() => void) | null = null;
    let detached = false;
    // Asked for once the marks are drawn: d3-zoom and its dependencies are 23 kB gzip that the first picture
    // does not need.
    const cancelLoad = onceTimelineReady(() =>
      import('./drag-zoom.ts').then(
        ({ attachDragZoom }) => {
          if (detached) return;
          detachDrag = attachDragZoom(element, {
            width,
            getWindow: () => latest.current.getWindow(),
            setWindow: (next, settled) => latest.current.setWindow(next, settled),
          });
        },
        // A chunk that cannot come (offline after a redeploy) leaves drag and pinch off; the wheel, the keys
        // and the zoom and pan buttons still work, so the timeline says so in the console instead of failing.
        (error: unknown) =>
          console.warn(`Parley: dragging and pinching the timeline are unavailable: ${String(error)}`),
      ),
    );

    let settleTimer = 0;
    let hintTimer = 0;
    const settleSoon = () => {
      window.clearTimeout(settleTimer);
      settleTimer = window.setTimeout(() => {
        settleTimer = 0;
        latest.current.setWindow(latest.current.getWindow(), true);
      }, WHEEL_SETTLE_MS);
    };
    const onWheel = (event: WheelEvent) => {
      const unit = event.deltaMode === 1 ? 16 : event.deltaMode === 2 ? element.clientHeight : 1;
      const intent = wheelIntent({
        dx: event.deltaX * unit,
        dy: event.deltaY * unit,
        zoomKey: event.ctrlKey || event.metaKey,
      });
      if (intent.kind === 'scroll-page') {
        // Not prevented: the page scrolls. The hint says how to zoom instead, politely, without focus.
        setHint(event.clientY - element.getBoundingClientRect().top);
        window.clearTimeout(hintTimer);
        hintTimer = window.setTimeout(() => setHint(null), HINT_MS);
        return;
      }
      event.preventDefault();
      const shown = latest.current.getWindow();
      const msPerPx = (shown[1] - shown[0]) / width;
      if (intent.kind === 'pan') {
        latest.current.setWindow(panWindow(shown, intent.px * msPerPx), false);
      } else {
        window.clearTimeout(hintTimer);
        setHint(null);
        const x = event.clientX - element.getBoundingClientRect().left;
        latest.current.setWindow(zoomWindow(shown, intent.factor, shown[0] + x * msPerPx), false);
      }
      settleSoon();
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      // A wheel gesture cut short (the width changed, or the timeline is going away) still settles: the
      // window goes into the URL and the density groups catch up, instead of waiting for a timer now gone.
      if (settleTimer) latest.current.setWindow(latest.current.getWindow(), true);
      window.clearTimeout(settleTimer);
      window.clearTimeout(hintTimer);
      detached = true;
      cancelLoad();
      detachDrag?.();
      element.removeEventListener('wheel', onWheel);
    };
  }, [ref, width]);

  return hint;
}
