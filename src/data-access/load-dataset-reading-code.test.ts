import { afterEach, expect, it, vi } from 'vitest';
import { bundledText } from '../test/bundled-dataset.ts';
import { BUNDLED_DATASET_PATH } from './bundled-dataset-path.ts';
import type { LoadEvents } from './load-dataset.ts';

// loadDataset loads its reading code (the validator, its wording, the EDTF grammar: a chunk of its own) at once,
// while the bytes download, not after them.

const base = 'https://news.example/parley/';
let readingCodeLoads = 0;

/** loadDataset afresh, counting loads of the reading code. */
async function freshLoadDataset() {
  vi.resetModules();
  readingCodeLoads = 0;
  vi.doMock('./parse-dataset-body.ts', async (importOriginal) => {
    readingCodeLoads += 1;
    return importOriginal();
  });
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
});

it.each([BUNDLED_DATASET_PATH, 'data/other.json'])(
  'the reading code is loaded while the bytes of %s download, once',
  async (url) => {
    const loadDataset = await freshLoadDataset();
    const release = heldDownload(bundledText());
    const outcome = loadDataset({ url, base }, quiet);
    await vi.waitFor(() => expect(readingCodeLoads).toBe(1));
    release();
    expect((await outcome).ok).toBe(true);
    expect(readingCodeLoads).toBe(1);
  },
);
