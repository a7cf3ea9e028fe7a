/** What one wheel event over the timeline should do. */
export type WheelIntent =
  { kind: 'scroll-page' } | { kind: 'pan'; px: number } | { kind: 'zoom'; factor: number };

interface WheelDelta {
  /** Horizontal and vertical distance in CSS pixels (lines and pages already converted). */
  dx: number;
  dy: number;
  /** Ctrl or ⌘ held; trackpad pinches arrive as ctrl+wheel too. */
  zoomKey: boolean;
}

/** The largest zoom step one event may take: a mouse notch with Ctrl (deltaY 100) doubles or halves the span. */
const MAX_STEP = 1;

/**
 * Scrolling belongs to the page. Ctrl/⌘ + wheel zooms (a window `factor` times as wide: above 1 zooms out);
 * a clearly horizontal swipe pans, since a reader swiping sideways over a timeline means to move along it and
 * the page does not scroll sideways; everything else is the page's.
 */
export function wheelIntent({ dx, dy, zoomKey }: WheelDelta): WheelIntent {
  if (zoomKey) {
    // Ctrl+wheel distances come in two sizes: mouse notches of about 100 and pinch steps of a few pixels.
    const step = Math.max(-MAX_STEP, Math.min(MAX_STEP, dy * 0.01));
    // A sideways Ctrl+swipe has no zoom in it; it pans, and the browser's own page zoom stays off.
    return step === 0 ? { kind: 'pan', px: dx } : { kind: 'zoom', factor: Math.pow(2, step) };
  }
  if (Math.abs(dx) > Math.abs(dy)) return { kind: 'pan', px: dx };
  return { kind: 'scroll-page' };
}
