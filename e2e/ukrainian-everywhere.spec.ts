import { expect, test, type Page } from '@playwright/test';
import { uk } from '../src/i18n/uk.ts';
import { readBundledDataset } from './bundled-dataset.ts';
import { roundsInTimeOrder } from './dataset-facts.ts';
import { datasetLatinRuns, englishCatalogue, englishOnPage, type EnglishCatalogue } from './english-left.ts';
import { FIXTURE_ORIGIN } from './fixture-server-port.ts';

// The Ukrainian edition walked view by view: each state is scanned for English the interface left behind
// (english-left.ts says how). A failure lists the English text and where it sits.
test.describe.configure({ timeout: 120_000 });

const dataset = readBundledDataset();
const ordered = roundsInTimeOrder(dataset);
const allowed = datasetLatinRuns(dataset);
let catalogue: EnglishCatalogue;
test.beforeAll(async () => {
  catalogue = await englishCatalogue();
});

const timelineReady = (page: Page) =>
  expect(page.locator('button[data-round-id]').first()).toBeVisible({ timeout: 30_000 });

async function expectNoEnglish(page: Page, state: string): Promise<void> {
  const found = await englishOnPage(page, catalogue, allowed);
  const lines = [...new Set(found.map((f) => `"${f.text}" (${f.where})`))];
  expect(lines, `English left in ${state}`).toEqual([]);
}

test('the timeline in each lane mode, and the list', async ({ page }) => {
  for (const lanes of ['table', 'place', 'topic']) {
    await page.goto(`./?lang=uk&lanes=${lanes}`);
    await timelineReady(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expectNoEnglish(page, `the timeline (lanes=${lanes})`);
  }
  await page.goto('./?lang=uk&view=list');
  await expect(page.getByRole('button', { name: uk.viewList })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('[data-round-id]').first()).toBeVisible();
  await expectNoEnglish(page, 'the list');
});

test('the Embed dialog, the Download menu, the Cite dialog and a mark’s tooltip', async ({ page }) => {
  await page.goto('./?lang=uk');
  await timelineReady(page);
  await page.getByRole('button', { name: uk.embed, exact: true }).click();
  await expect(page.getByRole('dialog', { name: uk.embedTitle })).toBeVisible();
  await expectNoEnglish(page, 'the Embed dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: uk.download, exact: true }).click();
  await expect(page.getByRole('menu')).toBeVisible();
  await expectNoEnglish(page, 'the Download menu');
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: uk.cite, exact: true }).click();
  await expect(page.getByRole('dialog', { name: uk.citeTitle })).toBeVisible();
  await expectNoEnglish(page, 'the Cite dialog');
  await page.keyboard.press('Escape');

  // A mark's tooltip shows on keyboard focus.
  await page.keyboard.press('Tab');
  await page.locator('button[data-round-id]').first().focus();
  await expectNoEnglish(page, 'a mark with its tooltip');
});

test('every round’s mark and panel', async ({ page }) => {
  await page.goto('./?lang=uk');
  await timelineReady(page);
  for (const round of ordered) {
    // Enter on the round's mark opens its panel, as a keyboard user would.
    await page.locator(`button[data-round-id="${round.id}"]`).first().press('Enter');
    await expect(page).toHaveURL(new RegExp(`round=${round.id}(&|$)`));
    await expectNoEnglish(page, `the panel of ${round.id}`);
  }
});

test('every document, and every step of every story', async ({ page }) => {
  for (const document of dataset.documents ?? []) {
    await page.goto(`./?lang=uk&document=${document.id}`);
    await expect(page.getByRole('dialog')).toBeVisible({ timeout: 30_000 });
    await expectNoEnglish(page, `the document ${document.id}`);
  }
  for (const story of dataset.stories ?? []) {
    // Steps count from 1; a story's link without a step opens its first.
    for (let step = 1; step <= story.steps.length; step++) {
      await page.goto(`./?lang=uk&story=${story.id}&step=${step}`);
      await timelineReady(page);
      await expectNoEnglish(page, `step ${step} of the story ${story.id}`);
    }
  }
});

test('an empty result, the embed, the editor and a failed load', async ({ page }) => {
  await page.goto('./?lang=uk&q=zzzzqqqq');
  await expect(page.getByTestId('rounds-status')).toHaveText(uk.roundsOf(0, ordered.length));
  await expectNoEnglish(page, 'an empty result');

  await page.goto('./?lang=uk&embed=1');
  await timelineReady(page);
  await expectNoEnglish(page, 'the embed');

  await page.goto('./?lang=uk#create');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await expectNoEnglish(page, 'the editor');

  await page.goto(`./?lang=uk&data=${encodeURIComponent(`${FIXTURE_ORIGIN}/no-such-dataset.json`)}`);
  await expect(page.getByRole('alert').first()).toBeVisible({ timeout: 30_000 });
  await expectNoEnglish(page, 'a failed load');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the timeline, a round open and the filter sheet', async ({ page }) => {
    await page.goto(`./?lang=uk&round=${ordered[1]!.id}`);
    await timelineReady(page);
    await expectNoEnglish(page, 'the phone view with a round open');
    await page.goto('./?lang=uk');
    await timelineReady(page);
    await page.getByRole('button', { name: uk.filters, exact: true }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoEnglish(page, 'the phone filter sheet');
  });
});
