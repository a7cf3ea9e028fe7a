import { mkdir } from 'node:fs/promises';
import { launchChromium } from './browser.ts';

/**
 * Takes screenshots of a running Parley (default: vite preview on 127.0.0.1:4173) at phone and desktop
 * widths, light and dark, so a developer can look at what they built.
 * Usage: tsx scripts/screenshots.ts [query-string] [out-dir]
 */
const base = process.env.PARLEY_URL ?? 'http://127.0.0.1:4173/';
const query = process.argv[2] ?? '';
const outDir = process.argv[3] ?? 'test-results/screenshots';
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };

await mkdir(outDir, { recursive: true });
const browser = await launchChromium();
for (const [name, viewport] of Object.entries(sizes)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport, colorScheme });
    await page.goto(`${base}${query ? `?${query.replace(/^\?/, '')}` : ''}`);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const file = `${outDir}/${name}-${colorScheme}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
