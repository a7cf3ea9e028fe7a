import { describe, expect, it } from 'vitest';
import { pageWithBundledDataset, resolveDatasetLocation } from './dataset-url.ts';

const APP = 'https://parley.example/app/';

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
