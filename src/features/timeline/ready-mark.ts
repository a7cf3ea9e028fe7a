/** The first frame with marks drawn: benchmarks wait for it, and code the first picture does not need. */
const READY_MARK = 'timeline-ready';

/**
 * Sets the ready mark once per page. The page's performance timeline remembers it, so no module state is
 * needed and a remounted timeline does not mark again.
 */
export function markTimelineReady(): void {
  if (performance.getEntriesByName(READY_MARK, 'mark').length === 0) performance.mark(READY_MARK);
}

/** How long work that waits for the ready mark waits at most: the list view, an empty result or an error draws no marks. */
const READY_WAIT_MS = 3_000;

/**
 * Calls `then` once the timeline is ready (at once if it is), or after READY_WAIT_MS on a page that shows no
 * marks: for code the first picture does not need, so that it does not compete with drawing it. Returns a
 * function that cancels the call.
 */
export function onceTimelineReady(then: () => void): () => void {
  const ready = () => performance.getEntriesByName(READY_MARK, 'mark').length > 0;
  if (ready()) {
    then();
    return () => undefined;
  }
  let observer: PerformanceObserver | null = null;
  const stop = () => {
    observer?.disconnect();
    clearTimeout(fallback);
  };
  const callOnce = () => {
    stop();
    then();
  };
  const fallback = setTimeout(callOnce, READY_WAIT_MS);
  try {
    observer = new PerformanceObserver(() => {
      if (ready()) callOnce();
    });
    observer.observe({ type: 'mark', buffered: true });
  } catch {
    // A browser that cannot observe marks: the wait alone, as on a page that draws none.
  }
  return stop;
}
