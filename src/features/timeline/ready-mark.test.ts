import { afterEach, describe, expect, it, vi } from 'vitest';
import { markTimelineReady, onceTimelineReady } from './ready-mark.ts';

afterEach(() => {
  // A page marks ready once; each test plays a page of its own.
  performance.clearMarks();
  vi.useRealTimers();
});

describe('onceTimelineReady', () => {
  it('calls at once when the timeline is already ready', () => {
    markTimelineReady();
    const then = vi.fn();
    onceTimelineReady(then);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('waits for the ready mark, and calls once', async () => {
    const then = vi.fn();
    onceTimelineReady(then);
    performance.mark('some-other-mark');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(then).not.toHaveBeenCalled();
    markTimelineReady();
    await vi.waitFor(() => expect(then).toHaveBeenCalledTimes(1));
    performance.clearMarks();
    markTimelineReady();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('calls after three seconds on a page that draws no marks', () => {
    vi.useFakeTimers();
    const then = vi.fn();
    onceTimelineReady(then);
    vi.advanceTimersByTime(2_999);
    expect(then).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('calls once when the wait ends first and the mark comes later', async () => {
    vi.useFakeTimers();
    const then = vi.fn();
    onceTimelineReady(then);
    vi.advanceTimersByTime(3_000);
    vi.useRealTimers();
    markTimelineReady();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(then).toHaveBeenCalledTimes(1);
  });

  it('calls after the frame that set the mark, not within it', async () => {
    const then = vi.fn();
    onceTimelineReady(then);
    markTimelineReady();
    expect(then).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(then).toHaveBeenCalledTimes(1));
  });

  it('calls nothing cancelled between the mark and the call', async () => {
    const then = vi.fn();
    const cancel = onceTimelineReady(then);
    markTimelineReady();
    cancel();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(then).not.toHaveBeenCalled();
  });

  it('calls nothing once cancelled, neither on the mark nor after the wait', async () => {
    vi.useFakeTimers();
    const then = vi.fn();
    onceTimelineReady(then)();
    markTimelineReady();
    vi.advanceTimersByTime(5_000);
    vi.useRealTimers();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(then).not.toHaveBeenCalled();
  });
});
