import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { readBundledDataset, readJsonFixture } from './bundled-dataset.ts';
import { FIXTURE_ORIGIN } from './fixture-server-port.ts';
import type { Dataset } from '../src/domain/schema.ts';

const dataset = readBundledDataset();
const DATASET_PATH = '**/data/russia-ukraine-talks.json';

const roundMarks = (page: Page) =>
  page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('group', { name: /^Lane:/ })
    .getByRole('button');

test('the app shows the dataset title and lists every round of the bundled dataset', async ({ page }) => {
  await page.goto('./?view=list');
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
  const table = page.getByRole('table');
  for (const round of dataset.rounds) {
    await expect(table.getByRole('button', { name: round.title, exact: true })).toBeVisible();
  }
  await expect(table.getByRole('row')).toHaveCount(dataset.rounds.length + 1);
});

// The validator, its wording and the EDTF grammar: the reading code the dataset worker loads as a chunk.
const READING_CODE = /\/parse-dataset-body-[\w-]+\.js$/;

/** The scripts the page and its dataset worker ask for, in order. */
function scriptsAskedFor(page: Page): string[] {
  const asked: string[] = [];
  page.context().on('request', (request) => {
    if (request.url().endsWith('.js')) asked.push(request.url());
  });
  return asked;
}

/** The scripts of the workers the page starts, in order. */
function workersStarted(page: Page): string[] {
  const started: string[] = [];
  page.on('worker', (worker) => started.push(worker.url()));
  return started;
}

test('the bundled dataset, checked by the build, is shown without loading the reading code or a worker', async ({
  page,
}) => {
  const scripts = scriptsAskedFor(page);
  const workers = workersStarted(page);
  await page.goto('./?view=list');
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(dataset.rounds.length + 1);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.filter((url) => READING_CODE.test(url))).toEqual([]);
  // Its checked bytes are read on the page (load-bundled-on-page.ts).
  expect(workers).toEqual([]);
});

test('a data file replaced after the build is checked in the browser, and shown as it now is', async ({
  page,
}) => {
  const replaced = structuredClone(dataset);
  const first = replaced.rounds[0]!;
  first.title = `${first.title} (replaced after the build)`;
  await page.route(DATASET_PATH, (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(replaced) }),
  );
  const scripts = scriptsAskedFor(page);
  const workers = workersStarted(page);
  await page.goto('./?view=list');
  const table = page.getByRole('table');
  await expect(table.getByRole('button', { name: first.title, exact: true })).toBeVisible();
  await expect(table.getByRole('row')).toHaveCount(dataset.rounds.length + 1);
  expect(scripts.filter((url) => READING_CODE.test(url))).toHaveLength(1);
  // Other bytes are the dataset worker's to read.
  expect(workers).toHaveLength(1);
});

test('an HTTP 500 shows the error view with the URL and the cause, and Retry recovers', async ({ page }) => {
  let failing = true;
  await page.route(DATASET_PATH, (route) =>
    failing ? route.fulfill({ status: 500, body: 'boom' }) : route.continue(),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'The dataset could not be loaded' })).toBeVisible();
  await expect(alert).toContainText('/data/russia-ukraine-talks.json');
  await expect(alert).toContainText('HTTP 500');

  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the dataset is downloaded once per load, whether it arrives or fails', async ({ page }) => {
  // The load starts before the app renders (start-dataset-load.ts) and the app's query takes it over.
  let requests = 0;
  let failing = false;
  await page.route(DATASET_PATH, (route) => {
    requests += 1;
    return failing ? route.fulfill({ status: 500, body: 'boom' }) : route.continue();
  });
  await page.goto('./');
  await expect(roundMarks(page).first()).toBeVisible();
  expect(requests).toBe(1);

  failing = true;
  requests = 0;
  await page.reload();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'The dataset could not be loaded' })).toBeVisible();
  expect(requests).toBe(1);
  failing = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(roundMarks(page).first()).toBeVisible();
  expect(requests).toBe(2);
});

test('a body that is not JSON shows the error view naming the cause, and Retry recovers', async ({
  page,
}) => {
  let broken = true;
  await page.route(DATASET_PATH, (route) =>
    broken
      ? route.fulfill({ status: 200, contentType: 'application/json', body: '{"meta": {"title": "cut off' })
      : route.continue(),
  );
  await page.goto('./');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('/data/russia-ukraine-talks.json');
  await expect(alert).toContainText('not valid JSON');

  broken = false;
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(roundMarks(page)).toHaveCount(dataset.rounds.length);
});

test('?data= loads a dataset from another origin and says where it comes from', async ({ page }) => {
  const other = readJsonFixture<Dataset>('src/domain/fixtures/valid-small.json');
  await page.goto(`./?data=${encodeURIComponent(`${FIXTURE_ORIGIN}/domain-fixtures/valid-small.json`)}`);
  await expect(page.getByRole('heading', { level: 1, name: other.meta.title })).toBeVisible();
  await expect(roundMarks(page)).toHaveCount(other.rounds.length);
  await expect(page.getByRole('complementary', { name: 'Data source' })).toContainText(FIXTURE_ORIGIN);
});

test('a ?data= parameter that is not an http(s) URL is ignored with a notice', async ({ page }) => {
  await page.goto(`./?data=${encodeURIComponent('javascript:alert(1)')}`);
  await expect(page.getByText(/data parameter was ignored/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
});

test('the first screen has no axe violations', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
  const results = await axeScan(page).analyze();
  expect(results.violations).toEqual([]);
});

test('the error view has no axe violations', async ({ page }) => {
  await page.route(DATASET_PATH, (route) => route.fulfill({ status: 500, body: 'boom' }));
  await page.goto('./');
  await expect(page.getByRole('alert')).toBeVisible();
  const results = await axeScan(page).analyze();
  expect(results.violations).toEqual([]);
});

test('a bad dataset loaded through ?data= shows its problems with their paths', async ({ page }) => {
  await page.goto(`./?data=${encodeURIComponent(`${FIXTURE_ORIGIN}/domain-fixtures/unknown-party.json`)}`);
  const problems = page.getByRole('list', { name: 'Dataset problems' });
  await expect(problems.getByRole('listitem')).toHaveCount(1);
  await expect(problems).toContainText('rounds[0].participants[2].party: unknown party "laek"');
  await expect(page.getByRole('alert')).toContainText('not a valid Parley dataset');
});
