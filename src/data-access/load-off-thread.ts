import { datasetWorkerName, type DatasetWorkerMessage } from './dataset-worker-protocol.ts';
import type { DatasetRequest, LoadEvents, LoadOutcome } from './load-dataset.ts';
import { ModelDecoder } from './model-transfer.ts';

/**
 * Loads a dataset in the dataset worker: it downloads, parses, validates and dates, and sends the model back in
 * parts that the page decodes, and indexes, as they arrive. Where there are no workers (Vitest, jsdom) the same
 * pipeline runs in this thread, loaded on demand so that it never enters the page's first load. Aborting the
 * signal stops the worker and rejects with the signal's reason.
 */
export function loadOffThread(
  request: DatasetRequest,
  events: LoadEvents,
  signal?: AbortSignal,
): Promise<LoadOutcome> {
  if (typeof Worker === 'undefined') {
    return import('./load-in-this-thread.ts').then(({ loadInThisThread }) =>
      loadInThisThread(request, events, signal),
    );
  }
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(abortReason(signal));
    const worker = new Worker(new URL('./dataset.worker.ts', import.meta.url), {
      type: 'module',
      name: datasetWorkerName(request),
    });
    const stop = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (error: Error) => {
      stop();
      reject(error);
    };
    const onAbort = () => fail(abortReason(signal));
    signal?.addEventListener('abort', onAbort);
    // The worker's script may fail to load (a chunk gone after a redeploy, a worker-src policy).
    worker.onerror = (event) =>
      fail(new Error(`the dataset worker failed to start: ${event.message || 'unknown error'}`));

    const decoder = new ModelDecoder();
    const receive = (message: DatasetWorkerMessage) => {
      if (message.type === 'downloading') return events.downloading(message.progress);
      if (message.type === 'downloaded') return events.downloaded(message.source, message.arrivedAt);
      if (message.type === 'progress') return events.progress(message.progress);
      // Each part arrives as its own task, so decoding one never holds the page for long.
      if (message.type === 'model-part') return decoder.accept(message.part);
      if (message.type === 'rounds-withdrawn') return decoder.withdrawRounds();
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
  });
}

function abortReason(signal: AbortSignal | undefined): Error {
  return signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}
