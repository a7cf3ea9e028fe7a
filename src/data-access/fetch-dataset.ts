import type { Dataset } from '../domain/schema.ts';
import { parseDatasetText } from '../domain/validate-dataset.ts';
import { ROOT_PATH, type ValidationIssue } from '../domain/validation-issue.ts';
import { isSpreadsheetBody } from '../spreadsheet/spreadsheet-body.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { reportProgress, reportSource } from './download-status.ts';
import { fetchDatasetBody } from './fetch-dataset-body.ts';
import type { TransportLimits } from './transport-deadlines.ts';

/**
 * Fetches a dataset and validates it; every failure becomes a DatasetLoadError that names the URL and
 * the cause. Validation lives here, in the query function, so the cache only ever holds valid data.
 */
export async function fetchDataset(
  url: string,
  signal?: AbortSignal,
  limits?: TransportLimits,
): Promise<Dataset> {
  const { body, contentType, finalUrl, redirected } = await fetchDatasetBody(url, {
    signal,
    limits,
    onProgress: (progress) => reportProgress(url, progress),
  });
  reportSource(url, { finalUrl, redirected });
  const head = new TextDecoder().decode(body.slice(0, 200));
  // A single-page-app server answers unknown paths with its index.html and status 200.
  if (contentType.includes('text/html') || /^\s*<(!doctype|html)/i.test(head)) {
    throw new DatasetLoadError(url, { kind: 'not-found' });
  }
  // A published spreadsheet in the template's format; its reader is a chunk of its own, loaded only here.
  const result = isSpreadsheetBody(body, contentType, url)
    ? await (await import('../spreadsheet/spreadsheet-dataset.ts')).datasetFromSpreadsheet(body)
    : parseDatasetText(new TextDecoder().decode(body));
  if (result.ok) return result.dataset;
  const [first] = result.issues;
  if (first && result.issues.length === 1 && isUnparsable(first)) {
    throw new DatasetLoadError(url, { kind: 'not-json', detail: first.message });
  }
  throw new DatasetLoadError(url, {
    kind: 'invalid',
    issues: result.issues,
    problemCount: result.problemCount,
  });
}

/** parseDatasetText reports text it cannot parse as a single root-level issue. */
function isUnparsable(issue: ValidationIssue): boolean {
  return (
    issue.path === ROOT_PATH &&
    (issue.message.startsWith('not valid JSON') || issue.message === 'the file is empty')
  );
}
