import { scaleUtc } from 'd3-scale';
import { select } from 'd3-selection';
import { zoom, zoomIdentity } from 'd3-zoom';
import type { TimeWindow } from './time-scale.ts';

interface DragZoomOptions {
  width: number;
  getWindow: () => TimeWindow;
  /** Shows a new window; `settled` is true once a gesture is over and the window may go into the URL. */
  setWindow: (window: TimeWindow, settled: boolean) => void;
}

/**
 * Drag, pinch and swipe through d3-zoom, attached to `element`; returns the detach function. A module of its
 * own, imported once the timeline is drawn: d3-zoom and its dependencies (transition, drag, colour) are not
 * needed for the first picture. Each gesture starts from the identity transform over the window shown when it
 * began (`transform.rescaleX` of that base), so d3-zoom's transform never has to be kept in step with zooms
 * made by buttons, keys or the URL.
 */
export function attachDragZoom(element: HTMLElement, { width, getWindow, setWindow }: DragZoomOptions) {
  let base: TimeWindow | null = null;
  let moved = false;
  const selection = select(element);
  const behaviour = zoom<HTMLElement, unknown>()
    // The wheel is handled by use-zoom-gestures.ts; a double click should open a round, not zoom; one finger
    // scrolls the page, so a touch gesture starts only when a second finger joins it (a pinch, or a
    // two-finger pan).
    .filter((event: Event) => {
      if (event.type === 'wheel' || event.type === 'dblclick') return false;
      if (event.type === 'touchstart') return (event as TouchEvent).touches.length >= 2;
      return !(event as MouseEvent).button;
    })
    .clickDistance(4)
    .on('start', () => {
      base = getWindow();
      moved = false;
    })
    .on('zoom', (event: { transform: typeof zoomIdentity; sourceEvent: Event | null }) => {
      if (!event.sourceEvent || !base) return;
      const [start, end] = event.transform.rescaleX(scaleUtc().domain(base).range([0, width])).domain();
      moved = true;
      setWindow([+start!, +end!], false);
    })
    .on('end', () => {
      base = null;
      selection.property('__zoom', zoomIdentity);
      if (moved) setWindow(getWindow(), true);
    });
  selection.call(behaviour);
  // One-finger swipes in any direction are the browser's (page scroll); pinches are left to d3-zoom.
  selection.style('touch-action', 'pan-x pan-y');
  return () => {
    selection.on('.zoom', null);
    // Detached mid-gesture (mid-pinch, when the width changes), d3-zoom's 'end' never comes: settle here.
    if (base !== null && moved) setWindow(getWindow(), true);
  };
}
