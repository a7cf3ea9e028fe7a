// @vitest-environment jsdom
import { cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFixture } from '../domain/fixtures/fixture-files.ts';
import type { Dataset } from '../domain/schema.ts';
import { bundledText } from '../test/bundled-dataset.ts';
import { BUNDLED_DATASET_PATH } from './bundled-dataset-path.ts';
import { DATASET_ARRIVED_MARK } from './dataset-arrived-mark.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { useDatasetProgress } from './dataset-progress.ts';
import { useDatasetSource } from './download-status.ts';
import { fetchDataset } from './fetch-dataset.ts';

/** A fetch that answers `body` from `answeredFrom` (a redirect when it differs from the address asked). */
function answer(body: string, init: ResponseInit, answeredFrom: string) {
  vi.stubGlobal('fetch', (asked: URL | string) => {
    const response = new Response(body, init);
    Object.defineProperty(response, 'url', { value: answeredFrom });
    Object.defineProperty(response, 'redirected', { value: answeredFrom !== String(asked) });
    return Promise.resolve(response);
  });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  performance.clearMarks(DATASET_ARRIVED_MARK);
});

// Vitest's jsdom has no Worker, so this is the pipeline run in the page's own thread, as in the app without one.
describe('fetchDataset', () => {
  it('answers the model, says where the data came from, marks its arrival and keeps its last stage', async () => {
    const url = 'https://data.example/talks.json';
    const text = readFixture('valid-small.json');
    answer(text, { headers: { 'content-type': 'application/json' } }, 'https://mirror.example/talks.json');
    const model = await fetchDataset(url);

    expect(model.rounds).toHaveLength((JSON.parse(text) as { rounds: unknown[] }).rounds.length);
    const source = renderHook(() => useDatasetSource(url)).result.current;
    expect(source).toEqual({ finalUrl: 'https://mirror.example/talks.json', redirected: true });
    const marks = performance.getEntriesByName(DATASET_ARRIVED_MARK, 'mark') as PerformanceMark[];
    expect(marks.map((mark) => mark.detail)).toEqual([{ url }]);
    // The loading view stays up until the model is drawn: it goes on naming the last stage, not the first.
    const progressNow = () => renderHook(() => useDatasetProgress(url)).result.current;
    expect(progressNow()).toEqual({ stage: 'indexing', done: 0, total: model.rounds.length });

    // The next load of the address starts from nothing.
    answer('{', { headers: { 'content-type': 'application/json' } }, url);
    const next = fetchDataset(url).catch(() => undefined);
    expect(progressNow()).toBeNull();
    await next;
  });

  it('throws a failure naming the address asked for and the one that answered', async () => {
    const url = 'https://data.example/gone.json';
    answer('gone', { status: 410, statusText: 'Gone' }, 'https://mirror.example/gone.json');
    const error: unknown = await fetchDataset(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error).toMatchObject({
      url,
      responseUrl: 'https://mirror.example/gone.json',
      failure: { kind: 'http', status: 410 },
    });
  });

  it('throws an invalid dataset’s problems against the address asked for', async () => {
    const url = 'https://data.example/broken.json';
    answer('{"rounds": 3}', { headers: { 'content-type': 'application/json' } }, url);
    const error: unknown = await fetchDataset(url).catch((e: unknown) => e);
    expect(error).toMatchObject({ url, responseUrl: url, failure: { kind: 'invalid' } });
  });
});

describe('fetchDataset of the bundled dataset', () => {
  /** fetchDataset afresh, counting the loads handed to loadOffThread (the dataset worker in a browser). */
  async function freshFetchDataset() {
    vi.resetModules();
    const offThread = { loads: 0 };
    vi.doMock('./load-off-thread.ts', async (importOriginal) => {
      const original = await importOriginal<typeof import('./load-off-thread.ts')>();
      return {
        loadOffThread: (...args: Parameters<typeof original.loadOffThread>) => {
          offThread.loads += 1;
          return original.loadOffThread(...args);
        },
      };
    });
    const { fetchDataset: fresh } = await import('./fetch-dataset.ts');
    return { fetchDataset: fresh, offThread };
  }

  afterEach(() => vi.doUnmock('./load-off-thread.ts'));

  it('is read on the page when its bytes are the ones the build checked', async () => {
    const text = bundledText();
    answer(text, { headers: { 'content-type': 'application/json' } }, BUNDLED_DATASET_PATH);
    const { fetchDataset: fresh, offThread } = await freshFetchDataset();
    const model = await fresh(BUNDLED_DATASET_PATH);
    expect(model.dataset).toEqual(JSON.parse(text));
    expect(offThread.loads).toBe(0);
    const marks = performance.getEntriesByName(DATASET_ARRIVED_MARK, 'mark') as PerformanceMark[];
    expect(marks.map((mark) => mark.detail)).toEqual([{ url: BUNDLED_DATASET_PATH }]);
  });

  it('is left to the dataset worker when the page’s reading of it cannot be loaded (a chunk gone after a redeploy)', async () => {
    const text = bundledText();
    answer(text, { headers: { 'content-type': 'application/json' } }, BUNDLED_DATASET_PATH);
    const { fetchDataset: fresh, offThread } = await freshFetchDataset();
    vi.doMock('./load-bundled-on-page.ts', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    try {
      const model = await fresh(BUNDLED_DATASET_PATH);
      expect(model.dataset).toEqual(JSON.parse(text));
      expect(offThread.loads).toBe(1);
    } finally {
      vi.doUnmock('./load-bundled-on-page.ts');
    }
  });

  it('is left to the dataset worker when its bytes are not (a data file replaced after the build)', async () => {
    const replaced = JSON.parse(bundledText()) as Dataset;
    replaced.rounds[0]!.title = `${replaced.rounds[0]!.title}.`;
    answer(
      JSON.stringify(replaced),
      { headers: { 'content-type': 'application/json' } },
      BUNDLED_DATASET_PATH,
    );
    const { fetchDataset: fresh, offThread } = await freshFetchDataset();
    const model = await fresh(BUNDLED_DATASET_PATH);
    expect(model.dataset).toEqual(replaced);
    expect(offThread.loads).toBe(1);
  });
});
