import { describe, expect, it } from 'vitest';
import { datasetWorkerName, requestFromWorkerName } from './dataset-worker-protocol.ts';

describe('the dataset worker’s name', () => {
  it('carries the request whole: address, base and the download’s limits', () => {
    const request = {
      url: 'data/talks.json?v=2&lang=uk',
      base: 'https://news.example/graphics/',
      limits: { firstByteMs: 20_000, stallMs: 20_000, maxBytes: 200_000_000 },
    };
    expect(requestFromWorkerName(datasetWorkerName(request))).toEqual(request);
  });
});
