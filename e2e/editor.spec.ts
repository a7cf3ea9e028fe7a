import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { main as validateData } from '../scripts/validate-data.ts';
import type { Dataset } from '../src/domain/schema.ts';
import { datasetToSheets } from '../src/spreadsheet/dataset-to-sheets.ts';
import { readSpreadsheet } from '../src/spreadsheet/read-spreadsheet.ts';
import { SHEETS } from '../src/spreadsheet/sheet-specs.ts';
import { TEMPLATE_HELP } from '../src/spreadsheet/template-help.ts';
import { writeXlsx } from '../src/spreadsheet/xlsx-file.ts';
import { BUNDLED_DATASET_FILE, readBundledDataset, readJsonFixture } from './bundled-dataset.ts';
import { FIXTURE_ORIGIN } from './fixture-server-port.ts';

const bundled = readBundledDataset();
const example = readJsonFixture<Dataset>('src/spreadsheet/template-example.json');

const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });
const previewMarks = (page: Page) =>
  preview(page)
    .getByRole('region', { name: 'Timeline' })
    .getByRole('group', { name: /^Lane:/ })
    .getByRole('button');
const summary = (page: Page) => page.getByRole('status').filter({ hasText: 'The draft holds' });
const roundForm = (page: Page) => page.getByRole('region', { name: /^Edit round:/ });
const roundTitle = (page: Page) =>
  roundForm(page)
    .getByRole('textbox', { name: /^Title/ })
    .first();
const importInput = (page: Page) => page.getByLabel(/^Import a file/).first();

