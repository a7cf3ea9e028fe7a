import type { DatasetModel } from '../domain/dataset-model.ts';
import type { DatasetBytes } from './dataset-bytes.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { reportDatasetProgress } from './dataset-progress.ts';
import type { DatasetReader } from './parse-off-thread.ts';

/**
 * Turns the fetched bytes of `url` into the dataset model with `reader` (off the main thread), reporting
 * progress to the loading view; a file that is not a valid dataset becomes a DatasetLoadError naming the cause.
 */
export async function readDatasetBody(
  url: string,
  body: DatasetBytes,
  contentType: string,
  reader: DatasetReader,
): Promise<DatasetModel> {
  try {
    const outcome = await reader.read(body, { url, contentType }, (progress) =>
      reportDatasetProgress(url, progress),
    );
    if (outcome.ok) return outcome.model;
    throw new DatasetLoadError(url, outcome.failure);
  } finally {
    reportDatasetProgress(url, null);
  }
}
