import { QueryObserver } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datasetKeys, datasetQuery } from '../data-access/dataset-query.ts';
import { BUNDLED_DATASET_PATH } from '../data-access/bundled-dataset-path.ts';
import { readFixture } from '../domain/fixtures/fixture-files.ts';
import { createQueryClient } from './query-client.ts';
import { startDatasetLoad } from './start-dataset-load.ts';

const PAGE = 'https://parley.example/talks/';

/** A fetch that records the addresses asked for and answers each with `respond`. */
function recordFetches(respond: () => Response): string[] {
  const asked: string[] = [];
  vi.stubGlobal('fetch', (url: URL | string) => {
    asked.push(String(url));
    return Promise.resolve(respond());
  });
  return asked;
}

const validDataset = () =>
  new Response(readFixture('valid-small.json'), { headers: { 'content-type': 'application/json' } });

afterEach(() => vi.unstubAllGlobals());

// Node has no Worker, so the load runs the same pipeline in this thread.
describe('startDatasetLoad', () => {
  it('starts loading the bundled dataset under the key the app’s query uses', async () => {
    const asked = recordFetches(validDataset);
    const client = createQueryClient();
    startDatasetLoad(client, { href: PAGE, baseUri: PAGE, embedded: false });

    const bundled = new URL(BUNDLED_DATASET_PATH, PAGE).href;
    expect(client.getQueryState(datasetKeys.byUrl(bundled))?.fetchStatus).toBe('fetching');
    await vi.waitFor(() => expect(client.getQueryState(datasetKeys.byUrl(bundled))?.status).toBe('success'));
    expect(asked).toEqual([bundled]);
  });

  it('loads the dataset a ?data= link names, resolved against the page', async () => {
    const asked = recordFetches(validDataset);
    const client = createQueryClient();
    startDatasetLoad(client, { href: `${PAGE}?data=mine.json`, baseUri: PAGE, embedded: false });
    await vi.waitFor(() => expect(asked).toEqual([`${PAGE}mine.json`]));
  });

  it('loads nothing on the editor’s page, but does for an embed whose address ends in #create', async () => {
    const asked = recordFetches(validDataset);
    const editorClient = createQueryClient();
    startDatasetLoad(editorClient, { href: `${PAGE}#create`, baseUri: PAGE, embedded: false });
    expect(editorClient.getQueryCache().getAll()).toEqual([]);

    const embedClient = createQueryClient();
    startDatasetLoad(embedClient, { href: `${PAGE}?embed=1#create`, baseUri: PAGE, embedded: true });
    expect(embedClient.getQueryCache().getAll()).toHaveLength(1);
    await vi.waitFor(() => expect(asked).toEqual([new URL(BUNDLED_DATASET_PATH, PAGE).href]));
  });

  it('hands the app’s query the download under way: it waits for that one and gets its model', async () => {
    let arrive: (response: Response) => void = () => undefined;
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: URL | string) => {
      asked.push(String(url));
      return new Promise<Response>((resolve) => (arrive = resolve));
    });
    const client = createQueryClient();
    startDatasetLoad(client, { href: PAGE, baseUri: PAGE, embedded: false });
    const bundled = new URL(BUNDLED_DATASET_PATH, PAGE).href;
    await vi.waitFor(() => expect(asked).toEqual([bundled]));

    // As the app's useQuery does when it mounts while the bytes are still on their way.
    const observer = new QueryObserver(client, datasetQuery(bundled));
    const unsubscribe = observer.subscribe(() => undefined);
    expect(observer.getCurrentResult()).toMatchObject({ status: 'pending', fetchStatus: 'fetching' });
    arrive(validDataset());
    await vi.waitFor(() => expect(observer.getCurrentResult().status).toBe('success'));
    unsubscribe();
    expect(asked).toEqual([bundled]);
    // The model of the bytes that arrived: every round, each in the filter index.
    const written = (JSON.parse(readFixture('valid-small.json')) as { rounds: { id: string }[] }).rounds;
    const model = observer.getCurrentResult().data!;
    expect(model.dataset.rounds.map((round) => round.id)).toEqual(written.map((round) => round.id));
    expect(model.index.rounds.map((entry) => entry.id).sort()).toEqual(
      written.map((round) => round.id).sort(),
    );
  });

  it('hands the app’s query a load that failed before it mounted: the failure, not a second download', async () => {
    const asked = recordFetches(() => new Response('gone', { status: 410, statusText: 'Gone' }));
    const client = createQueryClient();
    startDatasetLoad(client, { href: PAGE, baseUri: PAGE, embedded: false });
    const bundled = new URL(BUNDLED_DATASET_PATH, PAGE).href;
    await vi.waitFor(() => expect(client.getQueryState(datasetKeys.byUrl(bundled))?.status).toBe('error'));

    // As the app's useQuery does when it mounts after the load failed.
    const observer = new QueryObserver(client, datasetQuery(bundled));
    const unsubscribe = observer.subscribe(() => undefined);
    expect(observer.getCurrentResult()).toMatchObject({ status: 'error', fetchStatus: 'idle' });
    unsubscribe();
    expect(asked).toEqual([bundled]);
  });
});