async function openEditor(page: Page) {
  await page.goto('./');
  await page.getByRole('link', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a dataset' })).toBeVisible();
}

async function tmpFile(name: string, body: Buffer | string) {
  const file = path.join(os.tmpdir(), `parley-e2e-${process.pid}-${name}`);
  await writeFile(file, body);
  return file;
}

test('Download template gives a spreadsheet that imports back with its example rounds', async ({ page }) => {
  await openEditor(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download template' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const file = await download.path();
  const bytes = await readFile(file);
  const sheets = await readSpreadsheet(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  for (const spec of SHEETS) expect(sheets.map((sheet) => sheet.name)).toContain(spec.name);

  await importInput(page).setInputFiles({
    name: 'parley-template.xlsx',
    mimeType: 'application/octet-stream',
    buffer: bytes,
  });
  const count = example.rounds.length;
  await expect(summary(page)).toContainText(`The draft holds ${count} rounds and no problems`);
  await expect(previewMarks(page)).toHaveCount(count);
  for (const round of example.rounds) {
    await expect(page.getByRole('navigation', { name: 'Rounds in the draft' })).toContainText(round.title);
  }
});

test('importing the bundled JSON previews all its rounds', async ({ page }) => {
  await openEditor(page);
  await importInput(page).setInputFiles(BUNDLED_DATASET_FILE);
  await expect(summary(page)).toContainText(
    `The draft holds ${bundled.rounds.length} rounds and no problems`,
  );
  await expect(previewMarks(page)).toHaveCount(bundled.rounds.length);
});

test('a spreadsheet with mistakes lists each by sheet, row and column, and previews the rest', async ({
  page,
}) => {
  const sheets = datasetToSheets(example);
  const rounds = sheets.find((sheet) => sheet.name === 'rounds')!;
  const titleColumn = rounds.rows[0]!.indexOf('title');
  rounds.rows[3]![titleColumn] = null; // row 4: the second example round
  const participants = sheets.find((sheet) => sheet.name === 'participants')!;
  participants.rows[2]![participants.rows[0]!.indexOf('role')] = 'guest'; // row 3
  const blob = await writeXlsx(sheets, TEMPLATE_HELP);
  const file = await tmpFile('broken.xlsx', Buffer.from(await blob.arrayBuffer()));

  await openEditor(page);
  await importInput(page).setInputFiles(file);
  const report = page.getByRole('region', { name: /^Problems in / });
  await expect(report).toContainText(
    'rounds sheet, row 4, column title: this cell is empty, but the column is required',
  );
  await expect(report).toContainText('participants sheet, row 3, column role: must be one of');
  // The round with no title is left out of the preview (and the participant with a bad role); the rest shows.
  await expect(summary(page)).toContainText(`The draft holds ${example.rounds.length} rounds and 2 problems`);
  await expect(previewMarks(page)).toHaveCount(example.rounds.length - 1);
});

test('editing a round updates the preview, shows errors by the field, exports valid JSON, survives a reload', async ({
  page,
}) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Start from the examples' }).click();
  const first = example.rounds[0]!;
  await expect(roundForm(page)).toBeVisible();
  await expect(roundTitle(page)).toHaveValue(first.title);
  await preview(page)
    .getByRole('button', { name: new RegExp(`^${first.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')},`) })
    .click();
  await expect(preview(page).getByRole('heading', { name: first.title })).toBeVisible();

  const edited = `${first.title} (edited in the editor)`;
  await roundTitle(page).fill(edited);
  await expect(preview(page).getByRole('heading', { name: edited })).toBeVisible();

  await roundTitle(page).fill('');
  await expect(roundTitle(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(roundTitle(page)).toHaveAccessibleDescription(/Title: must not be empty/);
  await expect(roundForm(page).getByText('Title: must not be empty')).toBeVisible();
  await expect(summary(page)).toContainText('1 problem');

  await roundTitle(page).fill(edited);
  await expect(summary(page)).toContainText('no problems');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const exported = await tmpFile('export.json', await readFile(await download.path()));
  const lines: string[] = [];
  const code = await validateData([exported], { out: (l) => lines.push(l), err: (l) => lines.push(l) });
  expect(lines.join('\n')).toContain('valid');
  expect(code).toBe(0);
  const json = JSON.parse(await readFile(exported, 'utf8')) as Dataset;
  expect(json.rounds.map((round) => round.title)).toContain(edited);

  await page.reload();
  await expect(roundTitle(page)).toHaveValue(edited);
  await expect(summary(page)).toContainText(`The draft holds ${example.rounds.length} rounds`);

  await page.getByRole('button', { name: 'Start over' }).click();
  const ask = page.getByRole('alertdialog');
  await expect(ask).toContainText('Start over?');
  await ask.getByRole('button', { name: 'Keep the draft' }).click();
  await expect(roundTitle(page)).toHaveValue(edited);
  await page.getByRole('button', { name: 'Start over' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Delete the draft' }).click();
  await expect(page.getByRole('button', { name: 'Start from the examples' })).toBeVisible();
});

test('a new person is added inline, checked, and picked at once', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: 'Start from the examples' }).click();
  const statements = roundForm(page).getByRole('region', { name: 'Statements' });
  await statements.getByRole('button', { name: /^Statement 1/ }).click();
  await statements.getByRole('button', { name: 'New person…' }).first().click();
  const person = statements.getByRole('group', { name: 'New person' });
  await person.getByRole('textbox', { name: /^Id/ }).fill('jane-doe');
  await person.getByRole('textbox', { name: /^Name/ }).fill('Jane Doe');
  await person.getByRole('button', { name: 'Add person' }).click();
  await expect(person.getByText('Party: missing')).toBeVisible();
  await person.getByRole('combobox', { name: /^Party/ }).selectOption({ index: 1 });
  await person.getByRole('button', { name: 'Add person' }).click();
  await expect(statements.getByRole('combobox', { name: /^Speaker/ }).first()).toHaveValue('jane-doe');
});

test('?data= loads a published spreadsheet in the template format', async ({ page }) => {
  const blob = await writeXlsx(datasetToSheets(example), TEMPLATE_HELP);
  const body = Buffer.from(await blob.arrayBuffer());
  const url = `${FIXTURE_ORIGIN}/fixtures/published.xlsx`;
  await page.route(url, (route) =>
    route.fulfill({
      status: 200,
      body,
      headers: { 'Access-Control-Allow-Origin': '*', 'Content-Type': 'application/octet-stream' },
    }),
  );
  await page.goto(`./?data=${encodeURIComponent(url)}&view=list`);
  await expect(page.getByRole('heading', { level: 1, name: example.meta.title })).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(example.rounds.length + 1);
});

test('a published spreadsheet with a mistake names its sheet, row and column', async ({ page }) => {
  const sheets = datasetToSheets(example);
  const outcomes = sheets.find((sheet) => sheet.name === 'outcomes')!;
  outcomes.rows[2]![outcomes.rows[0]!.indexOf('topic')] = 'no-such-topic';
  const body = Buffer.from(await (await writeXlsx(sheets, TEMPLATE_HELP)).arrayBuffer());
  const url = `${FIXTURE_ORIGIN}/fixtures/broken.xlsx`;
  await page.route(url, (route) =>
    route.fulfill({ status: 200, body, headers: { 'Access-Control-Allow-Origin': '*' } }),
  );
  await page.goto(`./?data=${encodeURIComponent(url)}`);
  await expect(page.getByRole('alert')).toContainText('outcomes sheet, row 3, column topic');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the editor is reached from the foot of the page, and Back to the timeline returns', async ({
    page,
  }) => {
    await page.goto('./');
    await expect(page.getByRole('heading', { level: 1, name: bundled.meta.title })).toBeVisible();
    await page.getByRole('link', { name: 'Create your own timeline' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Create a dataset' })).toBeVisible();
    await page.getByRole('link', { name: 'Back to the timeline' }).click();
    await expect(page.getByRole('heading', { level: 1, name: bundled.meta.title })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Create a dataset' })).toBeVisible();
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('the editor has no axe violations, empty and with a draft open', async ({ page }) => {
      await openEditor(page);
      expect((await axeScan(page).analyze()).violations).toEqual([]);
      await page.getByRole('button', { name: 'Start from the examples' }).click();
      await expect(previewMarks(page)).toHaveCount(example.rounds.length);
      await roundTitle(page).fill('');
      await expect(roundTitle(page)).toHaveAttribute('aria-invalid', 'true');
      expect((await axeScan(page).analyze()).violations).toEqual([]);
    });
  });
}
