import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import type { Dataset } from '../src/domain/schema.ts';
import { enProblems } from '../src/i18n/en-problems.ts';
import { uk } from '../src/i18n/uk.ts';
import { workbookToCsv } from '../src/spreadsheet/csv-text.ts';
import { datasetToSheets } from '../src/spreadsheet/dataset-to-sheets.ts';
import { BUNDLED_DATASET_FILE, readBundledDataset, readJsonFixture } from './bundled-dataset.ts';
import { roundsInTimeOrder } from './dataset-facts.ts';
import {
  datasetLatinRuns,
  englishCatalogue,
  englishOnPage,
  latinRuns,
  type EnglishCatalogue,
} from './english-left.ts';
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

test('the Cite dialog of a filtered view names its filters in Ukrainian', async ({ page }) => {
  // A round with a place and a topic to filter by, and a word of its title to search for: the view shows at
  // least that round. (No date: the citation's link would then hold "from=", which reads as English.)
  const round = ordered.find((r) => r.location?.city !== undefined && r.outcomes.length > 0)!;
  const city = round.location!.city!;
  const word = round.title.split(' ')[0]!;
  const filtered = new URLSearchParams({ lang: 'uk', topic: round.outcomes[0]!.topic, place: city, q: word });
  await page.goto(`./?${filtered.toString()}`);
  await timelineReady(page);
  await page.getByRole('button', { name: uk.cite, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: uk.citeTitle });
  await expect(dialog).toBeVisible();
  // The filters as the chips name them: the facets' Ukrainian words, the place as the data translates it.
  const place = dataset.translations?.uk?.places?.[city] ?? city;
  await expect(dialog).toContainText(`${uk.filterFacetName.q}: ${uk.filterSearchQuoted(word)}`);
  await expect(dialog).toContainText(`${uk.filterFacetName.places}: ${place}`);
  await expect(dialog).toContainText(`${uk.filterFacetName.topics}: `);
  await expectNoEnglish(page, 'the Cite dialog of a filtered view');
});

