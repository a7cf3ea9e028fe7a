import { describe, expect, it } from 'vitest';
import { DatasetLoadError, failureKindOf, type DatasetLoadFailure } from './dataset-load-error.ts';
import { causeOf, describeFailure } from './failure-words.ts';

const URL_ASKED = 'https://data.example:8443/sets/talks.json?v=2';
const ORIGIN = 'https://data.example:8443';

describe('describeFailure', () => {
  const transport: [string, DatasetLoadFailure, RegExp][] = [
    ['no answer', { kind: 'no-answer', seconds: 20 }, /did not answer within 20 seconds/],
    [
      'a stalled body',
      { kind: 'stalled', seconds: 20, received: 1.2 * 1024 * 1024, total: 8.4 * 1024 * 1024 },
      /stopped sending the data: nothing more arrived for 20 seconds after 1\.2 MB of 8\.4 MB/,
    ],
    [
      'a body that never started',
      { kind: 'stalled', seconds: 5, received: 0, total: null },
      /answered but then sent none of the data for 5 seconds/,
    ],
    [
      'a lost connection',
      { kind: 'interrupted', detail: 'network error', compressed: false, received: 64 * 1024, total: null },
      /connection to the server at .* was lost while the data was arriving, after 64 kB \(the browser reports: network error\)/,
    ],
    [
      'a compressed body that broke',
      { kind: 'interrupted', detail: 'network error', compressed: true, received: 10, total: null },
      /was lost, or the compressed data it sent could not be unpacked, after 10 bytes/,
    ],
    [
      'a body too large',
      { kind: 'too-large', limitBytes: 256 * 1024 * 1024, announced: 1_073_741_824 },
      /larger than 256 MB \(it announced 1 GB\)/,
    ],
    [
      'an HTTP error',
      { kind: 'http', status: 503, statusText: 'Service Unavailable' },
      /answered with HTTP 503 Service Unavailable/,
    ],
    [
      'a refused request',
      { kind: 'network', detail: 'Failed to fetch' },
      /failed before the server at .* answered \(Failed to fetch\)/,
    ],
  ];

  it.each(transport)('names the server and the cause for %s', (_name, failure, cause) => {
    const sentence = describeFailure(failure, URL_ASKED);
    expect(sentence).toMatch(cause);
    expect(sentence).toContain(`the server at ${ORIGIN}`);
  });

  it('says "the server" when no address is given', () => {
    expect(describeFailure({ kind: 'no-answer', seconds: 1 })).toBe(
      'the server did not answer within 1 second. It may be overloaded or down; try again later.',
    );
  });
});

describe('DatasetLoadError', () => {
  it('names the server that answered, which differs from the one asked after a redirect', () => {
    const error = new DatasetLoadError(
      URL_ASKED,
      { kind: 'no-answer', seconds: 20 },
      'https://mirror.example/t.json',
    );
    expect(causeOf(error)).toContain('the server at https://mirror.example did not answer');
    expect(error.message).toMatch(/^https:\/\/mirror\.example\/t\.json: /);
    expect(failureKindOf(error)).toBe('no-answer');
  });

  it('leaves other errors in their own words, of an unknown kind', () => {
    const error = new Error('something else');
    expect(causeOf(error)).toBe('something else');
    expect(failureKindOf(error)).toBe('unknown');
  });
});
