import { datasetWorkerName, type DatasetWorkerMessage } from './dataset-worker-protocol.ts';
import type { DatasetRequest, LoadEvents, LoadOutcome } from './load-dataset.ts';
import type { ModelDecoder } from './model-transfer.ts';

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

    // The model's decoder is a chunk of its own, asked for as the worker starts: the bundled dataset, which the
    // build checked, never comes here, so the page's first load goes without it. It comes long before the
    // worker's first part; what the worker sends for it before then waits, in order.
    let decoder: ModelDecoder | null = null;
    const waiting: DatasetWorkerMessage[] = [];
    const receive = (message: DatasetWorkerMessage) => {
      if (message.type === 'downloading') return events.downloading(message.progress);
      if (message.type === 'downloaded') return events.downloaded(message.source, message.arrivedAt);
      if (message.type === 'progress') return events.progress(message.progress);
      // Each part arrives as its own task, so decoding one never holds the page for long.
      if (message.type === 'model-part') return decoder!.accept(message.part);
      if (message.type === 'rounds-withdrawn') return decoder!.withdrawRounds();
      stop();
      if (message.type === 'model-end') resolve({ ok: true, model: decoder!.finish() });
      else if (message.type === 'failure') resolve(message.outcome);
      else reject(new Error(`the dataset could not be read: ${message.message}`));
    };
    const handle = (message: DatasetWorkerMessage) => {
      try {
        receive(message);
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    };
    import('./model-transfer.ts').then(
      (transfer) => {
        decoder = new transfer.ModelDecoder();
        waiting.splice(0).forEach(handle);
      },
      (error: unknown) =>
        fail(
          new Error(
            `the dataset reader failed to load: ${error instanceof Error ? error.message : String(error)}`,
          ),
        ),
    );
    worker.onmessage = (event: MessageEvent<DatasetWorkerMessage>) => {
      if (decoder === null && forTheDecoder(event.data)) waiting.push(event.data);
      else handle(event.data);
    };
  });
}

/** Whether the message is the decoder's to take: a part of the model, a withdrawal or the model's end. */
function forTheDecoder({ type }: DatasetWorkerMessage): boolean {
  return type === 'model-part' || type === 'rounds-withdrawn' || type === 'model-end';
}

function abortReason(signal: AbortSignal | undefined): Error {
  return signal?.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError');
}
