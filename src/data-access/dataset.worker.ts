import { requestFromWorkerName, type DatasetWorkerMessage } from './dataset-worker-protocol.ts';
import { loadDataset } from './load-dataset.ts';
import { encodeModel, encodeRounds, type ModelPart } from './model-transfer.ts';

/*
 * The dataset pipeline off the main thread: the download, JSON parsing, schema validation and EDTF dates take
 * seconds for 100,000 rounds, and the page must stay responsive (and show progress) meanwhile.
 * Downloading here, not in the page, also keeps the browser's handling of 100 MB of network data (tasks of up to
 * half a second) off the page's thread. The validator, its wording and the EDTF grammar are a chunk this worker
 * loads while the bytes arrive, not part of the page's first load. (The bundled dataset, which the build
 * checked, is read on the page while its bytes are the ones checked, and comes here only otherwise:
 * load-bundled-on-page.ts.)
 */

/** The worker's global scope, as far as this file uses it (the project's types are the page's, not a worker's). */
interface WorkerScope {
  readonly name: string;
  postMessage(message: DatasetWorkerMessage): void;
}
const scope = globalThis as unknown as WorkerScope;

const post = (message: DatasetWorkerMessage) => scope.postMessage(message);

const postParts = (parts: Iterable<ModelPart>) => {
  for (const part of parts) post({ type: 'model-part', part });
};

// The page names the dataset in the worker's name (see datasetWorkerName), so the load starts as this script runs.
// A name that cannot be read is a crash in Parley's own code, reported as one.
Promise.resolve()
  .then(() =>
    loadDataset(requestFromWorkerName(scope.name), {
      downloading: (progress) => post({ type: 'downloading', progress }),
      downloaded: (source, arrivedAt) => post({ type: 'downloaded', source, arrivedAt }),
      progress: (progress) => post({ type: 'progress', progress }),
      // The rounds leave as they pass the schema, from while the bytes arrive (RoundsAsTheyArrive), so the page
      // decodes (and indexes) them while this worker reads and checks the rest and dates them; each in the
      // dataset's own text, where that text is just the round. Should the dataset fail later (see
      // parseDatasetBody), the failure tells the page to drop them; should they be read again, this does.
      roundsPassed: (rounds, roundText) => postParts(encodeRounds(rounds, roundText)),
      roundsWithdrawn: () => post({ type: 'rounds-withdrawn' }),
      // The model made here is only encoded: the rounds told as their text need not be held whole meanwhile.
      keepToldRoundsLight: true,
    }),
  )
  .then((outcome) => {
    if (!outcome.ok) return post({ type: 'failure', outcome });
    postParts(encodeModel(outcome.model));
    post({ type: 'model-end' });
  })
  .catch((error: unknown) =>
    post({ type: 'crash', message: error instanceof Error ? error.message : String(error) }),
  );
