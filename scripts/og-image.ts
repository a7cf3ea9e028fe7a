import { launchChromium } from './browser.ts';

/**
 * Writes public/og-image.png, the picture a shared link to Parley shows (index.html's og:image): the bundled
 * timeline as an embed draws it (title, credit, timeline), light, at the 1200 × 630 of a large link card.
 * Run it against the built app after the bundled data changes:
 *   npx vite build && npx vite preview --port 4173 &  npx tsx scripts/og-image.ts
 */
const base = process.env.PARLEY_URL ?? 'http://127.0.0.1:4173/';
const out = process.argv[2] ?? 'public/og-image.png';
const size = { width: 1200, height: 630 };

const browser = await launchChromium();
const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1, colorScheme: 'light' });
await page.goto(`${base}?embed=1&panel=0&filters=0`);
await page.getByRole('region', { name: 'Timeline' }).waitFor();
await page.waitForLoadState('networkidle');
// The marks are drawn after layout settles; a short wait lets the last frame land.
await page.waitForTimeout(500);
await page.screenshot({ path: out, clip: { x: 0, y: 0, ...size } });
console.log(`${out}: ${size.width} × ${size.height}`);
await browser.close();
