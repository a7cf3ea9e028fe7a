import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import type { Dataset } from '../src/domain/schema.ts';
import { enEditor } from '../src/i18n/en-editor.ts';
import { enProblems } from '../src/i18n/en-problems.ts';
import { uk } from '../src/i18n/uk.ts';
import { ukEditor } from '../src/i18n/uk-editor.ts';
import { datasetToSheets } from '../src/spreadsheet/dataset-to-sheets.ts';
import { TEMPLATE_HELP } from '../src/spreadsheet/template-help.ts';
import { writeXlsx } from '../src/spreadsheet/xlsx-file.ts';
import { readJsonFixture } from './bundled-dataset.ts';

// The editor ("Створити") in Ukrainian. Expected words come from the catalogue, counts from the template's
// examples; the problems are worded by the Ukrainian problem catalogue (uk-problems.ts).
// A whole-page axe scan of a draft on a shared two-core machine can take over a minute.
test.describe.configure({ timeout: 120_000 });
const t = ukEditor.editor;
const example = readJsonFixture<Dataset>('src/spreadsheet/template-example.json');
const first = example.rounds[0]!;

/** Every plain string of the editor's English part (functions take values, so they are left out). */
function englishStrings(messages: unknown): string[] {
  if (typeof messages === 'string') return [messages.trim()];
  if (Array.isArray(messages)) return messages.flatMap(englishStrings);
  if (messages !== null && typeof messages === 'object')
    return Object.values(messages).flatMap(englishStrings);
  return [];
}
const ENGLISH = [...new Set(englishStrings(enEditor.editor))].filter(Boolean);
const problem = uk.problem;

/**
 * The words of the English problem catalogue's fixed messages, less the names Ukrainian keeps as they are
 * (xlsx, Excel, JSON: those its own messages also write).
 */
