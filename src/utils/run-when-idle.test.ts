import { afterEach, describe, expect, it, vi } from 'vitest';
import { timedSteps } from '../test/timed-steps.ts';
import { runWhenIdle } from './run-when-idle.ts';
import type { Steps } from './steps.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('runWhenIdle', () => {
  /** A browser's idle callbacks, run when the test says, each with the idle time the test gives it. */
  function idlePeriods(clock: { now: number }) {
    const waiting = new Map<number, (deadline: IdleDeadline) => void>();
    let next = 0;
    vi.stubGlobal('requestIdleCallback', (callback: (deadline: IdleDeadline) => void) => {
      next += 1;
      waiting.set(next, callback);
      return next;
    });
    vi.stubGlobal('cancelIdleCallback', (handle: number) => waiting.delete(handle));
    return {
      get pending() {
        return waiting.size;
      },
      /** Runs the waiting callbacks with `ms` of idle time each. */
      idle(ms: number) {
        const callbacks = [...waiting.values()];
        waiting.clear();
        const end = clock.now + ms;
        for (const callback of callbacks)
          callback({ didTimeout: false, timeRemaining: () => Math.max(0, end - clock.now) });
      },
    };
  }

  it('runs steps only while an idle period lasts, then waits for the next one, until the result', () => {
    const clock = { now: 0 };
    const periods = idlePeriods(clock);
    const ran: number[] = [];
    const done = vi.fn();
    runWhenIdle(timedSteps(10, 2, clock, ran), { done, failed: () => {} });
    expect(ran).toEqual([]);
    // 7 ms of idle time: steps of 2 ms run while more than 1 ms remains.
    periods.idle(7);
    expect(ran).toEqual([0, 1, 2]);
    periods.idle(3);
    expect(ran).toEqual([0, 1, 2, 3]);
    periods.idle(100);
    expect(done).toHaveBeenCalledExactlyOnceWith('ran 10');
    expect(periods.pending).toBe(0);
  });

  it('stops for good when cancelled, and hands what a step throws to `failed`', () => {
    const clock = { now: 0 };
    const periods = idlePeriods(clock);
    const ran: number[] = [];
    const cancel = runWhenIdle(timedSteps(10, 2, clock, ran), { done: () => {}, failed: () => {} });
    periods.idle(5);
    cancel();
    periods.idle(100);
    expect(ran).toEqual([0, 1]);

    const failed = vi.fn();
    const broken = (function* (): Steps<number> {
      yield;
      throw new Error('no text');
    })();
    runWhenIdle(broken, { done: () => {}, failed });
    expect(() => periods.idle(10)).not.toThrow();
    expect(failed).toHaveBeenCalledExactlyOnceWith(new Error('no text'));
  });

  it('runs in short slices after a pause where the browser has no idle callbacks', () => {
    // Fake timers first: they bring idle callbacks of their own.
    vi.useFakeTimers();
    vi.stubGlobal('requestIdleCallback', undefined);
    const clock = { now: 0 };
    vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
    const ran: number[] = [];
    const done = vi.fn();
    runWhenIdle(timedSteps(10, 5, clock, ran), { done, failed: () => {} });
    vi.advanceTimersByTime(999);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual([0, 1]);
    vi.runAllTimers();
    expect(done).toHaveBeenCalledExactlyOnceWith('ran 10');
  });
});
