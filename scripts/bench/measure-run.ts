import type { Browser, BrowserContext, Page } from '@playwright/test';
import { measureFilterStep } from './filter-step.ts';
import {
  findTarget,
  measureInteraction,
  TIMELINE_VIEWPORT_SELECTOR,
  type InteractionResult,
} from './interaction.ts';
import { BENCH_VIEWPORT, READY_MARK } from './bench-page.ts';
import { throttleNetwork } from './throttle-network.ts';

/** One fresh page's figures; null means not measured, and notes say why. */
export interface RunResult {
  dataMs: number | null;
  readyMs: number | null;
  readyMinusDataMs: number | null;
  /** The same dataset's bare download and parse, with no app (scripts/bench/floor.ts). */
  floorMs: number | null;
  interaction: InteractionResult | null;
  /** Ticking a topic filter until the re-rendered view is painted. */
  filterMs: number | null;
  heapMb: number | null;
  notes: string[];
}

export interface RunSettings {
  appUrl: string;
  datasetUrl: string;
  readyTimeoutMs: number;
  target: string | null;
  /** Throttle the page's and its workers' downloads to this many Mbit/s (BenchOptions' networkMbps). */
  networkMbps: number | null;
}

/** A run with nothing measured yet. */
export function emptyRunResult(): RunResult {
  return {
    dataMs: null,
    readyMs: null,
    readyMinusDataMs: null,
    floorMs: null,
    interaction: null,
    filterMs: null,
    heapMb: null,
    notes: [],
  };
}

/** Loads the app with a dataset in a fresh browser context (empty cache), then measures readiness and a zoom/pan. */
export async function measureRun(browser: Browser, settings: RunSettings): Promise<RunResult> {
  const result = emptyRunResult();
  let context: BrowserContext;
  try {
    // vite preview sends the deployment's Content-Security-Policy (no 'unsafe-eval'), which would block this
    // script's own probes (waitForFunction with an expression); the app itself never relies on the bypass.
    context = await browser.newContext({ viewport: BENCH_VIEWPORT, bypassCSP: true });
  } catch (error) {
    return { ...result, notes: [`run failed: ${firstLine(error)}`] };
  }
  // A run that hangs anyway (a frozen page) is cut off by closing its context, which fails every pending step.
  const limit = settings.readyTimeoutMs + 90_000;
  const watchdog = setTimeout(() => {
    result.notes.push(`run cut off after ${limit / 1000} s`);
    void context.close();
  }, limit);
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    if (settings.networkMbps !== null) await throttleNetwork(page, settings.networkMbps);
    const url = `${settings.appUrl}?data=${encodeURIComponent(settings.datasetUrl)}`;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });

    result.readyMs = await waitForReady(page, settings.readyTimeoutMs, errors, result.notes);
    result.dataMs = await datasetArrived(page, settings.datasetUrl);
    if (result.dataMs === null) result.notes.push("data: no 'dataset-arrived' mark for the dataset");
    if (result.readyMs !== null && result.dataMs !== null)
      result.readyMinusDataMs = result.readyMs - result.dataMs;

    const target = await findTarget(page, settings.target);
    if (target === null) {
      const wanted =
        settings.target ?? `${TIMELINE_VIEWPORT_SELECTOR}, role=application or an svg/canvas in main`;
      result.notes.push(`interaction: no visible element to interact with (looked for ${wanted})`);
    } else {
      try {
        result.interaction = await measureInteraction(page, target);
      } catch (error) {
        result.notes.push(`interaction: ${firstLine(error)}`);
      }
    }
    try {
      result.filterMs = await measureFilterStep(page);
      if (result.filterMs === null)
        result.notes.push('filter: no enabled topic checkbox in the filter panel');
    } catch (error) {
      result.notes.push(`filter: ${firstLine(error)}`);
    }
    result.heapMb = await heapAfterGc(page);
  } catch (error) {
    result.notes.push(`run failed: ${firstLine(error)}`);
  } finally {
    clearTimeout(watchdog);
    await context.close().catch(() => undefined);
  }
  return result;
}

async function waitForReady(
  page: Page,
  timeoutMs: number,
  errors: string[],
  notes: string[],
): Promise<number | null> {
  const hasMark = `performance.getEntriesByName(${JSON.stringify(READY_MARK)}).length > 0`;
  try {
    await page.waitForFunction(hasMark, undefined, { timeout: timeoutMs, polling: 50 });
  } catch {
    // Say what the page showed instead, so "n/a" comes with a reason a developer can act on.
    const alert = await page
      .getByRole('alert')
      .first()
      .innerText({ timeout: 1000 })
      .catch(() => null);
    const shown = alert ? `; the page shows "${alert.replace(/\s+/g, ' ').trim().slice(0, 120)}"` : '';
    const error = errors[0] ? `; first page error: ${errors[0].slice(0, 160)}` : '';
    notes.push(`ready: no '${READY_MARK}' mark within ${timeoutMs / 1000} s${shown}${error}`);
    return null;
  }
  return page.evaluate(
    `performance.getEntriesByName(${JSON.stringify(READY_MARK)})[0].startTime`,
  ) as Promise<number>;
}

/**
 * When the dataset's last byte arrived: the app's 'dataset-arrived' mark (src/data-access/dataset-arrived-mark.ts),
 * since the download runs in the dataset worker, whose fetch the page's resource timing does not list.
 */
async function datasetArrived(page: Page, datasetUrl: string): Promise<number | null> {
  const mark = `performance.getEntriesByName('dataset-arrived', 'mark').find((e) => e.detail?.url === ${JSON.stringify(datasetUrl)})`;
  try {
    await page.waitForFunction(`Boolean(${mark})`, undefined, { timeout: 5000, polling: 50 });
    return (await page.evaluate(`${mark}.startTime`)) as number;
  } catch {
    return null;
  }
}

/** Live JS heap after a full garbage collection, so runs compare what the page keeps, not when GC last ran. */
async function heapAfterGc(page: Page): Promise<number | null> {
  try {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value;
    await cdp.detach();
    if (used !== undefined) return used / 1e6;
  } catch {
    // Not Chromium, or no CDP: fall back to the page's own (coarser) figure.
  }
  const used = (await page
    .evaluate('performance.memory ? performance.memory.usedJSHeapSize : null')
    .catch(() => null)) as number | null;
  return used === null ? null : used / 1e6;
}

/** The first line of an error's message, for a note. */
export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? 'unknown error';
}
