import { leadingBytes } from './dataset-bytes.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { fetchDatasetBody, type DatasetBody, type FetchBodyOptions } from './fetch-dataset-body.ts';

/**
 * Downloads a dataset's bytes (fetchDatasetBody: deadlines, size limit, progress) and refuses an HTML page
 * where data was expected: a single-page-app server answers unknown paths with its index.html and status 200.
 */
export async function downloadDataset(url: string, options: FetchBodyOptions): Promise<DatasetBody> {
  const downloaded = await fetchDatasetBody(url, options);
  const head = new TextDecoder().decode(leadingBytes(downloaded.body, 200));
  if (downloaded.contentType.includes('text/html') || /^\s*<(!doctype|html)/i.test(head)) {
    throw new DatasetLoadError(url, { kind: 'not-found' });
  }
  return downloaded;
}
