import type { DatasetModel } from '../domain/dataset-model.ts';
import { markDatasetArrived } from './dataset-arrived-mark.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { reportDatasetProgress } from './dataset-progress.ts';
import { forgetProgress, reportProgress, reportSource } from './download-status.ts';
import { isBundledDataset } from './dataset-url.ts';
import type { LoadEvents, LoadOutcome } from './load-dataset.ts';
import { loadOffThread } from './load-off-thread.ts';
import type { TransportLimits } from './transport-deadlines.ts';

/**
 * Fetches a dataset and validates it, off the main thread (the bundled one was validated as the app was built, and
 * is read on the page while its bytes are the ones checked), reporting progress to the loading view; every
 * failure becomes a DatasetLoadError that names the URL and the cause. Validation lives here, in the query
 * function, so the cache only ever holds valid data.
 */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  limits?: TransportLimits,
): Promise<DatasetModel> {
  // The worker resolves a relative address against the page's, as the page's own fetch would.
  const base = typeof document === 'undefined' ? undefined : document.baseURI;
  // Forgotten as a load starts, not as it ends: the loading view stays up until the model is rendered, and with
  // no progress it would say "Downloading…" again meanwhile (at 100,000 rounds for up to 0.4 s).
  reportDatasetProgress(url, null);
  const request = { url, base, limits };
  const events: LoadEvents = {
    downloading: (progress) => reportProgress(url, progress),
    downloaded: (source, arrivedAt) => {
      markDatasetArrived(url, arrivedAt);
      reportSource(url, source);
    },
    progress: (progress) => reportDatasetProgress(url, progress),
  };
  // The bundled dataset, when its bytes are the ones the build checked, is read on the page (a chunk of its own,
  // holding the check). Should that chunk not load (gone after a redeploy), the worker reads the dataset.
  let onPage: LoadOutcome | null = null;
  if (isBundledDataset(url, base)) {
    onPage = await import('./load-bundled-on-page.ts').then(
      (reader) => reader.loadBundledOnPage(request, events, signal),
      () => null,
    );
    // Bytes the page downloaded and left to the worker: the worker's count starts again from nothing.
    if (onPage === null) forgetProgress(url);
  }
  const outcome = onPage ?? (await loadOffThread(request, events, signal));
  if (outcome.ok) return outcome.model;
  throw new DatasetLoadError(url, outcome.failure, outcome.responseUrl);
}
