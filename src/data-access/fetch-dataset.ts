import type { DatasetModel } from '../domain/dataset-model.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { readDatasetBody } from './read-dataset-body.ts';

/**
 * Fetches a dataset and validates it; every failure becomes a DatasetLoadError that names the URL and
 * the cause. Validation lives here, in the query function, so the cache only ever holds valid data.
 */
export async function fetchDataset(url: string, signal?: AbortSignal): Promise<DatasetModel> {
  let response: Response;
  try {
    response = await fetch(url, { signal: signal ?? null, headers: { Accept: 'application/json' } });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new DatasetLoadError(url, { kind: 'network', detail: errorText(error) });
  }
  if (!response.ok) {
    throw new DatasetLoadError(url, {
      kind: 'http',
      status: response.status,
      statusText: response.statusText,
    });
  }
  const body = await response.arrayBuffer();
  const head = new TextDecoder().decode(body.slice(0, 200));
  // A single-page-app server answers unknown paths with its index.html and status 200.
  const contentType = response.headers.get('content-type') ?? '';
  if (contentType.includes('text/html') || /^\s*<(!doctype|html)/i.test(head)) {
    throw new DatasetLoadError(url, { kind: 'not-found' });
  }
  return readDatasetBody(url, body, contentType, signal);
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
