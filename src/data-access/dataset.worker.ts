import type { Dataset } from '../domain/schema.ts';
import { joinBytes } from './join-bytes.ts';
import type { DatasetWorkerMessage, DatasetWorkerRequest } from './dataset-worker-protocol.ts';
import { encodeModel, encodeRounds, type ModelPart } from './model-transfer.ts';
import { parseDatasetBody } from './parse-dataset-body.ts';

/*
 * The dataset pipeline off the main thread: JSON parsing, schema validation, EDTF dates and the filter index
 * take seconds for 100,000 rounds, and the page must stay responsive (and show progress) meanwhile. The
 * validator, its wording and the EDTF grammar are bundled here, not in the page's first load.
 */

/** The worker's global scope, as far as this file uses it (the project's types are the page's, not a worker's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<DatasetWorkerRequest>) => void) | null;
  postMessage(message: DatasetWorkerMessage): void;
}
const scope = globalThis as unknown as WorkerScope;

const post = (message: DatasetWorkerMessage) => scope.postMessage(message);

const postParts = (parts: Iterable<ModelPart>) => {
  for (const part of parts) post({ type: 'model-part', part });
};

scope.onmessage = (event: MessageEvent<DatasetWorkerRequest>) => {
  const { origin } = event.data;
  // Once joined, the chunks go: kept beside the joined copy, they would hold the body twice while it is parsed.
  const body = joinBytes(event.data.body);
  event.data.body = { chunks: [], size: 0 };
  // The rounds leave as soon as they are valid, so the page parses them while this worker dates and indexes.
  const sendRounds = (dataset: Dataset) => postParts(encodeRounds(dataset.rounds));
  parseDatasetBody(body, origin, (progress) => post({ type: 'progress', progress }), sendRounds)
    .then((outcome) => {
      if (!outcome.ok) return post({ type: 'failure', outcome });
      postParts(encodeModel(outcome.model));
      post({ type: 'model-end' });
    })
    .catch((error: unknown) =>
      post({ type: 'crash', message: error instanceof Error ? error.message : String(error) }),
    );
};
