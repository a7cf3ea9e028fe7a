import type { DatasetModel } from '../domain/dataset-model.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { reportDatasetProgress } from './dataset-progress.ts';
import { parseOffThread } from './parse-off-thread.ts';

/**
 * Turns the fetched bytes of `url` into the dataset model, off the main thread, reporting progress to the
 * loading view; a file that is not a valid dataset becomes a DatasetLoadError naming the cause.
 */
export async function readDatasetBody(
  url: string,
  body: ArrayBuffer,
  contentType: string,
  signal?: AbortSignal,
): Promise<DatasetModel> {
  try {
    const outcome = await parseOffThread(
      body,
      { url, contentType },
      (progress) => reportDatasetProgress(url, progress),
      signal,
    );
    if (outcome.ok) return outcome.model;
    throw new DatasetLoadError(url, outcome.failure);
  } finally {
    reportDatasetProgress(url, null);
  }
}
