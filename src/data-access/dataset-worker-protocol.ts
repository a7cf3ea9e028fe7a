import type { DatasetProgress } from './dataset-progress.ts';
import type { EncodedModel } from './model-transfer.ts';
import type { BodyOrigin, ParseOutcome } from './parse-dataset-body.ts';

/** The page asks the dataset worker to read one fetched body (transferred, not copied). */
export interface DatasetWorkerRequest {
  body: ArrayBuffer;
  origin: BodyOrigin;
}

/**
 * The worker answers with progress reports, then the encoded model, or why there is none (or the message of a
 * crash in its own code).
 */
export type DatasetWorkerMessage =
  | { type: 'progress'; progress: DatasetProgress }
  | { type: 'model'; model: EncodedModel }
  | { type: 'failure'; outcome: Extract<ParseOutcome, { ok: false }> }
  | { type: 'crash'; message: string };
