import { useEffect, useState } from 'react';
import { DAY_MS, dayStart, isoDay } from '../../domain/calendar-days.ts';
import type { ViewState } from '../../state/view-state.ts';

type DayWindow = ViewState['window'];
type Span = NonNullable<DayWindow>;

const DURATION_MS = 450;
const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Glides the timeline from one step's period to the next instead of jumping, unless the reader asks for
 * reduced motion. The frames go to the timeline only: the store and the URL keep the step's own period
 * throughout. While gliding, `settling` is true, so the caller can hold back the step's selected round until
 * the timeline has arrived (a round selected outside the shown period would make the timeline pan to it).
 */
export function useWindowTransition(
  target: DayWindow,
  active: boolean,
): { window: DayWindow; settling: boolean } {
  const [seen, setSeen] = useState<DayWindow>(target);
  const [glide, setGlide] = useState<{ from: Span; to: Span } | null>(null);
  const [frame, setFrame] = useState<Span | null>(null);

  // Decided during render, so the first frame after a step change already shows where the glide starts.
  if (!sameWindow(seen, target)) {
    setSeen(target);
    setFrame(null);
    setGlide(active && seen && target && !reducedMotion() ? { from: seen, to: target } : null);
  }

  useEffect(() => {
    if (!glide) return;
    const [a0, a1, b0, b1] = [glide.from.start, glide.from.end, glide.to.start, glide.to.end].map(toMs) as [
      number,
      number,
      number,
      number,
    ];
    const began = performance.now();
    let handle = 0;
    const tick = (now: number) => {
      // A frame's timestamp may precede the effect's clock reading; start no earlier than the start.
      const t = Math.min(1, Math.max(0, (now - began) / DURATION_MS));
      if (t >= 1) {
        setGlide(null);
        setFrame(null);
        return;
      }
      const e = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      const start = a0 + (b0 - a0) * e;
      const end = Math.max(start, a1 + (b1 - a1) * e);
      setFrame({ start: toDay(start), end: toDay(end) });
      handle = requestAnimationFrame(tick);
    };
    handle = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(handle);
  }, [glide]);

  if (!glide) return { window: target, settling: false };
  return { window: frame ?? glide.from, settling: true };
}

function sameWindow(a: DayWindow, b: DayWindow): boolean {
  return a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);
}

function reducedMotion(): boolean {
  return globalThis.matchMedia?.(REDUCED_MOTION).matches ?? false;
}

function toMs(day: string): number {
  return dayStart(day);
}

/** The nearest whole day: frames move by days, as the URL's periods do. */
function toDay(ms: number): string {
  return isoDay(Math.round(ms / DAY_MS) * DAY_MS);
}
