import type { Browser, BrowserContext } from '@playwright/test';
import { throttleNetwork } from './throttle-network.ts';

/**
 * The floor of a load: a bare page, served beside the datasets, that downloads one and parses it with the
 * browser's own JSON reader, then marks the next frame, as the app marks its first picture. No checks, no
 * model, no drawing, no framework. The floor is what this machine needs to have the bytes in hand at all; the
 * app's time beyond it is what Parley itself costs. Issue #9's goals for ready are set against vis-timeline
 * on this machine, so the floor shows how much room a goal leaves.
 */
export const FLOOR_PAGE = 'floor.html';
const FLOOR_MARK = 'floor-ready';
// A download or parse that fails says so at once, rather than leaving the benchmark to wait out its timeout.
const FAILED_MARK = 'floor-failed';

/** The page: `floor.html?data=<a dataset's file name on the same server>`. */
export const FLOOR_PAGE_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Floor: download and parse</title></head>
<body><p id="rounds">Loading…</p>
<script type="module">
  const data = new URL(location.href).searchParams.get('data');
  try {
    const response = await fetch(data);
    if (!response.ok) throw new Error(data + ': HTTP ' + response.status);
    const dataset = await response.json();
    document.getElementById('rounds').textContent = dataset.rounds.length + ' rounds';
    requestAnimationFrame(() => setTimeout(() => performance.mark('${FLOOR_MARK}')));
  } catch (error) {
    performance.mark('${FAILED_MARK}', { detail: String(error) });
  }
</script></body></html>
`;

export interface FloorSettings {
  /** The data server's address, which serves FLOOR_PAGE beside the datasets. */
  dataUrl: string;
  /** The dataset's file name on that server. */
  datasetName: string;
  readyTimeoutMs: number;
  networkMbps: number | null;
}

/** Loads the floor page in a fresh context, as the app's runs are loaded; ms to its mark, or why not. */
export async function measureFloor(
  browser: Browser,
  settings: FloorSettings,
): Promise<{ floorMs: number } | { note: string }> {
  let context: BrowserContext | null = null;
  try {
    context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    if (settings.networkMbps !== null) await throttleNetwork(page, settings.networkMbps);
    const url = `${settings.dataUrl}${FLOOR_PAGE}?data=${encodeURIComponent(settings.datasetName)}`;
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 30_000 });
    const marked = `performance.getEntriesByName('${FLOOR_MARK}')[0] ?? performance.getEntriesByName('${FAILED_MARK}')[0]`;
    await page.waitForFunction(`Boolean(${marked})`, undefined, {
      timeout: settings.readyTimeoutMs,
      polling: 50,
    });
    const mark = (await page.evaluate(
      `(({ name, startTime, detail }) => ({ name, startTime, detail }))(${marked})`,
    )) as { name: string; startTime: number; detail: unknown };
    if (mark.name === FLOOR_MARK) return { floorMs: mark.startTime };
    return { note: `floor: not measured (${String(mark.detail)})` };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return { note: `floor: not measured (${reason})` };
  } finally {
    await context?.close().catch(() => undefined);
  }
}
