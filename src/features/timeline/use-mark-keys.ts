import { useCallback, type KeyboardEvent } from 'react';
import { panWindow, type TimeWindow } from './time-scale.ts';

interface Options {
  /** Round ids in time order, as the timeline shows them. */
  order: readonly string[];
  startOf: (roundId: string) => number | undefined;
  getWindow: () => TimeWindow;
  setWindow: (window: TimeWindow, settled: boolean) => void;
  focusRound: (roundId: string) => void;
}

/**
 * Keys on a focused mark: ←/→ the previous/next round in time order (panning it into view), Home/End the
 * first/last, Shift+←/→ pan by a quarter of the window. Enter and Space are the button's own click.
 */
export function useMarkKeys({ order, startOf, getWindow, setWindow, focusRound }: Options) {
  return useCallback(
    (event: KeyboardEvent<HTMLElement>, roundId: string) => {
      const window = getWindow();
      const span = window[1] - window[0];
      if (event.shiftKey && (event.key === 'ArrowLeft' || event.key === 'ArrowRight')) {
        event.preventDefault();
        setWindow(panWindow(window, (event.key === 'ArrowLeft' ? -span : span) / 4), true);
        return;
      }
      const index = order.indexOf(roundId);
      const target =
        event.key === 'ArrowRight' || event.key === 'ArrowDown'
          ? order[Math.min(index + 1, order.length - 1)]
          : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
            ? order[Math.max(index - 1, 0)]
            : event.key === 'Home'
              ? order[0]
              : event.key === 'End'
                ? order.at(-1)
                : undefined;
      if (target === undefined) return;
      event.preventDefault();
      const start = startOf(target);
      if (start !== undefined && (start < window[0] || start > window[1])) {
        setWindow([start - span / 2, start + span / 2], true);
      }
      focusRound(target);
    },
    [order, startOf, getWindow, setWindow, focusRound],
  );
}
