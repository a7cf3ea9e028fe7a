import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { main as validateData } from '../scripts/validate-data.ts';
import type { Dataset } from '../src/domain/schema.ts';
import { BUNDLED_DATASET_FILE, readBundledDataset } from './bundled-dataset.ts';
import { parseCsv } from '../src/test/parse-csv.ts';
import { downloadBytes, pngSize } from './export-files.ts';

const dataset = readBundledDataset();
const PLACE = 'Istanbul';
const inIstanbul = dataset.rounds.filter((r) => r.location?.city === PLACE);
const idsInView = inIstanbul.map((r) => r.id).sort();

const downloadButton = (page: Page) => page.getByRole('button', { name: 'Download' });

/** Opens the Download menu with the keyboard and picks an item by its name; returns the download. */
async function download(page: Page, item: RegExp) {
  await downloadButton(page).focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu', { name: 'Download' });
  await expect(menu).toBeVisible();
  const pending = page.waitForEvent('download');
  await menu.getByRole('menuitem', { name: item }).click();
  const file = await pending;
  await expect(page.getByRole('status').filter({ hasText: file.suggestedFilename() })).toBeVisible();
  return file;
}

test.beforeEach(() => {
  expect(inIstanbul.length).toBeGreaterThan(1);
});

test('the CSV holds a header and one row per round in view, named after the dataset and the filter', async ({
  page,
}) => {
  await page.goto(`./?place=${PLACE}`);
  const file = await download(page, /CSV/);
  const datasetSlug = path.basename(BUNDLED_DATASET_FILE, '.json');
  expect(file.suggestedFilename()).toMatch(
    new RegExp(`^${datasetSlug}_istanbul_\\d{4}-\\d{2}-\\d{2}\\.csv$`),
  );
  const bytes = await downloadBytes(file);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = parseCsv(bytes.subarray(3).toString('utf8'));
  const [header, ...records] = rows;
  expect(header).toContain('id');
  expect(header).toContain('source_urls');
  expect(records).toHaveLength(inIstanbul.length);
  const id = header!.indexOf('id');
  expect(records.map((r) => r[id]).sort()).toEqual(idsInView);
  for (const record of records) expect(record).toHaveLength(header!.length);
});

test('the JSON is a valid Parley dataset holding exactly the rounds in view', async ({ page }, info) => {
  await page.goto(`./?place=${PLACE}`);
  const file = await download(page, /JSON/);
  expect(file.suggestedFilename()).toMatch(/_istanbul_\d{4}-\d{2}-\d{2}\.json$/);
  const saved = info.outputPath(file.suggestedFilename());
  await writeFile(saved, await downloadBytes(file));
  const lines: string[] = [];
  const code = await validateData([saved], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  expect(lines.join('\n')).toContain('valid');
  expect(code).toBe(0);
  const subset = JSON.parse(await downloadBytes(file).then(String)) as Dataset;
  expect(subset.rounds.map((r) => r.id).sort()).toEqual(idsInView);
  expect(subset.sources.length).toBeLessThan(dataset.sources.length);
});

test('the PNG is a real PNG at twice the view’s size, and the SVG parses and names the rounds', async ({
  page,
}) => {
  await page.goto(`./?place=${PLACE}`);
  const viewport = (await page.locator('#rounds').boundingBox())!;
  const png = await download(page, /PNG/);
  expect(png.suggestedFilename()).toMatch(/_istanbul_timeline_\d{4}-\d{2}-\d{2}\.png$/);
  const size = pngSize(await downloadBytes(png));
  expect(size.width).toBeGreaterThanOrEqual(2 * viewport.width);
  expect(size.height).toBeGreaterThanOrEqual(2 * viewport.height);

  const svgFile = await download(page, /SVG/);
  const svg = (await downloadBytes(svgFile)).toString('utf8');
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    if (doc.querySelector('parsererror')) return null;
    const texts = (selector: string) => [...doc.querySelectorAll(selector)].map((t) => t.textContent ?? '');
    return { all: texts('text'), labels: texts('.labels text') };
  }, svg);
  expect(parsed).not.toBeNull();
  // The picture labels the marks the timeline on screen labels, with the same words.
  const onScreen = await page.locator('#rounds [data-mark-label]').allTextContents();
  expect(onScreen.length).toBeGreaterThan(0);
  expect(parsed!.labels.sort()).toEqual(onScreen.sort());
  expect(inIstanbul.some((r) => parsed!.labels.includes(r.title))).toBe(true);
  expect(parsed!.all).toContain(dataset.meta.title);
});

test('the Cite dialog shows the view’s address, a year and BibTeX, and Copy puts it on the clipboard', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`./?place=${PLACE}`);
  await page.getByRole('button', { name: 'Cite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this view' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`place=${PLACE}`);
  const year = dataset.meta.citation?.year ?? dataset.meta.updated.slice(0, 4);
  await expect(dialog).toContainText(`(${year})`);
  const bibtex = dialog.getByRole('region', { name: 'BibTeX' }).locator('pre');
  await expect(bibtex).toContainText('@misc{');
  await expect(bibtex).toContainText(`year      = {${year}}`);
  await dialog.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'BibTeX copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await bibtex.textContent());
  expect(copied).toContain(page.url().split('?')[1]!.replace(/%2C/g, ','));

  await dialog.getByRole('button', { name: 'Copy citation' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(dataset.meta.title);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the Download menu follows the menu-button keys: arrows, Home, End, Escape back to the button', async ({
  page,
}) => {
  await page.goto(`./?place=${PLACE}`);
  await downloadButton(page).focus();
  await page.keyboard.press('ArrowUp');
  const menu = page.getByRole('menu', { name: 'Download' });
  const items = menu.getByRole('menuitem');
  // The menu opens once its chunk is here: count its items once it is.
  await expect(menu).toBeVisible();
  const count = await items.count();
  await expect(items.nth(count - 1)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.first()).toBeFocused();
  await expect(downloadButton(page)).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(downloadButton(page)).toBeFocused();
  await expect(downloadButton(page)).toHaveAttribute('aria-expanded', 'false');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing with the menu open and with the Cite dialog open (${colorScheme})`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto(`./?place=${PLACE}`);
    await downloadButton(page).click();
    await expect(page.getByRole('menu', { name: 'Download' })).toBeVisible();
    expect((await axeScan(page).analyze()).violations).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Cite' }).click();
    await expect(page.getByRole('dialog', { name: 'Cite this view' })).toBeVisible();
    expect((await axeScan(page).analyze()).violations).toEqual([]);
  });
}

test('an embed offers the same downloads', async ({ page }) => {
  await page.goto(`./?embed=1&place=${PLACE}`);
  const file = await download(page, /CSV/);
  const records = parseCsv((await downloadBytes(file)).subarray(3).toString('utf8'));
  expect(records).toHaveLength(inIstanbul.length + 1);
});
