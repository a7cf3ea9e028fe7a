import { mkdir } from 'node:fs/promises';
import { launchChromium } from '/work/wt/datamodel/scripts/browser.ts';

const base = process.env.PARLEY_URL ?? 'http://127.0.0.1:4231/';
const outDir = process.argv[2] ?? '/tmp/dm-shots';
const shots = JSON.parse(process.argv[3] ?? '{}') as Record<string, string>;
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1440, height: 900 } };
await mkdir(outDir, { recursive: true });
const browser = await launchChromium();
for (const [label, query] of Object.entries(shots)) {
  for (const [name, viewport] of Object.entries(sizes)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport, colorScheme });
      await page.goto(`${base}?${query}`);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(1200);
      const file = `${outDir}/${label}-${name}-${colorScheme}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
