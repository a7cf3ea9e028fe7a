import path from 'node:path';
import type { Browser } from '@playwright/test';
import { LARGE_SIZE, parseBenchArgs } from './bench/options.ts';
import { measureFirstLoad, type FirstLoad } from './bench/first-load.ts';
import { measureFloor } from './bench/floor.ts';
import { FLOOR_PAGE, FLOOR_PAGE_HTML } from './bench/floor-page.ts';
import { emptyRunResult, measureRun, type RunResult } from './bench/measure-run.ts';
import { printAndSaveResults, type SizeResults } from './bench/print-results.ts';
import { runCommand, startDataServer, startPreview } from './bench/servers.ts';
import { launchChromium } from './browser.ts';
import { unthrottledNote } from './bench/unthrottled-note.ts';
import { writeDataset } from './generate-dataset.ts';

/**
 * `npm run bench`: builds the app, serves it with vite preview, loads synthetic datasets of several sizes
 * in headless Chromium and prints how long the timeline takes to be ready and how smoothly it zooms and pans.
 * Exits non-zero only when it cannot set up; slow figures are results, not failures.
 */
const APP_PORT = 4180;
const DATA_PORT = 4181;
const root = path.resolve(import.meta.dirname, '..');
const resultsDir = path.join(root, 'bench-results');
const log = (line: string) => console.log(line);

const options = parseBenchArgs(process.argv.slice(2));
if ('error' in options) {
  console.error(options.error);
  process.exit(2);
}

const cleanups: (() => Promise<unknown>)[] = [];
let cleaning: Promise<void> | null = null;
/** Stops what this script started (browser, servers), newest first, once. */
function cleanup(): Promise<void> {
  cleaning ??= (async () => {
    for (const stop of cleanups.reverse()) await stop().catch(() => undefined);
  })();
  return cleaning;
}
// A terminal's Ctrl-C reaches both tsx and this process, and tsx relays it again: every repeat must be
// handled too, or the default action would kill this process before its servers are stopped.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (cleaning !== null) return;
    console.error(`\n${signal}: stopping`);
    setTimeout(() => process.exit(130), 10_000).unref();
    void cleanup().then(() => process.exit(130));
  });
}
// The last guard: each step has its own timeout, but the whole run must end by itself whatever happens.
const hardStop = setTimeout(() => {
  console.error('benchmark: over its time budget by 3 minutes; stopping');
  void cleanup().then(() => process.exit(1));
}, options.budgetMs + 180_000);

const started = Date.now();
let browser: Browser;
let appUrl: string;
let dataUrl: string;
const datasetBytes = new Map<number, number>();
try {
  if (options.build) {
    log('building (vite build)…');
    await runCommand('npx', ['vite', 'build'], 180_000);
  }
  const preview = await startPreview(APP_PORT);
  cleanups.push(() => preview.stop());
  appUrl = preview.url;
  for (const size of options.sizes) {
    const bytes = await writeDataset(size, path.join(resultsDir, `synthetic-${size}.json`), options.seed);
    datasetBytes.set(size, bytes);
    log(`dataset: bench-results/synthetic-${size}.json (${(bytes / 1e6).toFixed(1)} MB)`);
  }
  const data = await startDataServer(resultsDir, DATA_PORT, { [FLOOR_PAGE]: FLOOR_PAGE_HTML });
  cleanups.push(() => data.stop());
  dataUrl = data.url;
  browser = await launchChromium();
  cleanups.push(() => browser.close());
} catch (error) {
  console.error(`benchmark setup failed: ${error instanceof Error ? error.message : String(error)}`);
  clearTimeout(hardStop);
  await cleanup();
  process.exit(1);
}

// The issue's first-load measure: every script the bundled dataset's view asks for before it is ready.
let firstLoad: FirstLoad | null = null;
try {
  firstLoad = await measureFirstLoad(browser, appUrl, path.join(root, 'dist'), options.readyTimeoutMs);
} catch (error) {
  log(`first load: not measured (${error instanceof Error ? error.message : String(error)})`);
}

const results: SizeResults[] = [];
for (const size of options.sizes) {
  const runs: RunResult[] = [];
  const runCount = size >= LARGE_SIZE ? options.largeRuns : options.runs;
  for (let run = 1; run <= runCount && cleaning === null; run++) {
    if (Date.now() - started > options.budgetMs) {
      runs.push({
        ...emptyRunResult(),
        notes: [`skipped: the ${options.budgetMs / 60_000}-minute budget was used up`],
      });
      continue;
    }
    const datasetName = `synthetic-${size}.json`;
    const datasetUrl = `${dataUrl}${datasetName}`;
    const { readyTimeoutMs, target, networkMbps } = options;
    const settings = { appUrl, datasetUrl, readyTimeoutMs, target, networkMbps };
    // The floor beside each run, so that both meet the machine in the same mood; first on every other run, so
    // that neither is always the one that follows the other's teardown.
    const measureTheFloor = () =>
      measureFloor(browser, { dataUrl, datasetName, readyTimeoutMs, networkMbps });
    const floorFirst = run % 2 === 0 ? await measureTheFloor() : null;
    const result = await measureRun(browser, settings);
    const throttleNote = unthrottledNote(result.dataMs, datasetBytes.get(size) ?? 0, networkMbps);
    if (throttleNote !== null) result.notes.push(throttleNote);
    const floor = floorFirst ?? (await measureTheFloor());
    if ('floorMs' in floor) result.floorMs = floor.floorMs;
    else result.notes.push(floor.note);
    const ms = (value: number | null) => (value === null ? 'n/a' : `${value.toFixed(0)} ms`);
    const p95 = result.interaction?.frameP95Ms ?? null;
    log(
      `size ${size}, run ${run}/${runCount}: ready ${ms(result.readyMs)} (floor ${ms(result.floorMs)}), frame p95 ${p95 === null ? 'n/a' : `${p95.toFixed(1)} ms`}`,
    );
    runs.push(result);
  }
  results.push({ size, datasetBytes: datasetBytes.get(size) ?? 0, runs });
}

// After Ctrl-C the signal handler owns the exit; a half-finished table would only mislead.
if (cleaning === null) {
  const file = await printAndSaveResults(root, options, results, firstLoad, log);
  log(`results: ${path.relative(root, file)} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
  clearTimeout(hardStop);
  await cleanup();
}
