import bundledCheck from 'virtual:parley-bundled-check';
import { withFilterIndex } from '../domain/with-filter-index.ts';
import { canDigest, modelFromBuildCheck } from './build-check.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { fetchDatasetBody } from './fetch-dataset-body.ts';
import type { DatasetRequest, LoadEvents, LoadOutcome } from './load-dataset.ts';
import { DEFAULT_LIMITS } from './transport-deadlines.ts';

/**
 * The bundled dataset, read on the page when its bytes are the ones the build checked (build-check.ts). Then
 * nothing is left to do off the main thread: a file of under a megabyte is parsed in milliseconds, and the
 * check holds its dates and order. Starting the dataset worker took longer than that (its script, then its
 * download, began 100–140 ms after the worker was made). Null when the bytes are not the checked ones (another
 * size or digest), when the build made no check, or where there is no Web Crypto: the caller loads the dataset
 * in the worker, which reads it the usual way. Downloading stops as soon as the body is longer than the checked
 * file, so a large file that replaced it after the build is never held by the page.
 */
export async function loadBundledOnPage(
  { url, base, limits = DEFAULT_LIMITS }: DatasetRequest,
  events: LoadEvents,
  signal?: AbortSignal,
): Promise<LoadOutcome | null> {
  // The check is part of this module's chunk, so that the download need not wait for a second one.
  const check = bundledCheck;
  if (!canDigest() || check === null) return null;
  if (!Number.isSafeInteger(check.size) || check.size >= limits.maxBytes) return null;
  let downloaded;
  try {
    downloaded = await fetchDatasetBody(url, {
      signal,
      base,
      limits: { ...limits, maxBytes: check.size },
      onProgress: events.downloading,
    });
  } catch (error) {
    if (!(error instanceof DatasetLoadError)) throw error;
    // Longer than the checked file: another file, which the worker reads. Any other failure is the load's.
    if (error.failure.kind === 'too-large') return null;
    return { ok: false, failure: error.failure, responseUrl: error.responseUrl };
  }
  const arrivedAt = performance.timeOrigin + performance.now();
  const { body, finalUrl, redirected } = downloaded;
  const model = await modelFromBuildCheck(check, body);
  signal?.throwIfAborted();
  if (model === null) return null;
  events.downloaded({ finalUrl, redirected }, arrivedAt);
  events.progress({ stage: 'indexing', done: 0, total: model.rounds.length });
  return { ok: true, model: withFilterIndex(model) };
}
