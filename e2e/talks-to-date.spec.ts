import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { readBundledDataset } from './bundled-dataset.ts';
import { dayInWords, escapeRegExp, roundsInTimeOrder } from './dataset-facts.ts';

/*
 * The talks to date (issue #11): the timeline reaches the end of the data and says so, meetings that were
 * not held are drawn and announced as such, and a plan's versions are reachable from the rounds that
 * discussed it. Every expectation comes from the data file.
 */
const dataset = readBundledDataset();
const ordered = roundsInTimeOrder(dataset);
const last = ordered.at(-1)!;
const coverage = dataset.meta.coverage!;
const notHeld = dataset.rounds.filter((r) => (r.status ?? 'held') !== 'held');
const plan = dataset.documents!.find((d) => {
  const points = d.versions.flatMap((v) => (v.points === undefined ? [] : [v.points]));
  return points.length > 1 && points[0]! > points.at(-1)!;
})!;
const planRounds = ordered.filter((r) => r.documents?.some((ref) => ref.document === plan.id));

// Each test loads the whole default dataset, sometimes twice; a machine shared with other work needs the room.
test.describe.configure({ timeout: 90_000 });

/** Opens a page of the app and waits until the dataset has loaded (its title is the page's heading). */
async function open(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible({
    timeout: 30_000,
  });
}

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const mark = (page: Page, title: string) =>
  timeline(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)},`) });
const panel = (page: Page) => page.getByRole('region', { name: 'Round details' });
const planDialog = (page: Page) => page.getByRole('dialog', { name: plan.title });

test('the timeline reaches the last round and states where the data ends', async ({ page }) => {
  await open(page);
  await expect(mark(page, last.title)).toBeAttached();
  await expect(page.getByTestId('visible-period')).toContainText(last.date.slice(0, 4));
  await expect(page.getByText(`Data up to ${dayInWords(coverage.to)}`, { exact: true })).toBeVisible();
  // The end of the data is said below the timeline, not hidden in the description.
  const statement = await page.getByText(`Data up to ${dayInWords(coverage.to)}`).boundingBox();
  const drawn = await timeline(page).boundingBox();
  expect(statement!.y).toBeGreaterThan(drawn!.y + drawn!.height - 1);
});

test('a meeting that was not held is drawn, named and explained as not held', async ({ page }) => {
  expect(notHeld.length).toBeGreaterThan(0);
  await open(page);
  for (const round of notHeld) {
    const name = await mark(page, round.title).getAttribute('aria-label');
    expect(name).toContain(`${round.status}, not held`);
  }
  const round = notHeld[0]!;
  await mark(page, round.title).hover();
  await expect(page.getByRole('tooltip')).toContainText(`${round.status}, not held`, { ignoreCase: true });
  await mark(page, round.title).click();
  await expect(panel(page).getByText(`${round.status}, not held`, { exact: false })).toBeVisible();
  await expect(
    page
      .getByRole('list', { name: 'Meeting status' })
      .getByText(/not held/)
      .first(),
  ).toBeVisible();
});

test('the status filter keeps exactly the meetings that were not held', async ({ page }) => {
  await open(page, '?view=list');
  const filters = page.getByRole('search', { name: 'Filter rounds' });
  for (const status of new Set(notHeld.map((r) => r.status!))) {
    await filters.getByRole('checkbox', { name: new RegExp(`^${status}, not held`, 'i') }).check();
  }
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(notHeld.length + 1);
  await expect(page).toHaveURL(/status=/);
});

test('the plan is reachable from every round that discussed it, with its versions in date order', async ({
  page,
}) => {
  expect(planRounds.length).toBeGreaterThan(1);
  for (const round of [planRounds[0]!, planRounds.at(-1)!]) {
    await open(page, `?round=${round.id}`);
    await panel(page)
      .getByRole('button', { name: `Versions of ${plan.title}` })
      .first()
      .click();
    await expect(planDialog(page)).toBeVisible();
    const versions = planDialog(page)
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { level: 4 }) });
    await expect(versions).toHaveCount(plan.versions.length);
    const headings = await versions.getByRole('heading', { level: 4 }).allTextContents();
    expect(headings.map((h) => h.split(':')[0])).toEqual(plan.versions.map((v) => v.label));
    const sized = plan.versions.filter((v) => v.points !== undefined);
    expect(headings[plan.versions.indexOf(sized[0]!)]).toContain(`${sized[0]!.points} points`);
    expect(headings[plan.versions.indexOf(sized.at(-1)!)]).toContain(`${sized.at(-1)!.points} points`);
  }
  // From the document, another round that discussed it opens in the panel.
  const other = planRounds[1]!;
  await planDialog(page).getByRole('button', { name: other.title, exact: true }).first().click();
  await expect(planDialog(page)).toBeHidden();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(other.title);
});

test('the document view opens from a link, closes with Escape, and passes axe', async ({ page }) => {
  test.setTimeout(90_000);
  await open(page, `?round=${planRounds[0]!.id}&document=${plan.id}`);
  // The whole dataset loads first; on a busy machine that can take longer than one expect's default wait.
  await expect(planDialog(page)).toBeVisible({ timeout: 20_000 });
  const results = await axeScan(page).include('dialog').analyze();
  expect(results.violations).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(planDialog(page)).toBeHidden();
  await expect(page).not.toHaveURL(/document=/);
  await expect(panel(page)).toBeVisible();
});

test('the panel of a round not held, with its documents, passes axe in both themes', async ({ page }) => {
  test.setTimeout(120_000);
  const round = notHeld.find((r) => r.documents?.length) ?? notHeld[0]!;
  for (const theme of ['light', 'dark']) {
    await open(page, `?round=${round.id}&theme=${theme}`);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(round.title, { timeout: 20_000 });
    const results = await axeScan(page)
      .include('[aria-label="Round details"]')
      .include('[aria-label="Filters"]')
      .analyze();
    expect(results.violations).toEqual([]);
  }
});
