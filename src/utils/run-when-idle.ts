import { runInSlices, type SliceOptions, type Steps } from './steps.ts';

/**
 * Runs the steps in the page's idle time only (requestIdleCallback): steps while each idle period lasts (the
 * last may run a little past it, so keep steps short), so that work nobody waits for yet does not hold up
 * frames or input. Where the browser has no idle
 * callbacks (Safari), it runs in short slices after a pause instead. Returns a function that abandons the work.
 */
export function runWhenIdle<T>(
  steps: Steps<T>,
  { done, failed }: Pick<SliceOptions<T>, 'done' | 'failed'>,
): () => void {
  if (typeof requestIdleCallback !== 'function') {
    return runInSlices(steps, { done, failed, sliceMs: 8, delayMs: 1000 });
  }
  let handle = 0;
  const slice = (deadline: IdleDeadline) => {
    try {
      do {
        const next = steps.next();
        if (next.done) return done(next.value);
      } while (deadline.timeRemaining() > 1);
    } catch (error) {
      return failed(error);
    }
    handle = requestIdleCallback(slice);
  };
  handle = requestIdleCallback(slice);
  return () => cancelIdleCallback(handle);
}
