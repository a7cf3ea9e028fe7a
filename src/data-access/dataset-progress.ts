import { useSyncExternalStore } from 'react';

/**
 * How far the dataset pipeline has got: reading the text, checking rounds, or dating and indexing them (the
 * worker dates them; the page finishes their index as the time order arrives).
 */
export interface DatasetProgress {
  stage: 'reading' | 'checking' | 'indexing';
  /** Rounds done so far in this stage (0 while reading). */
  done: number;
  /** Rounds in the dataset, once known (0 while reading). */
  total: number;
}

/*
 * Progress lives outside the query cache: react-query holds a query's result, not how far its function has got.
 * One entry per dataset URL, so a page that switches datasets never shows the other one's progress.
 */
const progressByUrl = new Map<string, DatasetProgress>();
const listeners = new Set<() => void>();

/** Records the progress of the load of `url` (null as a load starts) and tells the views. */
export function reportDatasetProgress(url: string, progress: DatasetProgress | null): void {
  if (progress === null) progressByUrl.delete(url);
  else progressByUrl.set(url, progress);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The latest progress of the load of `url`: null before its first report, its last stage once it has ended. */
export function useDatasetProgress(url: string): DatasetProgress | null {
  return useSyncExternalStore(
    subscribe,
    () => progressByUrl.get(url) ?? null,
    () => null,
  );
}
