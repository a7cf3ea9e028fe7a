/**
 * Frame times while zooming and panning the timeline of a running build: a quick profile for rendering work,
 * not the full benchmark (`npm run bench`).
 *
 *   npx tsx scripts/generate-dataset.ts 100000 dist/bench-data/r100k.json
 *   npx vite preview --host 127.0.0.1 --port 4301 --strictPort &
 *   PARLEY_URL=http://127.0.0.1:4301/ npx tsx scripts/profile-frames.ts bench-data/r100k.json
 *
 * Prints the number of frames, their median, 95th percentile and longest duration, and the total of long tasks
 * (over 50 ms) during a scripted wheel zoom in, drag pan and zoom out over the timeline.
 */
import { launchChromium } from './browser.ts';

const base = process.env.PARLEY_URL ?? 'http://127.0.0.1:4301/';
const data = process.argv[2] ?? 'bench-data/r100k.json';

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  // tsx names arrow functions with a helper the page does not have.
  await page.addInitScript('window.__name = (f) => f');
  await page.goto(`${base}?data=${encodeURIComponent(data)}`);
  await page.waitForFunction(() => performance.getEntriesByName('timeline-ready').length > 0, null, {
    timeout: 300_000,
    polling: 500,
  });
  const viewport = (await page.locator('[data-bench="timeline-viewport"]').boundingBox())!;
  const x = viewport.x + viewport.width / 2;
  const y = viewport.y + Math.min(200, viewport.height / 2);
  await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; longTasks_: number[] };
    w.frames_ = [];
    w.longTasks_ = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.longTasks_.push(entry.duration);
    }).observe({ type: 'longtask' });
    let last = performance.now();
    const tick = (now: number) => {
      w.frames_.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  const frame = () => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  await page.mouse.move(x, y);
  // A plain wheel scrolls the page; the timeline zooms with Ctrl + wheel (use-zoom-gestures.ts).
  await page.keyboard.down('Control');
  for (let i = 0; i < 12; i += 1) {
    await page.mouse.wheel(0, -120);
    await frame();
  }
  await page.keyboard.up('Control');
  await page.mouse.down();
  for (let i = 1; i <= 20; i += 1) {
    await page.mouse.move(x - i * 20, y);
    await frame();
  }
  await page.mouse.up();
  await page.keyboard.down('Control');
  for (let i = 0; i < 12; i += 1) {
    await page.mouse.wheel(0, 120);
    await frame();
  }
  await page.keyboard.up('Control');
  await frame();
  const { frames, longTasks } = await page.evaluate(() => {
    const w = window as unknown as { frames_: number[]; longTasks_: number[] };
    return { frames: w.frames_.slice(1), longTasks: w.longTasks_ };
  });
  const sorted = [...frames].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const ms = (v: number) => `${v.toFixed(1)} ms`;
  console.log(
    `frames ${frames.length}  median ${ms(at(0.5))}  p95 ${ms(at(0.95))}  max ${ms(sorted.at(-1) ?? NaN)}  ` +
      `long tasks ${longTasks.length} totalling ${ms(longTasks.reduce((a, b) => a + b, 0))}`,
  );
} finally {
  await browser.close();
}
