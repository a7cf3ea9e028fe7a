// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DAY, t0 } from './mark-fixtures.ts';
import type { TimeWindow } from './time-scale.ts';
import { useTimelineWindow } from './use-timeline-window.ts';

afterEach(cleanup);

const bounds: TimeWindow = [t0, t0 + 400 * DAY];

describe('useTimelineWindow', () => {
  it('is moving while a gesture sets windows, and settled once it reports one', () => {
    const onSettled = vi.fn();
    const { result } = renderHook(() => useTimelineWindow(bounds, null, onSettled));
    expect(result.current.moving).toBe(false);
    const next: TimeWindow = [t0 + 10 * DAY, t0 + 40 * DAY];
    act(() => result.current.setWindow(next, false));
    expect(result.current.moving).toBe(true);
    expect(result.current.window).toEqual(next);
    expect(onSettled).not.toHaveBeenCalled();
    act(() => result.current.setWindow(result.current.getWindow(), true));
    expect(result.current.moving).toBe(false);
    expect(onSettled).toHaveBeenCalledTimes(1);
  });

  it('is settled after "fit all", even mid-gesture', () => {
    const { result } = renderHook(() => useTimelineWindow(bounds, null, () => {}));
    act(() => result.current.setWindow([t0, t0 + 20 * DAY], false));
    act(() => result.current.fitAll());
    expect(result.current.moving).toBe(false);
  });
});
