import { afterEach, describe, expect, it, vi } from 'vitest';
import { timedSteps } from '../test/timed-steps.ts';
import { runInSlices, runSteps, type Steps } from './steps.ts';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

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
