import { leadingBytes } from './dataset-bytes.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import type { DatasetBody } from './fetch-dataset-body.ts';

/**
 * Refuses an HTML page where data was expected, as not found: a single-page-app server answers unknown paths
 * with its index.html and status 200.
 */
export function refuseHtmlPage(url: string, { body, contentType, finalUrl }: DatasetBody): void {
  const head = new TextDecoder().decode(leadingBytes(body, 200));
  if (contentType.includes('text/html') || /^\s*<(!doctype|html)/i.test(head)) {
    throw new DatasetLoadError(url, { kind: 'not-found' }, finalUrl);
  }
}
