import type { Locator, Page } from '@playwright/test';
import { intervals, longTasksDuring, percentile, type LongTask } from './stats.ts';

/** Frame and long-task figures for one scripted zoom-and-pan. */
export interface InteractionResult {
  /** How the interacted element was found. */
  target: string;
  frames: number;
  frameP50Ms: number | null;
  frameP95Ms: number | null;
  longTaskCount: number;
  longTaskTotalMs: number;
  longTaskMaxMs: number;
}

/** The element the timeline developer marks as its zoom/pan surface. */
export const TIMELINE_VIEWPORT_SELECTOR = '[data-bench="timeline-viewport"]';
const STEP_MS = 16;

/** The timeline's zoom/pan surface, or the nearest stand-in, with how it was found; null when nothing fits. */
export async function findTarget(
  page: Page,
  override: string | null,
): Promise<{ locator: Locator; label: string } | null> {
  const candidates: [Locator, string][] = override
    ? [[page.locator(override), override]]
    : [
        [page.locator(TIMELINE_VIEWPORT_SELECTOR), TIMELINE_VIEWPORT_SELECTOR],
        [page.getByRole('application'), 'role=application (fallback)'],
        [page.locator('main svg, main canvas'), 'first svg/canvas in main (fallback)'],
      ];
  for (const [locator, label] of candidates) {
    const first = locator.first();
    if ((await first.count()) > 0 && (await first.isVisible())) return { locator: first, label };
  }
  return null;
}

// Plain strings, not functions: tsx compiles functions with helpers (__name) that do not exist in the page.
const START_RECORDING = `(() => {
  const state = { frames: [], longTasks: [], running: true, start: performance.now(), stop: 0 };
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) state.longTasks.push([entry.startTime, entry.duration]);
  });
  try { observer.observe({ type: 'longtask', buffered: true }); } catch { /* no long-task support */ }
  const tick = (time) => { if (state.running) { state.frames.push(time); requestAnimationFrame(tick); } };
  requestAnimationFrame(tick);
  state.finish = () => {
    state.running = false;
    for (const entry of observer.takeRecords()) state.longTasks.push([entry.startTime, entry.duration]);
    observer.disconnect();
    state.stop = performance.now();
    return { frames: state.frames, longTasks: state.longTasks, start: state.start, stop: state.stop };
  };
  window.__parleyBench = state;
})()`;
const STOP_RECORDING = 'window.__parleyBench.finish()';

interface Recording {
  frames: number[];
  longTasks: LongTask[];
  start: number;
  stop: number;
}

/**
 * Zooms in and out with the wheel over the target's centre, then drags it one way and back, while the
 * page records every animation frame and long task. Recording starts before the first gesture.
 */
export async function measureInteraction(
  page: Page,
  target: { locator: Locator; label: string },
): Promise<InteractionResult> {
  await target.locator.scrollIntoViewIfNeeded({ timeout: 5000 });
  const box = await target.locator.boundingBox({ timeout: 5000 });
  if (box === null) throw new Error(`${target.label} has no box on screen`);
  const viewport = page.viewportSize() ?? { width: 1440, height: 900 };
  // A surface taller or wider than the window is grabbed at the centre of its visible part.
  const x = clamp(box.x + box.width / 2, 1, viewport.width - 1);
  const y = clamp(box.y + box.height / 2, 1, viewport.height - 1);
  await page.mouse.move(x, y);

  await page.evaluate(START_RECORDING);
  // A plain wheel scrolls the page; the timeline zooms with Ctrl + wheel (use-zoom-gestures.ts).
  await page.keyboard.down('Control');
  for (const deltaY of [...Array<number>(20).fill(-120), ...Array<number>(20).fill(120)]) {
    await page.mouse.wheel(0, deltaY);
    await page.waitForTimeout(STEP_MS);
  }
  await page.keyboard.up('Control');
  for (const direction of [1, -1]) {
    await page.mouse.move(x, y);
    await page.mouse.down();
    for (let step = 1; step <= 30; step++) {
      await page.mouse.move(x + direction * step * 15, y);
      await page.waitForTimeout(STEP_MS);
    }
    await page.mouse.up();
  }
  // Long-task entries arrive just after their task ends: give the last one time to be queued.
  await page.waitForTimeout(100);
  const recording = (await page.evaluate(STOP_RECORDING)) as Recording;

  const frameMs = intervals(recording.frames);
  const longTasks = longTasksDuring(recording.longTasks, recording.start, recording.stop);
  return {
    target: target.label,
    frames: recording.frames.length,
    frameP50Ms: percentile(frameMs, 50),
    frameP95Ms: percentile(frameMs, 95),
    longTaskCount: longTasks.count,
    longTaskTotalMs: longTasks.totalMs,
    longTaskMaxMs: longTasks.maxMs,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}
