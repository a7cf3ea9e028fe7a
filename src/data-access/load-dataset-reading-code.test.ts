import { afterEach, describe, expect, it, vi } from 'vitest';
import { bundledText } from '../test/bundled-dataset.ts';
import { BUNDLED_DATASET_PATH } from './bundled-dataset-path.ts';
import type { LoadEvents } from './load-dataset.ts';

// When loadDataset loads its reading code (the validator, its wording, the EDTF grammar: a chunk of its own):
// never for the bundled dataset's checked bytes, and at once, while the bytes download, for any other.

const base = 'https://news.example/parley/';
let readingCodeLoads = 0;

/** loadDataset afresh, counting loads of the reading code; `noCheck` plays a build that made no check. */
async function freshLoadDataset({ noCheck = false } = {}) {
  vi.resetModules();
  readingCodeLoads = 0;
  vi.doMock('./parse-dataset-body.ts', async (importOriginal) => {
    readingCodeLoads += 1;
    return importOriginal();
  });
  if (noCheck) vi.doMock('virtual:parley-bundled-check', () => ({ default: null }));
  else vi.doUnmock('virtual:parley-bundled-check');
  return (await import('./load-dataset.ts')).loadDataset;
}

/** Answers `text` to any request, once `release` is called. */
function heldDownload(text: string) {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  vi.stubGlobal('fetch', async () => {
    await held;
    return new Response(text, { headers: { 'content-type': 'application/json' } });
  });
  return release;
}

const quiet: LoadEvents = { downloading: () => {}, downloaded: () => {}, progress: () => {} };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.doUnmock('./parse-dataset-body.ts');
  vi.doUnmock('virtual:parley-bundled-check');
});

describe('the reading code', () => {
  it('is not loaded for the bundled dataset’s bytes, which the build checked', async () => {
    const loadDataset = await freshLoadDataset();
    heldDownload(bundledText())();
    const outcome = await loadDataset({ url: BUNDLED_DATASET_PATH, base }, quiet);
    expect(outcome.ok).toBe(true);
    expect(readingCodeLoads).toBe(0);
  });

  it.each<[string, { noCheck?: boolean; noCrypto?: boolean; url?: string }]>([
    ['another dataset', { url: 'data/other.json' }],
    ['the bundled dataset, where the build made no check', { noCheck: true }],
    ['the bundled dataset, where there is no Web Crypto', { noCrypto: true }],
  ])('is loaded while the bytes download for %s', async (_, { noCheck, noCrypto, url }) => {
    const loadDataset = await freshLoadDataset({ noCheck: noCheck ?? false });
    if (noCrypto) vi.stubGlobal('crypto', undefined);
    const release = heldDownload(bundledText());
    const outcome = loadDataset({ url: url ?? BUNDLED_DATASET_PATH, base }, quiet);
    await vi.waitFor(() => expect(readingCodeLoads).toBe(1));
    release();
    expect((await outcome).ok).toBe(true);
    expect(readingCodeLoads).toBe(1);
  });

  it('is loaded once the bytes turn out not to be the ones checked', async () => {
    const loadDataset = await freshLoadDataset();
    heldDownload(`${bundledText()} `)();
    const outcome = await loadDataset({ url: BUNDLED_DATASET_PATH, base }, quiet);
    expect(outcome.ok).toBe(true);
    expect(readingCodeLoads).toBe(1);
  });
});

it('an abort that comes once the bytes are in is passed on, not answered with the checked model', async () => {
  const loadDataset = await freshLoadDataset();
  heldDownload(bundledText())();
  const controller = new AbortController();
  const events = { ...quiet, downloaded: () => controller.abort(new Error('the reader left')) };
  await expect(loadDataset({ url: BUNDLED_DATASET_PATH, base }, events, controller.signal)).rejects.toThrow(
    'the reader left',
  );
});
