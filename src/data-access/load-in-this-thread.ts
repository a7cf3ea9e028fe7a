import { withFilterIndex } from '../domain/with-filter-index.ts';
import { loadDataset, type DatasetRequest, type LoadEvents, type LoadOutcome } from './load-dataset.ts';

/**
 * The dataset worker's load, in the calling thread where there are no workers (Vitest, jsdom): the model with the
 * filter index the page would have made from the worker's parts. Kept out of load-dataset.ts, which the worker
 * runs: the index's code would otherwise join the worker's script.
 */
export async function loadInThisThread(
  request: DatasetRequest,
  events: LoadEvents,
  signal?: AbortSignal,
): Promise<LoadOutcome> {
  const outcome = await loadDataset(request, events, signal);
  return outcome.ok ? { ok: true, model: withFilterIndex(outcome.model) } : outcome;
}
