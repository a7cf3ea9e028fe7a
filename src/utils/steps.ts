/**
 * Work written as a generator that yields wherever it may pause. The same code then runs to the end at once
 * (`runSteps`, for small inputs and tests) or across many tasks (`runInSlices`), so that building a view of
 * 100,000 rounds does not freeze the page for a second.
 */
export type Steps<T> = Generator<void, T, void>;

/** How many items a loop handles between two pauses: few enough for a slice to stop on time. */
export const ITEMS_PER_STEP = 512;

/** Runs the steps to the end in the current task. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** What to do with the steps' result or failure, and how to slice them. */
export interface SliceOptions<T> {
  done: (value: T) => void;
  failed: (error: unknown) => void;
  /** How long one task may run before it hands the page back; a long task is anything over 50 ms. */
  sliceMs?: number;
  /** How long to wait before the first slice: work for a view that may change again at once waits for it to rest. */
  delayMs?: number;
}

/**
 * Runs the steps in slices of about `sliceMs`, each its own task (the page paints and handles input between
 * them), then calls `done` with the result, or `failed` with what the steps threw. Returns a function that
 * abandons the work (the inputs changed, or the view went away).
 */
export function runInSlices<T>(
  steps: Steps<T>,
  { done, failed, sliceMs = 25, delayMs = 0 }: SliceOptions<T>,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const slice = () => {
    const until = performance.now() + sliceMs;
    try {
      for (;;) {
        const next = steps.next();
        if (next.done) return done(next.value);
        if (performance.now() >= until) break;
      }
    } catch (error) {
      return failed(error);
    }
    timer = setTimeout(slice, 0);
  };
  timer = setTimeout(slice, delayMs);
  return () => clearTimeout(timer);
}
