import type { Browser, BrowserContext } from '@playwright/test';
import { FLOOR_FAILED_MARK, FLOOR_PAGE } from './floor-page.ts';
import { BENCH_VIEWPORT, READY_MARK } from './bench-page.ts';
import { firstLine } from './measure-run.ts';
import { throttleNetwork } from './throttle-network.ts';

export interface FloorSettings {
  /** The data server's address, which serves FLOOR_PAGE beside the datasets. */
  dataUrl: string;
  /** The dataset's file name on that server. */
  datasetName: string;
  readyTimeoutMs: number;
  networkMbps: number | null;
}

/**
 * Loads the floor page (floor-page.ts) in a fresh context, as the app's runs are loaded: ms to its mark, or why
 * there is none (a failed download or parse, an error in the page, no mark in time).
 */
export async function measureFloor(
  browser: Browser,
  settings: FloorSettings,
): Promise<{ floorMs: number } | { note: string }> {
  let context: BrowserContext | null = null;
  try {
    context = await browser.newContext({ viewport: BENCH_VIEWPORT });
    const page = await context.newPage();
    const pageError = new Promise<never>((_, reject) => page.once('pageerror', reject));
    // Raced below; until then an error in the page must not count as unhandled.
    pageError.catch(() => undefined);
    if (settings.networkMbps !== null) await throttleNetwork(page, settings.networkMbps);
    const url = `${settings.dataUrl}${FLOOR_PAGE}?data=${encodeURIComponent(settings.datasetName)}`;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const marked = `performance.getEntriesByName('${READY_MARK}')[0] ?? performance.getEntriesByName('${FLOOR_FAILED_MARK}')[0]`;
    const waiting = page.waitForFunction(`Boolean(${marked})`, undefined, {
      timeout: settings.readyTimeoutMs,
      polling: 50,
    });
    await Promise.race([waiting, pageError]);
    const mark = (await page.evaluate(
      `(({ name, startTime, detail }) => ({ name, startTime, detail }))(${marked})`,
    )) as { name: string; startTime: number; detail: unknown };
    if (mark.name === READY_MARK) return { floorMs: mark.startTime };
    return { note: `floor: not measured (${String(mark.detail)})` };
  } catch (error) {
    return { note: `floor: not measured (${firstLine(error)})` };
  } finally {
    await context?.close().catch(() => undefined);
  }
}
