import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import { useEffect, useRef, type RefObject } from 'react';
import { panWindow, zoomWindow, type TimeWindow } from './time-scale.ts';

interface Options {
  width: number;
  getWindow: () => TimeWindow;
  /** Shows a new window; `settled` is true once a gesture is over and the window may go into the URL. */
  setWindow: (window: TimeWindow, settled: boolean) => void;
}

const WHEEL_SETTLE_MS = 250;

/**
 * Drag, pinch and swipe through d3-zoom; wheel and trackpad by hand. Each gesture starts from the identity
 * transform over the window shown when it began (`transform.rescaleX` of that base), so d3-zoom's transform
 * never has to be kept in step with zooms made by buttons, keys or the URL.
 */
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
    let base: TimeWindow | null = null;
    let moved = false;
    const selection = select(element);
    const behaviour = zoom<HTMLElement, unknown>()
      // The wheel is handled below; a double click should open a round, not zoom.
      .filter(
        (event: Event) =>
          event.type !== 'wheel' && event.type !== 'dblclick' && !(event as MouseEvent).button,
      )
      .clickDistance(4)
      .on('start', () => {
        base = latest.current.getWindow();
        moved = false;
      })
      .on('zoom', (event: { transform: typeof zoomIdentity; sourceEvent: Event | null }) => {
        if (!event.sourceEvent || !base) return;
        const [start, end] = event.transform.rescaleX(scaleUtc().domain(base).range([0, width])).domain();
        moved = true;
        latest.current.setWindow([+start!, +end!], false);
      })
      .on('end', () => {
        base = null;
        selection.property('__zoom', zoomIdentity);
        if (moved) latest.current.setWindow(latest.current.getWindow(), true);
      });
    selection.call(behaviour);
    // Vertical swipes keep scrolling the page on phones; horizontal ones and pinches drive the timeline.
    selection.style('touch-action', 'pan-y');

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
      selection.on('.zoom', null);
      element.removeEventListener('wheel', onWheel);
    };
  }, [ref, width]);
}
