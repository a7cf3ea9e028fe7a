// @vitest-environment jsdom
import { act, cleanup, render } from '@testing-library/react';
import { useRef } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TimeWindow } from './time-scale.ts';
import { useZoomGestures } from './use-zoom-gestures.ts';

afterEach(cleanup);
// The hook imports drag-zoom.ts (a chunk of its own) once the timeline is ready, or 3 s after it mounts. Loaded
// here first, that import is answered at once; otherwise it could still be loading when the file's tests end and
// their environment is torn down.
beforeAll(async () => {
  await import('./drag-zoom.ts');
});

function Zoomable({
  width,
  setWindow,
}: {
  width: number;
  setWindow: (w: TimeWindow, settled: boolean) => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = useRef<TimeWindow>([0, 1_000_000]);
  useZoomGestures(ref, {
    width,
    getWindow: () => shown.current,
    setWindow: (w, settled) => {
      shown.current = w;
      setWindow(w, settled);
    },
  });
  return <div ref={ref} data-testid="zoomable" />;
}

const ctrlWheel = () =>
  new WheelEvent('wheel', { deltaY: -120, ctrlKey: true, bubbles: true, cancelable: true });

describe('useZoomGestures, a Ctrl + wheel zoom', () => {
  it('settles a moment after the last notch', () => {
    vi.useFakeTimers();
    try {
      const setWindow = vi.fn();
      const { getByTestId } = render(<Zoomable width={500} setWindow={setWindow} />);
      act(() => void getByTestId('zoomable').dispatchEvent(ctrlWheel()));
      expect(setWindow).toHaveBeenLastCalledWith(expect.any(Array), false);
      act(() => void vi.advanceTimersByTime(1000));
      expect(setWindow).toHaveBeenLastCalledWith(expect.any(Array), true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('settles at once when the timeline changes width mid-gesture, rather than staying unsettled', () => {
    vi.useFakeTimers();
    try {
      const setWindow = vi.fn();
      const { getByTestId, rerender } = render(<Zoomable width={500} setWindow={setWindow} />);
      act(() => void getByTestId('zoomable').dispatchEvent(ctrlWheel()));
      const zoomed = setWindow.mock.lastCall![0] as TimeWindow;
      rerender(<Zoomable width={480} setWindow={setWindow} />);
      expect(setWindow).toHaveBeenLastCalledWith(zoomed, true);
      // The timer of the gesture cut short does not settle it a second time.
      const calls = setWindow.mock.calls.length;
      act(() => void vi.advanceTimersByTime(1000));
      expect(setWindow).toHaveBeenCalledTimes(calls);
    } finally {
      vi.useRealTimers();
    }
  });
});
