import { useSyncExternalStore } from 'react';
import { flushSync } from 'react-dom';

const PRINT_QUERY = 'print';
let beforePrint = false;
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

/*
 * Whether the page is being printed: the print media query (which also answers an emulated print medium), or
 * the window between beforeprint and afterprint, rendered synchronously so the print layout already holds
 * what only print shows. Until then the print-only content is not rendered at all, which keeps it free for
 * a dataset of thousands of rounds.
 */
function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  const query = window.matchMedia(PRINT_QUERY);
  const onBefore = () => {
    beforePrint = true;
    flushSync(notify);
  };
  const onAfter = () => {
    beforePrint = false;
    notify();
  };
  query.addEventListener('change', listener);
  window.addEventListener('beforeprint', onBefore);
  window.addEventListener('afterprint', onAfter);
  return () => {
    listeners.delete(listener);
    query.removeEventListener('change', listener);
    window.removeEventListener('beforeprint', onBefore);
    window.removeEventListener('afterprint', onAfter);
  };
}

/** True while the page is printed or shown in print media. */
export function usePrinting(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => beforePrint || window.matchMedia(PRINT_QUERY).matches,
    () => false,
  );
}
