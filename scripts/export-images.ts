import { mkdir } from 'node:fs/promises';
import { launchChromium } from './browser.ts';

/**
 * Downloads the timeline image (PNG and SVG) from a running Parley at phone and desktop widths, light and dark,
 * through the Download menu as a reader would, so a developer can look at what the export draws.
 * Usage: PARLEY_URL=http://127.0.0.1:4173/ tsx scripts/export-images.ts [query-string] [out-dir]
 */
const base = process.env.PARLEY_URL ?? 'http://127.0.0.1:4173/';
const query = (process.argv[2] ?? '').replace(/^\?/, '');
const outDir = process.argv[3] ?? 'test-results/export-images';
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };

await mkdir(outDir, { recursive: true });
const browser = await launchChromium();
for (const [name, viewport] of Object.entries(sizes)) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ viewport, colorScheme, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${base}${query ? `?${query}` : ''}`);
    for (const format of ['PNG', 'SVG']) {
      await page.getByRole('button', { name: 'Download' }).click();
      const pending = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: new RegExp(format) }).click();
      const file = `${outDir}/${name}-${colorScheme}.${format.toLowerCase()}`;
      await (await pending).saveAs(file);
      console.log(file);
    }
    await context.close();
  }
}
await browser.close();
