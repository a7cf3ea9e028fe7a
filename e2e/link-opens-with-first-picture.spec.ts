import { expect, test, type Page } from '@playwright/test';
import { readBundledDataset } from './bundled-dataset.ts';
import { roundsInTimeOrder } from './dataset-facts.ts';

const dataset = readBundledDataset();
const round = roundsInTimeOrder(dataset)[3]!;

/**
 * Records, as the timeline sets its ready mark, whether the element `selector` names is already on the page:
 * what a link opens should come with the first picture, not after it. Call before navigating.
 */
async function recordAtReady(page: Page, selector: string): Promise<void> {
  await page.addInitScript((selector) => {
    new PerformanceObserver((marks, observer) => {
      if (!marks.getEntriesByName('timeline-ready').length) return;
      Object.assign(window, { atReady: { present: document.querySelector(selector) !== null } });
      observer.disconnect();
    }).observe({ type: 'mark', buffered: true });
  }, selector);
}

/** Whether the element was there at the ready mark (recordAtReady), once the mark has been set. */
const presentAtReady = (page: Page) =>
  page
    .waitForFunction(() => (window as unknown as { atReady?: { present: boolean } }).atReady)
    .then((handle) => handle.jsonValue())
    .then((atReady) => atReady!.present);

test('a link to a round shows its details with the first picture', async ({ page }) => {
  await recordAtReady(page, '[aria-label="Round details"] h2');
  await page.goto(`./?round=${round.id}`);
  await expect(
    page.getByRole('region', { name: 'Round details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(round.title);
  expect(await presentAtReady(page)).toBe(true);
});

test('a link to the list view shows the list without a loading message first', async ({ page }) => {
  await page.addInitScript(() => {
    const watch = () => {
      if (document.body?.innerText.includes('Loading the list…'))
        Object.assign(window, { loadingShown: true });
      else requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
  await page.goto('./?view=list');
  await expect(page.getByRole('rowheader', { name: round.title, exact: true })).toBeVisible();
  expect(
    await page.evaluate(() => (window as unknown as { loadingShown?: boolean }).loadingShown ?? false),
  ).toBe(false);
});
