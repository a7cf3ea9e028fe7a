import type { KeyboardEvent } from 'react';
import { zoomWindow, type TimeWindow } from './time-scale.ts';

interface Options {
  getWindow: () => TimeWindow;
  setWindow: (window: TimeWindow, settled: boolean) => void;
  fitAll: () => void;
}

/** Zoom by the toolbar's buttons and by keys anywhere in the timeline: + in, − out, 0 fit all. */
export function useZoomKeys({ getWindow, setWindow, fitAll }: Options) {
  const zoomBy = (factor: number) => {
    const w = getWindow();
    setWindow(zoomWindow(w, factor, (w[0] + w[1]) / 2), true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === '+' || event.key === '=') zoomBy(0.5);
    else if (event.key === '-' || event.key === '_') zoomBy(2);
    else if (event.key === '0') fitAll();
    else return;
    event.preventDefault();
  };
  return { zoomIn: () => zoomBy(0.5), zoomOut: () => zoomBy(2), onKeyDown };
}
