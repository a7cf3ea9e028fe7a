import type { DatasetProgress } from './dataset-progress.ts';
import type { DatasetWorkerMessage, DatasetWorkerRequest } from './dataset-worker-protocol.ts';
import { ModelDecoder } from './model-transfer.ts';
import type { BodyOrigin, ParseOutcome } from './parse-dataset-body.ts';

/**
 * Reads fetched bytes into the dataset model in the dataset worker; the bytes are transferred, not copied.
 * Where there are no workers (Vitest, jsdom) the same pipeline runs in this thread, loaded on demand so that
 * the validator never enters the page's first load. Aborting the signal stops the worker.
 */
export function parseOffThread(
  body: ArrayBuffer,
  origin: BodyOrigin,
  onProgress: (progress: DatasetProgress) => void,
  signal?: AbortSignal,
): Promise<ParseOutcome> {
  if (typeof Worker === 'undefined') {
    return import('./parse-dataset-body.ts').then((pipeline) =>
      pipeline.parseDatasetBody(body, origin, onProgress),
    );
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort);
    const decoder = new ModelDecoder();
    worker.onmessage = (event: MessageEvent<DatasetWorkerMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.progress);
      if (message.type === 'model-part') {
        // Each part arrives as its own task, so decoding one never holds the page for long.
        return onProgress({ stage: 'indexing', ...decoder.accept(message.part) });
      }
      stop();
      if (message.type === 'model-end') {
        try {
          resolve({ ok: true, model: decoder.finish() });
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      } else if (message.type === 'failure') resolve(message.outcome);
      else reject(new Error(`the dataset could not be read: ${message.message}`));
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(`the dataset worker failed to start: ${event.message || 'unknown error'}`));
    };
    const request: DatasetWorkerRequest = { body, origin };
    worker.postMessage(request, [body]);
  });
}
