import type { DatasetModel } from '../domain/dataset-model.ts';
import { leadingBytes } from './dataset-bytes.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { reportProgress, reportSource } from './download-status.ts';
import { fetchDatasetBody, type DatasetBody } from './fetch-dataset-body.ts';
import { startDatasetReader } from './parse-off-thread.ts';
import { readDatasetBody } from './read-dataset-body.ts';
import type { TransportLimits } from './transport-deadlines.ts';

/**
 * Fetches a dataset and validates it; every failure becomes a DatasetLoadError that names the URL and
 * the cause. Validation lives here, in the query function, so the cache only ever holds valid data.
 */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  limits?: TransportLimits,
): Promise<DatasetModel> {
  // Started now, the reader's code loads while the bytes download rather than after.
  const reader = startDatasetReader(signal);
  const { body, contentType } = await download(url, signal, limits).catch((error: unknown) => {
    reader.stop();
    throw error;
  });
  return readDatasetBody(url, body, contentType, reader);
}

async function download(url: string, signal?: AbortSignal, limits?: TransportLimits): Promise<DatasetBody> {
  const downloaded = await fetchDatasetBody(url, {
    signal,
    limits,
    onProgress: (progress) => reportProgress(url, progress),
  });
  const { body, contentType, finalUrl, redirected } = downloaded;
  reportSource(url, { finalUrl, redirected });
  const head = new TextDecoder().decode(leadingBytes(body, 200));
  // A single-page-app server answers unknown paths with its index.html and status 200.
  if (contentType.includes('text/html') || /^\s*<(!doctype|html)/i.test(head)) {
    throw new DatasetLoadError(url, { kind: 'not-found' });
  }
  return downloaded;
}
