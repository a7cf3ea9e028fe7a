import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from '@playwright/test';
import { BENCH_VIEWPORT, READY_MARK } from './bench-page.ts';

/** The JavaScript the browser asked for before the timeline was ready, by where it comes from. */
export interface FirstLoad {
  /** Every script file requested before the ready mark, with its gzip size (level 9, as `npm run size`). */
  files: { name: string; gzipKb: number }[];
  totalKb: number;
  /** The dataset worker's files: its own and the reading code it loads while the dataset downloads. */
  workerKb: number;
}

/**
 * Opens the app on its bundled dataset and lists the script files requested before `timeline-ready`, by the
 * page or by the dataset worker (Playwright sees both; the page's resource timing lists only the page's).
 * `npm run size` counts only the entry and its static imports; this is the wider measure.
 */
export async function measureFirstLoad(
  browser: Browser,
  appUrl: string,
  distDir: string,
  timeoutMs: number,
): Promise<FirstLoad> {
  // Playwright polls waitForFunction by evaluating script, which the app's policy (no 'unsafe-eval') forbids.
  const context = await browser.newContext({ viewport: BENCH_VIEWPORT, bypassCSP: true });
  try {
    const requested: { url: string; at: number }[] = [];
    context.on('request', (request) => requested.push({ url: request.url(), at: Date.now() }));
    const page = await context.newPage();
    await page.goto(appUrl, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const hasMark = `performance.getEntriesByName(${JSON.stringify(READY_MARK)}).length > 0`;
    await page.waitForFunction(hasMark, undefined, { timeout: timeoutMs, polling: 50 });
    const byPage = await page.evaluate((mark) => {
      const ready = performance.getEntriesByName(mark)[0]?.startTime ?? Infinity;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= ready)
        .map((entry) => entry.name);
    }, READY_MARK);
    // The worker's requests, which the page's resource timing leaves out, as Playwright saw them (on the same
    // clock as Date.now() here: the browser runs on this machine). They come early, while the dataset downloads.
    const readyAt = await page.evaluate(
      (mark) => performance.timeOrigin + performance.getEntriesByName(mark)[0]!.startTime,
      READY_MARK,
    );
    const byWorker = requested.filter(({ at }) => at <= readyAt).map(({ url }) => url);
    const urls = [...byPage, ...byWorker]
      .map((url) => new URL(url).pathname)
      .filter((pathname) => pathname.endsWith('.js'));
    const files = await Promise.all(
      [...new Set(urls)].map(async (pathname) => {
        const name = path.basename(pathname);
        const bytes = await readFile(path.join(distDir, 'assets', name));
        return { name, gzipKb: gzipSync(bytes, { level: 9 }).length / 1000 };
      }),
    );
    files.sort((a, b) => b.gzipKb - a.gzipKb);
    const totalKb = files.reduce((sum, file) => sum + file.gzipKb, 0);
    // The worker's entry and the reading code it imports (which the page itself loads only where there are no workers).
    const workerKb = files
      .filter((file) => /^(dataset\.worker|parse-dataset-body)-/.test(file.name))
      .reduce((sum, file) => sum + file.gzipKb, 0);
    return { files, totalKb, workerKb };
  } finally {
    await context.close();
  }
}

/** One line for the report: the total, the worker's share, and the files. */
export function formatFirstLoad(load: FirstLoad | null): string {
  if (load === null) return 'first load: n/a';
  const files = load.files.map((file) => `${file.name} ${file.gzipKb.toFixed(1)}`).join(', ');
  return (
    `first load (bundled dataset): ${load.totalKb.toFixed(1)} kB gzip of JavaScript requested before ` +
    `${READY_MARK}, of which the dataset worker's ${load.workerKb.toFixed(1)} kB (${files})`
  );
}
