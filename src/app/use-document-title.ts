import { useEffect } from 'react';
import type { Dataset } from '../domain/schema.ts';
import { useViewStore } from '../state/view-store.ts';

const APP_NAME = 'Parley';

/**
 * The tab, a bookmark and a shared link's preview name what the reader is looking at: "<round> — Parley" with a
 * round open, "<dataset> — Parley" without, and "Parley" while nothing is loaded (or in the editor).
 */
export function documentTitle(dataset: Dataset | null, roundId: string | null): string {
  if (!dataset) return APP_NAME;
  const round = roundId === null ? undefined : dataset.rounds.find((r) => r.id === roundId);
  return `${round?.title ?? dataset.meta.title} — ${APP_NAME}`;
}

/** Keeps document.title on the selected round. */
export function useDocumentTitle(dataset: Dataset | null): void {
  const roundId = useViewStore((s) => s.round);
  useEffect(() => {
    document.title = documentTitle(dataset, roundId);
  }, [dataset, roundId]);
}
