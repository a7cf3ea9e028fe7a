import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInSlices, runSteps, runWhenIdle, type Steps } from './steps.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

/** Steps that each take `msPerStep` on a clock the test controls, recording which ran. */
function timedSteps(count: number, msPerStep: number, clock: { now: number }, ran: number[]): Steps<string> {
  return (function* () {
    for (let i = 0; i < count; i += 1) {
      yield;
      clock.now += msPerStep;
      ran.push(i);
    }
    return `ran ${count}`;
  })();
}

describe('runSteps', () => {
  it('runs the steps to the end at once and gives their result', () => {
    const ran: number[] = [];
    expect(runSteps(timedSteps(5, 1, { now: 0 }, ran))).toBe('ran 5');
    expect(ran).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('runInSlices', () => {
  function sliced(count: number, msPerStep: number, sliceMs: number) {
    vi.useFakeTimers();
    const clock = { now: 0 };
    vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
    const ran: number[] = [];
    const done = vi.fn();
    const failed = vi.fn();
    const cancel = runInSlices(timedSteps(count, msPerStep, clock, ran), { done, failed, sliceMs });
    return { ran, done, failed, cancel };
  }

  it('runs nothing in the calling task, then about sliceMs of steps per task until the result', () => {
    const { ran, done, failed } = sliced(10, 10, 25);
    expect(ran).toEqual([]);
    // A slice stops once its time is up: 3 steps of 10 ms reach 30 ms, past 25.
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([0, 1, 2]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5]);
    expect(done).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(ran).toHaveLength(10);
    expect(done).toHaveBeenCalledExactlyOnceWith('ran 10');
    expect(failed).not.toHaveBeenCalled();
  });

  it('waits delayMs before the first slice, and never starts if cancelled before', () => {
    vi.useFakeTimers();
    const clock = { now: 0 };
    vi.spyOn(performance, 'now').mockImplementation(() => clock.now);
    const ran: number[] = [];
    runInSlices(timedSteps(2, 1, clock, ran), { done: () => {}, failed: () => {}, delayMs: 150 });
    vi.advanceTimersByTime(149);
    expect(ran).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(ran).toEqual([0, 1]);

    const abandoned: number[] = [];
    const cancel = runInSlices(timedSteps(2, 1, clock, abandoned), {
      done: () => {},
      failed: () => {},
      delayMs: 150,
    });
    vi.advanceTimersByTime(100);
    cancel();
    vi.runAllTimers();
    expect(abandoned).toEqual([]);
  });

  it('stops for good when cancelled, without a result', () => {
    const { ran, done, cancel } = sliced(10, 10, 25);
    vi.advanceTimersToNextTimer();
    cancel();
    vi.runAllTimers();
    expect(ran).toEqual([0, 1, 2]);
    expect(done).not.toHaveBeenCalled();
  });

  it('hands what a step throws to `failed` instead of throwing it in a timer', () => {
    vi.useFakeTimers();
    const done = vi.fn();
    const failed = vi.fn();
    const broken = (function* (): Steps<number> {
      yield;
      throw new Error('no lanes');
    })();
    runInSlices(broken, { done, failed });
    expect(() => vi.runAllTimers()).not.toThrow();
    expect(failed).toHaveBeenCalledExactlyOnceWith(new Error('no lanes'));
    expect(done).not.toHaveBeenCalled();
  });
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
    vi.stubGlobal('requestIdleCallback', undefined);
    vi.useFakeTimers();
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
