import { describe, expect, it } from 'vitest';
import { BUNDLED_DATASET_PATH } from './bundled-dataset-path.ts';
import { isBundledDataset, pageWithBundledDataset, resolveDatasetLocation } from './dataset-url.ts';

const APP = 'https://parley.example/app/';

describe('isBundledDataset', () => {
  it('knows the bundled dataset by its address, relative or resolved, against the page it is on', () => {
    expect(isBundledDataset(BUNDLED_DATASET_PATH, APP)).toBe(true);
    expect(isBundledDataset(new URL(BUNDLED_DATASET_PATH, APP).href, APP)).toBe(true);
    expect(isBundledDataset(resolveDatasetLocation(APP).url, APP)).toBe(true);
    // The same file under another app, with a query, or another file.
    expect(isBundledDataset(new URL(BUNDLED_DATASET_PATH, 'https://other.example/').href, APP)).toBe(false);
    expect(isBundledDataset(`${BUNDLED_DATASET_PATH}?v=2`, APP)).toBe(false);
    expect(isBundledDataset('data/russia-ukraine-2025.json', APP)).toBe(false);
    // No page to resolve against (no worker, no document), or no address at all.
    expect(isBundledDataset(BUNDLED_DATASET_PATH, undefined)).toBe(false);
    expect(isBundledDataset('http://[', APP)).toBe(false);
  });
});

describe('pageWithBundledDataset', () => {
  it('drops ?data= and ?timeout= and keeps the view and embed options', () => {
    const page = `${APP}?data=${encodeURIComponent('https://d.example/x.json')}&timeout=5&embed=1&view=list`;
    expect(pageWithBundledDataset(page)).toBe(`${APP}?embed=1&view=list`);
    expect(resolveDatasetLocation(pageWithBundledDataset(page)).custom).toBe(false);
  });
});

describe('resolveDatasetLocation', () => {
  it('carries the limits a ?timeout= asks for, and a notice for one it cannot use', () => {
    expect(resolveDatasetLocation(`${APP}?timeout=3`).limits.firstByteMs).toBe(3000);
    expect(resolveDatasetLocation(`${APP}?timeout=never`).limitsNotice).toMatch(/"never" is not a number/);
  });
});
