import type { ValidationIssue } from '../domain/validation-issue.ts';

/** Why a dataset could not be shown: each kind gets its own wording in the error view. */
export type DatasetLoadFailure =
  | { kind: 'network'; detail: string }
  | { kind: 'http'; status: number; statusText: string }
  | { kind: 'not-found' }
  | { kind: 'not-json'; detail: string }
  | { kind: 'invalid'; issues: ValidationIssue[]; problemCount: number };

/** An error carrying the dataset URL and a classified cause, thrown from the query function. */
export class DatasetLoadError extends Error {
  readonly url: string;
  readonly failure: DatasetLoadFailure;

  constructor(url: string, failure: DatasetLoadFailure) {
    super(`${url}: ${describeFailure(failure)}`);
    this.name = 'DatasetLoadError';
    this.url = url;
    this.failure = failure;
  }
}

/** One plain sentence naming the cause, for the error view and logs. */
export function describeFailure(failure: DatasetLoadFailure): string {
  switch (failure.kind) {
    case 'network':
      return `the request failed before the server answered (${failure.detail}). The server may be down, the address wrong, or it may not allow other sites to read it (CORS).`;
    case 'http':
      return `the server answered with HTTP ${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''}.`;
    case 'not-found':
      return 'no dataset was found at this address (the server sent a web page instead of JSON).';
    case 'not-json':
      return `the response ${failure.detail === 'the file is empty' ? 'is empty' : `is ${failure.detail}`}.`;
    case 'invalid': {
      const count = failure.problemCount;
      return `the file is JSON but not a valid Parley dataset (${count} ${count === 1 ? 'problem' : 'problems'}).`;
    }
  }
}
