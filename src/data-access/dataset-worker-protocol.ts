import type { DatasetBytes } from './dataset-bytes.ts';
import type { DatasetProgress } from './dataset-progress.ts';
import type { ModelPart } from './model-transfer.ts';
import type { BodyOrigin, ParseOutcome } from './parse-dataset-body.ts';

/** The page asks the dataset worker to read one fetched body (its chunks transferred, not copied). */
export interface DatasetWorkerRequest {
  body: DatasetBytes;
  origin: BodyOrigin;
}

/**
 * The worker answers with progress reports, then the encoded model part by part and a last message saying it is
 * complete, or why there is no model (or the message of a crash in its own code).
 */
export type DatasetWorkerMessage =
  | { type: 'progress'; progress: DatasetProgress }
  | { type: 'model-part'; part: ModelPart }
  | { type: 'model-end' }
  | { type: 'failure'; outcome: Extract<ParseOutcome, { ok: false }> }
  | { type: 'crash'; message: string };