const latinWords = (texts: string[]) => texts.flatMap((text) => text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
const KEPT = new Set(latinWords(englishStrings(problem)));
const PROBLEM_WORDS = new Set(
  latinWords(englishStrings(enProblems.problem)).filter((word) => !KEPT.has(word)),
);
async function englishProblemWords(region: ReturnType<Page['getByRole']>): Promise<string[]> {
  const text = (await region.innerText()).replace(/"[^"]*"|«[^»]*»/g, ' ');
  return (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).filter((word) => PROBLEM_WORDS.has(word));
}

/**
 * The English strings the editor shows or names, outside its preview (the reader's timeline and panel,
 * translated with the reader's view): an element's whole text, an option chosen, or an accessible label.
 */
async function englishShown(page: Page): Promise<string[]> {
  return page.evaluate((english) => {
    const wanted = new Set(english);
    const found = new Set<string>();
    const preview = document.getElementById('editor-preview')?.closest('section') ?? null;
    for (const element of document.querySelectorAll('main *')) {
      if (preview?.contains(element)) continue;
      if (element instanceof HTMLOptionElement) {
        if (element.selected && wanted.has(element.text.trim())) found.add(element.text.trim());
        continue;
      }
      for (const name of ['aria-label', 'title', 'placeholder'])
        if (wanted.has(element.getAttribute(name)?.trim() ?? ''))
          found.add(element.getAttribute(name)!.trim());
      if (!element.checkVisibility()) continue;
      const text = (element.textContent ?? '').trim();
      if (wanted.has(text)) found.add(text);
    }
    return [...found];
  }, ENGLISH);
}

async function openEditor(page: Page) {
  await page.goto('./?lang=uk#create');
  await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
  await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
}

// By the start of its name, which follows the title as it is typed.
const roundForm = (page: Page) => page.getByRole('region', { name: new RegExp(`^${t.editRound('')}`) });

test('the check for English finds the English edition’s words (so an empty list means something)', async ({
  page,
}) => {
  await page.goto('./#create');
  await expect(page.getByRole('heading', { level: 1, name: enEditor.editor.title })).toBeVisible();
  expect(await englishShown(page)).toEqual(
    expect.arrayContaining([
      enEditor.editor.title,
      enEditor.editor.startExamples,
      enEditor.editor.importHeading,
    ]),
  );
});

test('the header’s Створити opens the editor in Ukrainian, with no English of its own', async ({ page }) => {
  await page.goto('./?lang=uk');
  await page.getByRole('link', { name: uk.create, exact: true }).click();
  await expect(page).toHaveURL(/#create$/);
  await expect(page.getByRole('heading', { level: 1, name: t.title })).toBeVisible();
  for (const heading of [t.spreadsheetHeading, t.importHeading, t.writeHeading])
    await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
  for (const button of [t.downloadTemplate, t.templateCsv, t.startEmpty, t.startExamples])
    await expect(page.getByRole('button', { name: button })).toBeVisible();
  await expect(page.getByLabel(new RegExp(`^${t.importFile}`)).first()).toBeAttached();
  expect(await englishShown(page)).toEqual([]);
});

test('a draft’s rounds, form, fields, lists, pickers and Start over are in Ukrainian', async ({ page }) => {
  await openEditor(page);
  await page.getByRole('button', { name: t.startExamples }).click();
  const status = page.getByRole('status').filter({ hasText: t.summaryClean(example.rounds.length) });
  await expect(status).toBeVisible();
  await expect(status).toContainText(t.saved);

  const nav = page.getByRole('navigation', { name: t.roundsNav });
  await expect(nav.getByRole('button')).toHaveCount(example.rounds.length + 1);
  await expect(nav.getByRole('button', { name: t.addRound })).toBeVisible();
  await expect(page.getByRole('region', { name: t.editRound(first.title) })).toBeVisible();
  await expect(page.getByRole('button', { name: t.deleteThisRound })).toBeVisible();
  await expect(page.getByRole('region', { name: t.preview })).toBeVisible();

  // Fields: Ukrainian labels, "(обов’язково)", the date hint.
  const title = roundForm(page)
    .getByRole('textbox', { name: new RegExp(`^${t.fieldLabels.Title}`) })
    .first();
  await expect(title).toHaveValue(first.title);
  await expect(roundForm(page).getByText(t.required.trim()).first()).toBeVisible();
  await expect(roundForm(page).getByText(t.howToWriteDates)).toBeVisible();

  // Lists: headings with counts, items by number, add buttons, inline new person.
  const statements = roundForm(page).getByRole('region', { name: t.lists.statements.title });
  await expect(statements.getByRole('heading')).toContainText(`(${first.statements?.length ?? 0})`);
  await expect(statements.getByRole('button', { name: t.lists.statements.add })).toBeVisible();
  await statements.getByRole('button', { name: new RegExp(`^${t.lists.statements.item(1)}`) }).click();
  await expect(
    statements.getByRole('button', { name: `${t.remove} ${t.lists.statements.removeWhat(1)}` }),
  ).toBeVisible();
  await statements.getByRole('button', { name: t.targets.people.newButton }).first().click();
  const person = statements.getByRole('group', { name: t.targets.people.newHeading });
  await expect(person.getByRole('button', { name: t.targets.people.addButton })).toBeVisible();
  await expect(person.getByRole('button', { name: t.cancel })).toBeVisible();
  const participants = roundForm(page).getByRole('region', { name: t.lists.participants.title });
  await participants.getByRole('button', { name: new RegExp(`^${t.lists.participants.item(1)}`) }).click();
  await expect(participants.getByRole('region', { name: t.delegationOf(1) })).toBeVisible();
  expect(await englishShown(page)).toEqual([]);

  // A problem: the summary, the count by the round, the field, the panel, all in Ukrainian.
  await title.fill('');
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription(new RegExp(`${t.fieldLabels.Title}: ${problem.notEmpty}`));
  await expect(
    page.getByRole('status').filter({
      hasText: t.summaryPartly(example.rounds.length, 1, example.rounds.length - 1),
    }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: t.editRound(t.untitled) })).toBeVisible();
  await expect(nav.getByRole('button', { name: new RegExp(t.untitledRound) })).toContainText(t.problems(1));
  await page.getByText(t.showProblems(1)).click();
  await expect(page.getByText(`${t.problemRound('1')} › title:`)).toBeVisible();
  await expect(
    page.getByRole('listitem').filter({ hasText: `${t.problemRound('1')} › title:` }),
  ).toContainText(problem.notEmpty);
  await expect(page.getByRole('button', { name: t.editThisRound })).toBeVisible();
  expect(await englishShown(page)).toEqual([]);

  await page.getByRole('button', { name: t.startOver }).click();
  const ask = page.getByRole('alertdialog', { name: t.startOverQuestion });
  await expect(ask.getByRole('button', { name: t.keepDraft })).toBeFocused();
  await ask.getByRole('button', { name: t.deleteDraft }).click();
  await expect(page.getByRole('button', { name: t.startExamples })).toBeVisible();
});

test('an imported spreadsheet’s problems are placed by аркуш, рядок and стовпець', async ({ page }) => {
  const sheets = datasetToSheets(example);
  const rounds = sheets.find((sheet) => sheet.name === 'rounds')!;
  rounds.rows[3]![rounds.rows[0]!.indexOf('title')] = null; // row 4
  const delegates = sheets.find((sheet) => sheet.name === 'delegates')!;
  delegates.rows[2]![delegates.rows[0]!.indexOf('head')] = 'perhaps'; // row 3
  rounds.rows[0]!.push('mood'); // a column the template does not know
  const blob = await writeXlsx(sheets, TEMPLATE_HELP);
  await openEditor(page);
  await page
    .getByLabel(new RegExp(`^${t.importFile}`))
    .first()
    .setInputFiles({
      name: 'broken.xlsx',
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(await blob.arrayBuffer()),
    });
  const report = page.getByRole('region', { name: t.problemsIn('broken.xlsx') });
  await expect(report.getByRole('heading')).toHaveText(t.importProblems('broken.xlsx', 2));
  await expect(report).toContainText(t.restImported);
  await expect(report).toContainText(`${t.sheetPlace('rounds', 4, 'title')}: ${problem.emptyRequiredCell}`);
  await expect(report).toContainText(
    `${t.sheetPlace('delegates', 3, 'head')}: ${problem.yesOrNo('perhaps')}`,
  );
  await expect(report).toContainText(t.note(problem.columnLeftOut('mood', 'rounds')));
  await expect(report.getByRole('button', { name: t.dismiss })).toBeVisible();
  expect(await englishShown(page)).toEqual([]);
  expect(await englishProblemWords(report)).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`axe in Ukrainian, ${colorScheme}`, () => {
    test.use({ colorScheme });
    test('the editor has no violations, empty and with a draft open', async ({ page }) => {
      await openEditor(page);
      expect((await axeScan(page).analyze()).violations).toEqual([]);
      await page.getByRole('button', { name: t.startExamples }).click();
      await expect(roundForm(page)).toBeVisible();
      expect((await axeScan(page).analyze()).violations).toEqual([]);
    });
  });
}
