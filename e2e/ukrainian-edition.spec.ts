import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { en } from '../src/i18n/en.ts';
import { enEmbed } from '../src/i18n/en-embed.ts';
import { uk } from '../src/i18n/uk.ts';
import { readBundledDataset } from './bundled-dataset.ts';
import { roundsInTimeOrder } from './dataset-facts.ts';
import { FIXTURE_ORIGIN } from './fixture-server-port.ts';

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

/** The Embed dialog's snippet, made in the edition `lang` with the dialog's default choices. */
async function snippetMadeIn(page: Page, lang: 'en' | 'uk'): Promise<string> {
  const words = lang === 'en' ? { ...en, ...enEmbed } : uk;
  await page.goto(`./?lang=${lang}`);
  await timelineReady(page);
  await page.getByRole('button', { name: words.embed, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: words.embedTitle });
  return dialog.getByRole('textbox', { name: words.embedCode }).inputValue();
}

/** An article on another origin, with `body` in it; `articleLang` null leaves `<html lang>` out. */
async function openArticle(
  page: Page,
  articleLang: string | null,
  body: string,
  name: string,
): Promise<void> {
  const article = `${FIXTURE_ORIGIN}/pages/${name}`;
  const lang = articleLang === null ? '' : ` lang="${articleLang}"`;
  const html = `<!doctype html><html${lang}><head><meta charset="utf-8"><title>Стаття</title></head>
  <body><main style="width:700px;margin:0 auto"><h1>Стаття про переговори</h1>${body}</main></body></html>`;
  const stored = await page.request.put(article, { data: html, headers: { 'Content-Type': 'text/html' } });
  expect(stored.ok()).toBe(true);
  await page.goto(article);
}

test('the snippet from the English edition, in an article whose <html lang> is uk, shows the embed in Ukrainian', async ({
  page,
}) => {
  const snippet = await snippetMadeIn(page, 'en');
  expect(snippet).not.toMatch(/[?&;]lang=/);
  await openArticle(page, 'uk', snippet, 'ukrainian-article.html');
  const frame = page.frameLocator('iframe[data-parley-embed]');
  await expect(frame.getByRole('button', { name: uk.zoomIn })).toBeVisible({ timeout: 30_000 });
  await expect(frame.locator('html')).toHaveAttribute('lang', 'uk');
});

test('the snippet made in the Ukrainian edition carries lang=uk, and stays Ukrainian in an English article', async ({
  page,
}) => {
  const snippet = await snippetMadeIn(page, 'uk');
  expect(snippet).toMatch(/[?&;]lang=uk\b/);
  await openArticle(page, 'en', snippet, 'english-article.html');
  const frame = page.frameLocator('iframe[data-parley-embed]');
  await expect(frame.getByRole('button', { name: uk.zoomIn })).toBeVisible({ timeout: 30_000 });
  await expect(frame.locator('html')).toHaveAttribute('lang', 'uk');
});

test('an article that names its language only after the loader ran still gets its embed in that language', async ({
  page,
}) => {
  const snippet = await snippetMadeIn(page, 'en');
  // The loader runs at once here (not async), before the page sets <html lang>: the frame's first address has no
  // hostlang=, its parley:ready says so, and the loader loads it once more with the language. The page hears
  // only the second ready.
  expect(snippet).toContain('<script async ');
  const body =
    snippet.replace('<script async ', '<script ') +
    `<script>document.documentElement.lang = 'uk';
      window.readies = [];
      Parley.on('ready', (event) => window.readies.push(event.hostlang));</script>`;
  await openArticle(page, null, body, 'late-language-article.html');
  const frame = page.frameLocator('iframe[data-parley-embed]');
  await expect(frame.getByRole('button', { name: uk.zoomIn })).toBeVisible({ timeout: 30_000 });
  await expect(frame.locator('html')).toHaveAttribute('lang', 'uk');
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { readies: unknown[] }).readies))
    .toEqual(['uk']);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe in Ukrainian, ${colorScheme}`, () => {
    test.use({ colorScheme });
    test('the timeline has no violations', async ({ page }) => {
      await page.goto('./?lang=uk');
      await timelineReady(page);
      const results = await axeScan(page).analyze();
      expect(results.violations.map((v) => v.id)).toEqual([]);
    });
  });
}