test('the names of downloaded files word their filters and their own words in Ukrainian', async ({
  page,
}) => {
  const datasetSlug = path.basename(BUNDLED_DATASET_FILE, '.json');
  const downloaded = async (item: string) => {
    await page.getByRole('button', { name: uk.download, exact: true }).click();
    const pending = page.waitForEvent('download');
    await page.getByRole('menu').getByRole('menuitem', { name: item }).click();
    return (await pending).suggestedFilename();
  };
  // A picture of a period (a date filter), and the CSV of every round: after the dataset's own name (its
  // file's) and before the day, no Latin letter is left.
  const firstDay = ordered.find((round) => /^\d{4}-\d{2}-\d{2}$/.test(round.date))!.date;
  await page.goto(`./?lang=uk&from=${firstDay}`);
  await timelineReady(page);
  const picture = await downloaded(uk.formatPng);
  await page.goto('./?lang=uk');
  await timelineReady(page);
  const table = await downloaded(uk.formatCsv);
  for (const name of [picture, table]) {
    const words = new RegExp(`^${datasetSlug}_(.+)_\\d{4}-\\d{2}-\\d{2}\\.(png|csv)$`).exec(name)?.[1];
    expect(words, name).toBeDefined();
    expect(words, name).not.toMatch(/[a-z]/i);
  }
  expect(picture).toContain(firstDay);
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

/**
 * Serves a broken dataset from the fixture origin and opens it with ?data=, in `lang`. Returns the list of its
 * problems, found by its accessible name in that language.
 */
async function openBroken(page: Page, name: string, body: string, lang: 'uk' | 'en' = 'uk') {
  const url = `${FIXTURE_ORIGIN}/fixtures/${name}`;
  await page.route(url, (route) =>
    route.fulfill({ status: 200, body, headers: { 'Access-Control-Allow-Origin': '*' } }),
  );
  await page.goto(`./?${lang === 'uk' ? 'lang=uk&' : ''}data=${encodeURIComponent(url)}`);
  const listName = lang === 'uk' ? uk.errorProblemList : 'Dataset problems';
  const list = page.getByRole('list', { name: listName });
  await expect(list).toBeVisible({ timeout: 30_000 });
  return list;
}

/** The bundled dataset with a broken value in each of the schema's kinds of problem. */
function schemaBroken(): string {
  const broken = structuredClone(dataset) as unknown as Record<string, Record<string, unknown>[]>;
  broken.rounds![0]!.title = '   ';
  delete broken.rounds![1]!.date;
  broken.parties![0]!.name = 5;
  broken.parties![1]!.kind = 'empire';
  broken.sources![0]!.url = 'ftp://example.org/x';
  return JSON.stringify(broken);
}

/** The bundled dataset with a dangling reference and a translation of a round it does not have. */
function referencesBroken(): string {
  const broken = structuredClone(dataset);
  broken.rounds[0]!.participants[0]!.party = 'laek';
  broken.translations!.uk!.rounds = {
    ...broken.translations!.uk!.rounds,
    'no-such-round': { title: 'Раунд' },
  };
  return JSON.stringify(broken);
}

// The problems each broken dataset has, worded by the Ukrainian catalogue from the data.
const p = uk.problem;
const partyIds = dataset.parties.map((party) => party.id);
const SCHEMA_PROBLEMS = [
  ['rounds[0].title', p.notEmpty],
  ['rounds[1].date', p.missing],
  ['parties[0].name', p.mustBeKind('string', 'number')],
  ['parties[1].kind', p.mustBeOneOf('state, organisation', '"empire"')],
  ['sources[0].url', `${p.httpUrl} ${p.gotText('"ftp://example.org/x"')}`],
] as const;
const REFERENCE_PROBLEMS = [
  [
    'rounds[0].participants[0].party',
    p.unknownId('party', 'laek', partyIds.slice(0, 10).join(', '), Math.max(0, partyIds.length - 10)),
  ],
  ['translations.uk.rounds["no-such-round"]', p.nothingToTranslate('round', 'no-such-round')],
] as const;

test('a broken dataset’s problems, from a JSON file and a spreadsheet, are worded in Ukrainian', async ({
  page,
}) => {
  for (const [name, body, problems] of [
    ['schema-broken.json', schemaBroken(), SCHEMA_PROBLEMS],
    ['references-broken.json', referencesBroken(), REFERENCE_PROBLEMS],
  ] as const) {
    const list = await openBroken(page, name, body);
    await expect(page.getByRole('heading', { level: 1, name: uk.errorTitle })).toBeVisible();
    for (const [path, text] of problems) await expect(list).toContainText(`${path}: ${text}`);
    // The paths are the file's own addresses, shown as they are.
    const paths = new Set(problems.flatMap(([path]) => latinRuns(path)));
    const found = await englishOnPage(page, catalogue, new Set([...allowed, ...paths]));
    expect(
      found.map((f) => `"${f.text}" (${f.where})`),
      `English left in ${name}`,
    ).toEqual([]);
  }

  // A published spreadsheet: the place by аркуш, рядок and стовпець, and the problem in Ukrainian.
  const example = readJsonFixture<Dataset>('src/spreadsheet/template-example.json');
  const sheets = datasetToSheets(example);
  const rounds = sheets.find((sheet) => sheet.name === 'rounds')!;
  rounds.rows[3]![rounds.rows[0]!.indexOf('title')] = null; // row 4
  const list = await openBroken(page, 'broken.csv', workbookToCsv(sheets));
  await expect(list).toContainText(`${uk.problemSheetPlace('rounds', 4, 'title')}: ${p.emptyRequiredCell}`);
  await expectNoEnglish(page, 'a broken spreadsheet');
});

test('the check for English finds a broken dataset’s English problems (so an empty list means something)', async ({
  page,
}) => {
  await openBroken(page, 'schema-broken.json', schemaBroken(), 'en');
  // The English edition read as if it were Ukrainian: its problems must be what the check finds.
  await page.evaluate(() => (document.documentElement.lang = 'uk'));
  const found = (await englishOnPage(page, catalogue, allowed)).map((f) => f.text);
  const english = enProblems.problem;
  for (const text of [english.notEmpty, english.missing, english.httpUrl])
    expect(found).toContainEqual(expect.stringContaining(text));
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
