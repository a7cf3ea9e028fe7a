import type { ValidationIssue } from '../domain/validation-issue.ts';

/** How far a body had arrived when its download was given up; `total` is the announced size, when known. */
export interface BodyProgressAt {
  received: number;
  total: number | null;
}

/** Why a dataset could not be shown: each kind gets its own wording in the error view. */
export type DatasetLoadFailure =
  | { kind: 'network'; detail: string }
  | { kind: 'no-answer'; seconds: number }
  | ({ kind: 'stalled'; seconds: number } & BodyProgressAt)
  | ({ kind: 'interrupted'; detail: string; compressed: boolean } & BodyProgressAt)
  | { kind: 'too-large'; limitBytes: number; announced: number | null }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'not-found' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'invalid'; issues: ValidationIssue[]; problemCount: number };

/** An error carrying the dataset URL and a classified cause, thrown from the query function. */
export class DatasetLoadError extends Error {
  readonly url: string;
  /** Where the failing answer came from: differs from `url` when the server redirected the request. */
  readonly responseUrl: string;
  readonly failure: DatasetLoadFailure;

  constructor(url: string, failure: DatasetLoadFailure, responseUrl: string = url) {
    // The sentence for readers is worded where it is shown (failure-words.ts, a chunk of its own).
    super(`${responseUrl}: the dataset could not be loaded (${failure.kind}${detailOf(failure)})`);
    this.name = 'DatasetLoadError';
    this.url = url;
    this.responseUrl = responseUrl;
    this.failure = failure;
  }
}

/** The figures of a failure for logs: the browser's words, the HTTP status or the seconds waited. */
function detailOf(failure: DatasetLoadFailure): string {
  if ('detail' in failure) return `: ${failure.detail}`;
  if (failure.kind === 'http') return `: HTTP ${failure.status}`;
  if ('seconds' in failure) return `: ${failure.seconds} s`;
  return '';
}

/** A short machine-readable name for the kind of failure, for the embed's host page. */
export function failureKindOf(error: Error): string {
  return error instanceof DatasetLoadError ? error.failure.kind : 'unknown';
}
