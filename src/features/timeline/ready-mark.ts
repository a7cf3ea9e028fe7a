/** The performance mark benchmarks wait for: the first frame with marks drawn. */
const READY_MARK = 'timeline-ready';

/**
 * Sets the ready mark once per page. The page's performance timeline remembers it, so no module state is
 * needed and a remounted timeline does not mark again.
 */
export function markTimelineReady(): void {
  if (performance.getEntriesByName(READY_MARK, 'mark').length === 0) performance.mark(READY_MARK);
}
