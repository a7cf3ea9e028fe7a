import type { DatasetProgress } from './dataset-progress.ts';
import type { DatasetSource } from './download-status.ts';
import type { BodyProgress } from './fetch-dataset-body.ts';
import type { DatasetRequest, LoadOutcome } from './load-dataset.ts';
import type { ModelPart } from './model-transfer.ts';

/** The page asks the dataset worker to load one dataset; its address is resolved against `base`. */
export type DatasetWorkerRequest = DatasetRequest;

/**
 * The request travels in the worker's name (`new Worker(url, { name })`, read as `self.name`), not in a message:
 * a message the page posts to a worker still starting is handed over by the page's own thread once the worker's
 * script has run, and that thread is then busy with the app's first render. At 10,000 rounds the worker's
 * script had run 70 ms before the message reached it, and the download waited for it.
 */
export function datasetWorkerName(request: DatasetWorkerRequest): string {
  return JSON.stringify(request);
}

/** The request a dataset worker was started with, read back from its name. */
export function requestFromWorkerName(name: string): DatasetWorkerRequest {
  return JSON.parse(name) as DatasetWorkerRequest;
}

/**
 * The worker answers with the download's and then the reading's progress, then the encoded model part by part
 * and a last message saying it is complete, or why there is no model (or the message of a crash in its own code).
 * The rounds' parts may come from while the bytes still arrive (RoundsAsTheyArrive), and be withdrawn.
 */
export type DatasetWorkerMessage =
  | { type: 'downloading'; progress: BodyProgress }
  | { type: 'downloaded'; source: DatasetSource; arrivedAt: number }
  | { type: 'progress'; progress: DatasetProgress }
  | { type: 'model-part'; part: ModelPart }
  /** The rounds sent so far are void; the dataset's are sent again, unless it fails (see RoundsAsTheyArrive). */
  | { type: 'rounds-withdrawn' }
  | { type: 'model-end' }
  | { type: 'failure'; outcome: Extract<LoadOutcome, { ok: false }> }
  | { type: 'crash'; message: string };
