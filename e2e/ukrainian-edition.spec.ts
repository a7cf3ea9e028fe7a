import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { en } from '../src/i18n/en.ts';
import { uk } from '../src/i18n/uk.ts';
import { readBundledDataset } from './bundled-dataset.ts';
import { roundsInTimeOrder } from './dataset-facts.ts';

// The Ukrainian edition: interface from the catalogue, data from the dataset's translations block. Expected
// strings are read from those two, never copied from what the page prints.
test.describe.configure({ timeout: 90_000 });
const dataset = readBundledDataset() as ReturnType<typeof readBundledDataset> & {
  translations: { uk: { rounds: Record<string, { title: string }>; meta: { title: string } } };
};
const ordered = roundsInTimeOrder(dataset);
const translated = dataset.translations.uk;
const round = ordered.find((r) => translated.rounds[r.id] && r.kind === 'talks')!;
const ukTitle = translated.rounds[round.id]!.title;

const timelineReady = (page: Page) =>
  expect(page.locator('button[data-round-id]').first()).toBeVisible({ timeout: 30_000 });

test('?lang=uk shows the interface and the data in Ukrainian, with <html lang="uk">', async ({ page }) => {
  await page.goto('./?lang=uk');
  await timelineReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(translated.meta.title);
  await expect(page.getByRole('combobox', { name: uk.language })).toHaveValue('uk');
  await expect(page.getByRole('button', { name: uk.zoomIn })).toBeVisible();
  await expect(page.getByTestId('rounds-status')).toHaveText(uk.roundsOf(ordered.length, ordered.length));
  await expect(page.locator(`button[data-round-id="${round.id}"]`)).toHaveAccessibleName(
    new RegExp(ukTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
  );
});

test('the switch changes the language and the URL, and keeps the rest of the view', async ({ page }) => {
  await page.goto('./?view=list');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('combobox', { name: en.language }).selectOption('uk');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page).toHaveURL(/lang=uk/);
  await expect(page).toHaveURL(/view=list/);
  await expect(page.getByRole('button', { name: uk.viewList })).toHaveAttribute('aria-pressed', 'true');
});

test('search finds a round by its Ukrainian title', async ({ page }) => {
  await page.goto(`./?lang=uk&q=${encodeURIComponent(`"${ukTitle}"`)}`);
  await expect(page.getByTestId('rounds-status')).toHaveText(uk.roundsOf(1, ordered.length));
});

test('?lang=zz falls back to English with a notice', async ({ page }) => {
  await page.goto('./?lang=zz');
  await timelineReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Ignored lang="zz"')).toBeVisible();
});

test('an embed told the article is Ukrainian (hostlang=uk, as embed.js passes it) appears in Ukrainian', async ({
  page,
}) => {
  await page.goto('./?embed=1&hostlang=uk-UA');
  await timelineReady(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('button', { name: uk.zoomIn })).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe in Ukrainian, ${colorScheme}`, () => {
    test.use({ colorScheme });
    test('the timeline has no violations', async ({ page }) => {
      await page.goto('./?lang=uk');
      await timelineReady(page);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  });
}
