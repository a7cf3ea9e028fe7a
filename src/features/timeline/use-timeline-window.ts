import { useCallback, useEffect, useRef, useState } from 'react';
import type { ViewState } from '../../state/view-state.ts';
import { clampWindow, paddedDomain, DEFAULT_DOMAIN, type TimeWindow } from './time-scale.ts';
import { daysToWindow, windowToDays } from './window-days.ts';

type DayWindow = ViewState['window'];

interface Shown {
  window: TimeWindow;
  /** True while a gesture (drag, pinch, wheel) moves the window, until it settles. */
  moving: boolean;
  /** The day window and data bounds this window was last reconciled with. */
  days: DayWindow;
  bounds: TimeWindow | null;
}

/**
 * The window the timeline shows, live during gestures, and its link to the URL's day window: gestures update
 * it every frame (`moving` until they settle); only a settled window is reported, as whole days, for the URL.
 * A day window from outside (a link, Back, a host page) replaces the live one unless it names the same days.
 */
export function useTimelineWindow(
  bounds: TimeWindow | null,
  days: DayWindow,
  onSettled: (days: DayWindow) => void,
) {
  const [lo, hi] = bounds ?? DEFAULT_DOMAIN;
  const clamp = useCallback((w: TimeWindow) => clampWindow(w, [lo, hi]), [lo, hi]);
  const [shown, setShown] = useState<Shown>(() => ({
    window: days ? clamp(daysToWindow(days)) : paddedDomain([lo, hi]),
    moving: false,
    days,
    bounds,
  }));

  // Reconciling during render (not in an effect) avoids drawing one frame of the stale window.
  const sameBounds = shown.bounds?.[0] === bounds?.[0] && shown.bounds?.[1] === bounds?.[1];
  if (shown.days !== days || !sameBounds) {
    const live = windowToDays(shown.window);
    const window =
      days === null
        ? shown.days === null && sameBounds
          ? shown.window
          : paddedDomain([lo, hi])
        : days.start === live.start && days.end === live.end
          ? shown.window
          : clamp(daysToWindow(days));
    setShown({ window, moving: false, days, bounds });
  }

  // Gestures read the window between renders; the ref follows every change.
  const current = useRef(shown.window);
  useEffect(() => {
    current.current = shown.window;
  }, [shown.window]);

  const show = useCallback((window: TimeWindow, reported: DayWindow | undefined) => {
    current.current = window;
    const moving = reported === undefined;
    setShown((s) => ({ ...s, window, moving, days: moving ? s.days : reported }));
  }, []);

  const setWindow = useCallback(
    (next: TimeWindow, settled: boolean) => {
      const window = clamp(next);
      if (!settled) return show(window, undefined);
      const nextDays = windowToDays(window);
      show(window, nextDays);
      onSettled(nextDays);
    },
    [clamp, show, onSettled],
  );

  const fitAll = useCallback(() => {
    show(paddedDomain([lo, hi]), null);
    onSettled(null);
  }, [lo, hi, show, onSettled]);

  const getWindow = useCallback(() => current.current, []);
  return { window: shown.window, moving: shown.moving, setWindow, getWindow, fitAll };
}
