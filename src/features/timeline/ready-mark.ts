/** The first frame with marks drawn: benchmarks wait for it, and code the first picture does not need. */
const READY_MARK = 'timeline-ready';

/** Calls waiting for the mark (onceTimelineReady). */
const waiting = new Set<() => void>();

/** Whether a timeline on this page has drawn its first marks. */
export const isTimelineReady = () => performance.getEntriesByName(READY_MARK, 'mark').length > 0;

/**
 * Sets the ready mark once per page, and starts what waits for it in tasks of its own, after the frame. The
 * page's performance timeline remembers the mark, so a remounted timeline does not mark again.
 */
export function markTimelineReady(): void {
  if (isTimelineReady()) return;
  performance.mark(READY_MARK);
  // Each waiter leaves the set when it is called or cancelled, so one cancelled in the meantime is not called.
  for (const then of waiting) setTimeout(() => waiting.has(then) && then(), 0);
}

/**
 * How long work that waits for the ready mark waits at most: the list view, an empty result or an error draws
 * no marks.
 */
const READY_WAIT_MS = 3_000;

/**
 * Calls `then` once the timeline is ready (at once if it is), or after READY_WAIT_MS on a page that shows no
 * marks: for code the first picture does not need, so that it does not compete with drawing it. Returns a
 * function that cancels the call. (It listened for the mark through a PerformanceObserver before; now
 * markTimelineReady starts the calls itself, in the tasks right after the marking frame.)
 */
export function onceTimelineReady(then: () => void): () => void {
  if (isTimelineReady()) {
    then();
    return () => undefined;
  }
  const callOnce = () => {
    stop();
    then();
  };
  const stop = () => {
    waiting.delete(callOnce);
    clearTimeout(fallback);
  };
  const fallback = setTimeout(callOnce, READY_WAIT_MS);
  waiting.add(callOnce);
  return stop;
}
