import type { ValidationIssue } from '../domain/validation-issue.ts';
import { formatBytes } from '../utils/format-bytes.ts';

/** How far a body had arrived when its download was given up; `total` is the announced size, when known. */
interface BodyProgressAt {
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
    super(`${responseUrl}: ${describeFailure(failure, responseUrl)}`);
    this.name = 'DatasetLoadError';
    this.url = url;
    this.responseUrl = responseUrl;
    this.failure = failure;
  }
}

/** One plain sentence naming the cause (and, given the URL, the server), for the error view and logs. */
export function describeFailure(failure: DatasetLoadFailure, url?: string): string {
  const server = url ? `the server at ${originOf(url)}` : 'the server';
  switch (failure.kind) {
    case 'network':
      return `the request failed before ${server} answered (${failure.detail}). The server may be down, the address wrong, or it may not allow other sites to read it (CORS).`;
    case 'no-answer':
      return `${server} did not answer within ${seconds(failure.seconds)}. It may be overloaded or down; try again later.`;
    case 'stalled':
      return failure.received === 0
        ? `${server} answered but then sent none of the data for ${seconds(failure.seconds)}.`
        : `${server} stopped sending the data: nothing more arrived for ${seconds(failure.seconds)} after ${progress(failure)}.`;
    case 'interrupted': {
      const what = failure.compressed
        ? `the connection to ${server} was lost, or the compressed data it sent could not be unpacked,`
        : `the connection to ${server} was lost while the data was arriving,`;
      const when = failure.received === 0 ? 'before any of it arrived' : `after ${progress(failure)}`;
      return `${what} ${when} (the browser reports: ${failure.detail}).`;
    }
    case 'too-large':
      return `the data from ${server} is larger than ${formatBytes(failure.limitBytes)}${
        failure.announced === null ? '' : ` (it announced ${formatBytes(failure.announced)})`
      }, more than a Parley dataset may have, so Parley stopped reading it.`;
    case 'http':
      return `${server} answered with HTTP ${failure.status}${failure.statusText ? ` ${failure.statusText}` : ''}.`;
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

function progress({ received, total }: BodyProgressAt): string {
  return total === null || total < received
    ? formatBytes(received)
    : `${formatBytes(received)} of ${formatBytes(total)}`;
}

function seconds(value: number): string {
  return `${value} ${value === 1 ? 'second' : 'seconds'}`;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return url;
  }
}

/** The cause of any error from a dataset query, in the words the error view uses. */
export function causeOf(error: Error): string {
  return error instanceof DatasetLoadError
    ? describeFailure(error.failure, error.responseUrl)
    : error.message;
}

/** A short machine-readable name for the kind of failure, for the embed's host page. */
export function failureKindOf(error: Error): string {
  return error instanceof DatasetLoadError ? error.failure.kind : 'unknown';
}
