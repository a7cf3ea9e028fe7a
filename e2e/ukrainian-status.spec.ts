import { expect, test, type Locator, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { enDatasetError } from '../src/i18n/en-dataset-error.ts';
import { enExport } from '../src/i18n/en-export.ts';
import { enStatus } from '../src/i18n/en-status.ts';
import { enStory } from '../src/i18n/en-story.ts';
import { ukDatasetError } from '../src/i18n/uk-dataset-error.ts';
import { ukExport } from '../src/i18n/uk-export.ts';
import { ukStatus } from '../src/i18n/uk-status.ts';
import { ukStory } from '../src/i18n/uk-story.ts';
import { downloadBytes } from './export-files.ts';
import { readBundledDataset } from './bundled-dataset.ts';
import { FIXTURE_ORIGIN } from './fixture-server-port.ts';

// The status views, the story card, Download and Cite, the picture and paper in Ukrainian. Expected words come
// from the catalogue parts, counts from the data.
test.describe.configure({ timeout: 90_000 });
const dataset = readBundledDataset() as ReturnType<typeof readBundledDataset> & {
  translations: { uk: { meta: { title: string } } };
};
const story = dataset.stories![0]!;
const steps = story.steps.length;
const rounds = dataset.rounds.length;

const timelineReady = (page: Page) =>
  expect(page.locator('button[data-round-id]').first()).toBeVisible({ timeout: 30_000 });

/** Every fixed English string of the parts (functions take values, so they are checked where they are used). */
function englishStrings(...parts: object[]): string[] {
  const found: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') found.push(value.trim());
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  parts.forEach(walk);
  // Words that are the same in both languages (file formats) are not a sign of a missed translation.
  return [...new Set(found)].filter((s) => s.length > 2 && !/^[A-Z-]+$/.test(s));
}

/** None of the parts' English in `scope` (the views this spec covers; other parts are other specs' concern). */
async function expectNoEnglish(scope: Page | Locator, ...parts: object[]) {
  for (const text of englishStrings(...parts)) {
    await expect(scope.getByText(text, { exact: true }), text).toHaveCount(0);
  }
}

async function expectNoAxeViolations(page: Page) {
  const results = await axeScan(page).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
}

test('the story launcher and card are in Ukrainian: step counter, Previous and Next, sources', async ({
  page,
}) => {
  await page.goto('./?lang=uk');
  await timelineReady(page);
  await expect(page.getByText(ukStatus.creditLicence, { exact: false })).toBeVisible();
  await page
    .getByRole('button', { name: new RegExp(`^▶?\\s*${ukStatus.story}`) })
    .first()
    .click();
  const steps_ = page.getByRole('navigation', { name: ukStory.storySteps });
  await expect(steps_).toBeVisible();
  const card = page.locator('section').filter({ has: steps_ });
  await expect(card.getByText(ukStory.stepOf(1, steps), { exact: true })).toBeVisible();
  await expect(card.getByRole('button', { name: ukStory.exploreFromHere })).toBeVisible();
  await expect(card.getByRole('region', { name: ukStory.stepSources })).toBeVisible();
  await expect(
    card.getByRole('link', { name: new RegExp(`^${ukStory.sourceLink(1, '')}`) }).first(),
  ).toBeVisible();
  await expect(steps_.getByRole('button', { name: ukStory.previous })).toHaveAttribute(
    'aria-disabled',
    'true',
  );
  await steps_.getByRole('button', { name: ukStory.next }).click();
  await expect(card.getByText(ukStory.stepOf(2, steps), { exact: true })).toBeVisible();
  await expectNoEnglish(page, enStory, enStatus);
  await expectNoAxeViolations(page);
});

test('Download and Cite are in Ukrainian, and so is the picture they make', async ({ page }) => {
  await page.goto('./?lang=uk');
  await timelineReady(page);
  const button = page.getByRole('button', { name: ukStatus.download, exact: true });
  await button.click();
  const menu = page.getByRole('menu', { name: ukStatus.download });
  for (const key of ['formatCsv', 'formatJson', 'formatPng', 'formatSvg'] as const)
    await expect(menu.getByRole('menuitem', { name: ukExport[key] })).toBeVisible();
  await expectNoEnglish(menu, enExport);
  await expectNoEnglish(page, enStatus);
  await expectNoAxeViolations(page);

  const pending = page.waitForEvent('download');
  await menu.getByRole('menuitem', { name: ukExport.formatSvg }).click();
  const file = await pending;
  await expect(
    page.getByRole('status').filter({ hasText: ukStatus.downloaded(file.suggestedFilename()) }),
  ).toBeAttached();
  const svg = (await downloadBytes(file)).toString('utf8');
  const texts = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    return [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
  }, svg);
  expect(texts).toContain(dataset.translations.uk.meta.title);
  expect(texts).toContain(ukExport.pictureAll(rounds));
  expect(texts.some((t) => t.endsWith(ukExport.pictureLanes('', ukExport.pictureLaneWords.table)))).toBe(
    true,
  );
  expect(texts.some((t) => t.startsWith(ukExport.pictureMade('')))).toBe(true);

  await page.getByRole('button', { name: ukStatus.cite, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: ukExport.citeTitle });
  await expect(dialog).toBeVisible();
  for (const name of [ukExport.copyCitation, ukExport.copyBibtex, ukExport.copyCsl, ukExport.citeClose])
    await expect(dialog.getByRole('button', { name })).toBeVisible();
  await expect(dialog.getByRole('region', { name: ukExport.citation })).toContainText(ukExport.citeDataSet);
  await expectNoEnglish(dialog, enExport);
  await expectNoAxeViolations(page);
});

test('a dataset that cannot be loaded is explained in Ukrainian, with Retry and the way back', async ({
  page,
}) => {
  const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  const url = `${FIXTURE_ORIGIN}/faults/hang/${key}/domain-fixtures/valid-small.json`;
  await page.goto(`./?lang=uk&timeout=1&data=${encodeURIComponent(url)}`);
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: ukDatasetError.errorTitle })).toBeVisible({
    timeout: 30_000,
  });
  await expect(alert).toContainText(ukDatasetError.errorCause);
  await expect(alert).toContainText(ukDatasetError.failure.noAnswer(new URL(url).origin, 1));
  await expect(alert.getByRole('button', { name: ukDatasetError.retry })).toBeVisible();
  await expect(alert.getByRole('link', { name: ukDatasetError.showBundled })).toBeVisible();
  await expect(page.getByRole('complementary', { name: ukDatasetError.dataSource })).toContainText(
    ukDatasetError.foreignBefore.trim(),
  );
  await expectNoEnglish(page, enDatasetError, enStatus);
  await expectNoAxeViolations(page);
});

test('paper shows the printed timeline and its table in Ukrainian', async ({ page }) => {
  await page.goto('./?lang=uk');
  await timelineReady(page);
  await page.emulateMedia({ media: 'print' });
  const printed = page.getByRole('region', { name: ukExport.printedTimeline });
  await expect(printed).toBeVisible();
  await expect(printed.getByRole('img', { name: ukExport.printImage(rounds) })).toBeVisible();
  await expect(printed.getByRole('table', { name: ukExport.printCaption(rounds) })).toBeVisible();
  for (const heading of Object.values(ukExport.printColumns))
    await expect(printed.getByRole('columnheader', { name: heading })).toBeVisible();
  await expectNoEnglish(printed, enExport);
});
