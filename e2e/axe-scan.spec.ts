import { expect, test } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { FIXTURE_ORIGIN } from './fixture-server-port.ts';

// The helper runs axe in the page rather than axe's default way (see axe-scan.ts); these hold it to scanning
// what the default scans in Parley's pages, frames of the same origin included, and to failing where it cannot.

test('a scan finds what is wrong inside a frame of the page’s own origin', async ({ page }) => {
  await page.goto('./');
  await page.setContent(
    '<main><h1>Frame check</h1><iframe title="Preview" srcdoc="<main><img src=x.png></main>"></iframe></main>',
  );
  await expect(page.frameLocator('iframe').locator('img')).toBeAttached();
  const results = await axeScan(page).analyze();
  const imageAlt = results.violations.filter((violation) => violation.id === 'image-alt');
  expect(imageAlt.flatMap((violation) => violation.nodes.map((node) => node.target))).toEqual([
    ['iframe', 'img'],
  ]);
});

test('a scan that cannot reach a frame of another origin fails, naming it', async ({ page }) => {
  await page.goto('./');
  await page.setContent(
    `<main><h1>Frame check</h1><iframe title="Elsewhere" src="${FIXTURE_ORIGIN}/health"></iframe></main>`,
  );
  await expect(page.frameLocator('iframe').locator('body')).toBeAttached();
  await expect(axeScan(page).analyze()).rejects.toThrow('axe could not scan 1 frame(s): iframe');
});

test('a scan whose rules leave out frame-tested fails, since it could not tell of a frame it missed', async ({
  page,
}) => {
  await page.goto('./');
  await page.setContent('<main><h1>Frame check</h1></main>');
  await expect(axeScan(page).withRules(['image-alt']).analyze()).rejects.toThrow(
    'without its frame-tested rule',
  );
  await expect(axeScan(page).withRules(['image-alt', 'frame-tested']).analyze()).resolves.toBeTruthy();
});
