import { copyFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { measureFloor } from '../scripts/bench/floor.ts';
import { FLOOR_PAGE, FLOOR_PAGE_HTML } from '../scripts/bench/floor-page.ts';
import { startDataServer, type RunningServer } from '../scripts/bench/servers.ts';
import { BUNDLED_DATASET_FILE, readBundledDataset } from './bundled-dataset.ts';

/**
 * `npm run bench`'s floor (scripts/bench/floor-page.ts, floor.ts): the bare page that downloads and parses a
 * dataset, measured beside each run. The benchmark is not part of the test run, so its page is held here.
 */
let dir: string;
let server: RunningServer;

test.beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'parley-floor-'));
  await copyFile(BUNDLED_DATASET_FILE, path.join(dir, 'bundled.json'));
  server = await startDataServer(dir, 0, { [FLOOR_PAGE]: FLOOR_PAGE_HTML });
});

test.afterAll(async () => {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

const settings = (datasetName: string) => ({
  datasetName,
  readyTimeoutMs: 30_000,
  networkMbps: null,
});

test('the floor page parses the whole dataset and marks the frame after it', async ({ page }) => {
  await page.goto(`${server.url}${FLOOR_PAGE}?data=bundled.json`);
  const rounds = readBundledDataset().rounds.length;
  await expect(page.getByText(`${rounds} rounds`, { exact: true })).toBeVisible();
  await expect.poll(() => page.evaluate(() => performance.getEntriesByName('timeline-ready').length)).toBe(1);
});

test('the floor is measured in ms to that mark, from the page’s start', async ({ browser }) => {
  const started = performance.now();
  const floor = await measureFloor(browser, { dataUrl: server.url, ...settings('bundled.json') });
  const took = performance.now() - started;
  if (!('floorMs' in floor)) throw new Error(`no floor: ${floor.note}`);
  // A time within the page's life, which began after the call did (not a clock reading or a count).
  expect(floor.floorMs).toBeGreaterThan(0);
  expect(floor.floorMs).toBeLessThan(took);
});

test('a dataset the floor cannot download is noted at once, naming it and its status', async ({
  browser,
}) => {
  const started = Date.now();
  const floor = await measureFloor(browser, { dataUrl: server.url, ...settings('missing.json') });
  expect(floor).toEqual({ note: 'floor: not measured (Error: missing.json: HTTP 404)' });
  // Well within the 30 s it would otherwise wait for a mark that never comes.
  expect(Date.now() - started).toBeLessThan(15_000);
});
