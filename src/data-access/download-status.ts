import { useSyncExternalStore } from 'react';
import type { BodyProgress } from './fetch-dataset-body.ts';

/** Where a dataset's bytes really came from: the response's URL, after any redirects. */
export interface DatasetSource {
  finalUrl: string;
  redirected: boolean;
}

/**
 * What the transport learns while a dataset downloads, by requested URL: the byte progress and the final
 * address. The query cache holds only the validated dataset, so these facts about the response live here,
 * beside it, for the loading view and the data-source notice.
 */
const progressByUrl = new Map<string, BodyProgress>();
const sourceByUrl = new Map<string, DatasetSource>();
const listeners = new Set<() => void>();
// Progress arrives once per network chunk; the loading view needs a few updates a second, not hundreds.
const PROGRESS_INTERVAL_MS = 100;
let progressNoticeDue: ReturnType<typeof setTimeout> | null = null;

function notify(): void {
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Records how much of `url`'s body has arrived; called for every chunk the dataset worker reports. */
export function reportProgress(url: string, progress: BodyProgress): void {
  progressByUrl.set(url, progress);
  // Trailing, so the last count before a pause in the download is the one shown.
  progressNoticeDue ??= setTimeout(() => {
    progressNoticeDue = null;
    notify();
  }, PROGRESS_INTERVAL_MS);
}

/** Forgets how much of `url`'s body had arrived, for a download that starts again. */
export function forgetProgress(url: string): void {
  if (progressByUrl.delete(url)) notify();
}

/** Records where `url`'s data came from once its body has arrived, and forgets its progress. */
export function reportSource(url: string, source: DatasetSource): void {
  progressByUrl.delete(url);
  sourceByUrl.set(url, source);
  notify();
}

/** The bytes received so far for `url`, or null before the body starts. */
export function useDownloadProgress(url: string): BodyProgress | null {
  return useSyncExternalStore(subscribe, () => progressByUrl.get(url) ?? null);
}

/** Where `url`'s data really came from, once it has been downloaded. */
export function useDatasetSource(url: string): DatasetSource | null {
  return useSyncExternalStore(subscribe, () => sourceByUrl.get(url) ?? null);
}
