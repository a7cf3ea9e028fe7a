import { transferableBuffers, type DatasetBytes } from './dataset-bytes.ts';
import type { DatasetProgress } from './dataset-progress.ts';
import type { DatasetWorkerMessage, DatasetWorkerRequest } from './dataset-worker-protocol.ts';
import { ModelDecoder } from './model-transfer.ts';
import type { BodyOrigin, ParseOutcome } from './parse-dataset-body.ts';

/** Reads one fetched body into the dataset model, off the main thread where there are workers. */
export interface DatasetReader {
  /** Reads the bytes (transferred to the worker, not copied); at most once per reader. */
  read(
    body: DatasetBytes,
    origin: BodyOrigin,
    onProgress: (progress: DatasetProgress) => void,
  ): Promise<ParseOutcome>;
  /** Ends the worker of a reader that will not be used after all (the download failed). */
  stop(): void;
}

/**
 * Starts the dataset worker before the bytes it will read have arrived, so that its code (the validator, its
 * wording and the EDTF grammar: a chunk of its own) loads and compiles while the dataset downloads rather than
 * after. Where there are no workers (Vitest, jsdom) the same pipeline runs in this thread, loaded on demand so
 * that the validator never enters the page's first load. Aborting the signal stops the worker.
 */
export function startDatasetReader(signal?: AbortSignal): DatasetReader {
  if (typeof Worker === 'undefined') {
    return {
      read: (body, origin, onProgress) =>
        Promise.all([import('./parse-dataset-body.ts'), import('./join-bytes.ts')]).then(
          ([pipeline, { joinBytes }]) => pipeline.parseDatasetBody(joinBytes(body), origin, onProgress),
        ),
      stop: () => undefined,
    };
  }
  const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
  // The worker's script may fail to load while the bytes are still downloading (a chunk gone after a redeploy,
  // a worker-src policy): that error fires once, so it is kept for the read that comes later.
  let failure: Error | null = null;
  let rejectRead: ((error: Error) => void) | null = null;
  const fail = (error: Error) => {
    stop();
    failure ??= error;
    rejectRead?.(error);
  };
  const stop = () => {
    worker.terminate();
    signal?.removeEventListener('abort', onAbort);
  };
  const onAbort = () =>
    fail(signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
  signal?.addEventListener('abort', onAbort);
  worker.onerror = (event) =>
    fail(new Error(`the dataset worker failed to start: ${event.message || 'unknown error'}`));

  const read: DatasetReader['read'] = (body, origin, onProgress) =>
    new Promise((resolve, reject) => {
      if (signal?.aborted) onAbort();
      if (failure) return reject(failure);
      rejectRead = reject;
      const decoder = new ModelDecoder();
      const receive = (message: DatasetWorkerMessage) => {
        if (message.type === 'progress') return onProgress(message.progress);
        // Each part arrives as its own task, so decoding one never holds the page for long.
        if (message.type === 'model-part') return decoder.accept(message.part);
        stop();
        if (message.type === 'model-end') resolve({ ok: true, model: decoder.finish() });
        else if (message.type === 'failure') resolve(message.outcome);
        else reject(new Error(`the dataset could not be read: ${message.message}`));
      };
      worker.onmessage = (event: MessageEvent<DatasetWorkerMessage>) => {
        try {
          receive(event.data);
        } catch (error) {
          fail(error instanceof Error ? error : new Error(String(error)));
        }
      };
      const request: DatasetWorkerRequest = { body, origin };
      worker.postMessage(request, transferableBuffers(body));
    });
  return { read, stop };
}
