import { formatBytes } from '../utils/format-bytes.ts';
import { DatasetLoadError, type BodyProgressAt, type DatasetLoadFailure } from './dataset-load-error.ts';

/*
 * Why a dataset could not be loaded, in sentences for readers: only a failed load needs them, so they are not
 * part of the first load (the error view, the embed's message to its host and en-dataset-error.ts import them).
 */

/**
 * The words of the causes in English: each gets the server's origin (null when unknown) and the figures, so
 * that another language can build its own sentence around them (en-dataset-error.ts carries these into the
 * catalogue). Sizes come already written as `bytes` writes them.
 */
export const englishFailureWords = {
  bytes: formatBytes,
  network: (origin: string | null, detail: string) =>
    `the request failed before ${server(origin)} answered (${detail}). The server may be down, the address wrong, or it may not allow other sites to read it (CORS).`,
  noAnswer: (origin: string | null, wait: number) =>
    `${server(origin)} did not answer within ${seconds(wait)}. It may be overloaded or down; try again later.`,
  stalledEmpty: (origin: string | null, wait: number) =>
    `${server(origin)} answered but then sent none of the data for ${seconds(wait)}.`,
  stalled: (origin: string | null, wait: number, progress: string) =>
    `${server(origin)} stopped sending the data: nothing more arrived for ${seconds(wait)} after ${progress}.`,
  interrupted: (origin: string | null, compressed: boolean, progress: string, detail: string) =>
    `${
      compressed
        ? `the connection to ${server(origin)} was lost, or the compressed data it sent could not be unpacked,`
        : `the connection to ${server(origin)} was lost while the data was arriving,`
    } ${progress ? `after ${progress}` : 'before any of it arrived'} (the browser reports: ${detail}).`,
  tooLarge: (origin: string | null, limit: string, announced: string) =>
    `the data from ${server(origin)} is larger than ${limit}${
      announced ? ` (it announced ${announced})` : ''
    }, more than a Parley dataset may have, so Parley stopped reading it.`,
  http: (origin: string | null, status: number, statusText: string) =>
    `${server(origin)} answered with HTTP ${status}${statusText ? ` ${statusText}` : ''}.`,
  notFound: 'no dataset was found at this address (the server sent a web page instead of JSON).',
  notJson: (detail: string) =>
    `the response ${detail === 'the file is empty' ? 'is empty' : `is ${detail}`}.`,
  invalid: (count: number) =>
    `the file is JSON but not a valid Parley dataset (${count} ${count === 1 ? 'problem' : 'problems'}).`,
  progressOf: (received: string, total: string) => `${received} of ${total}`,
};

type FailureWords = typeof englishFailureWords;

/**
 * One plain sentence naming the cause (and, given the URL, the server), for the error view and logs; in
 * English unless another language's `words` are given.
 */
export function describeFailure(
  failure: DatasetLoadFailure,
  url?: string,
  words: FailureWords = englishFailureWords,
): string {
  const origin = url ? originOf(url) : null;
  const progress = ({ received, total }: BodyProgressAt): string =>
    total === null || total < received
      ? words.bytes(received)
      : words.progressOf(words.bytes(received), words.bytes(total));
  switch (failure.kind) {
    case 'network':
      return words.network(origin, failure.detail);
    case 'no-answer':
      return words.noAnswer(origin, failure.seconds);
    case 'stalled':
      return failure.received === 0
        ? words.stalledEmpty(origin, failure.seconds)
        : words.stalled(origin, failure.seconds, progress(failure));
    case 'interrupted':
      return words.interrupted(
        origin,
        failure.compressed,
        failure.received === 0 ? '' : progress(failure),
        failure.detail,
      );
    case 'too-large':
      return words.tooLarge(
        origin,
        words.bytes(failure.limitBytes),
        failure.announced === null ? '' : words.bytes(failure.announced),
      );
    case 'http':
      return words.http(origin, failure.status, failure.statusText);
    case 'not-found':
      return words.notFound;
    case 'not-json':
      return words.notJson(failure.detail);
    case 'invalid':
      return words.invalid(failure.problemCount);
  }
}

function server(origin: string | null): string {
  return origin === null ? 'the server' : `the server at ${origin}`;
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
export function causeOf(error: Error, words: FailureWords = englishFailureWords): string {
  return error instanceof DatasetLoadError
    ? describeFailure(error.failure, error.responseUrl, words)
    : error.message;
}
