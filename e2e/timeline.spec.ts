import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { readBundledDataset } from './bundled-dataset.ts';
import { dateWordsOf, escapeRegExp, roundsInTimeOrder, sourcesCitedIn } from './dataset-facts.ts';
import { roundsViewportPlaces, watchRoundsViewport } from './rounds-viewport-places.ts';

const dataset = readBundledDataset();
const ordered = roundsInTimeOrder(dataset);

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const marks = (page: Page) =>
  timeline(page)
    .getByRole('group', { name: /^Lane:/ })
    .getByRole('button');
const mark = (page: Page, title: string) =>
  timeline(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)},`) });
const panel = (page: Page) => page.getByRole('region', { name: 'Round details' });
const period = (page: Page) => page.getByTestId('visible-period');

test('every round in the dataset has a mark named with its title and date', async ({ page }) => {
  await page.goto('./');
  await expect(marks(page)).toHaveCount(dataset.rounds.length);
  for (const round of dataset.rounds) {
    const name = await mark(page, round.title).getAttribute('aria-label');
    for (const words of dateWordsOf(round)) expect(name).toContain(words);
  }
});

test('clicking a mark opens the panel with its title, participants and sources', async ({ page }) => {
  const round = ordered.find((r) => r.kind === 'talks')!;
  await page.goto('./');
  await mark(page, round.title).click();
  await expect(panel(page).getByRole('heading', { level: 2, name: round.title, exact: true })).toBeVisible();
  for (const participant of round.participants) {
    const party = dataset.parties.find((p) => p.id === participant.party)!;
    await expect(panel(page).getByText(party.name, { exact: false }).first()).toBeVisible();
  }
  const sources = panel(page).getByRole('region', { name: 'Sources' }).getByRole('listitem');
  await expect(sources).toHaveCount(sourcesCitedIn(round).size);
});

test('keyboard only: Tab into the timeline, arrow to the next round, Enter, Escape', async ({ page }) => {
  await page.goto('./');
  await expect(marks(page)).toHaveCount(dataset.rounds.length);
  // The skip link is the first stop on the page; it jumps past the header and the filters.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the rounds' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  const first = ordered[0]!;
  const second = ordered[1]!;
  await expect(mark(page, first.title)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(mark(page, second.title)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(second.title);
  await page.keyboard.press('Escape');
  await expect(panel(page)).toHaveCount(0);
  await expect(mark(page, second.title)).toBeFocused();
});

test('the zoom buttons change the window the axis shows, and Fit all restores it', async ({ page }) => {
  await page.goto('./');
  const fitted = await period(page).textContent();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(period(page)).not.toHaveText(fitted!);
  await expect(page).toHaveURL(/start=\d{4}-\d{2}-\d{2}&end=\d{4}-\d{2}-\d{2}/);
  const zoomed = await period(page).textContent();
  await page.getByRole('button', { name: 'Zoom out' }).click();
  await expect(period(page)).not.toHaveText(zoomed!);
  await page.getByRole('button', { name: 'Fit all' }).click();
  await expect(period(page)).toHaveText(fitted!);
});

test('a plain wheel scrolls the page, Ctrl + wheel zooms and a drag pans the timeline', async ({ page }) => {
  await page.goto('./');
  const viewport = page.locator('[data-bench="timeline-viewport"]');
  const box = (await viewport.boundingBox())!;
  const before = await period(page).textContent();
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.wheel(0, 300);
  // The hint lasts a moment after the wheel rests: look for it first.
  const hint = timeline(page)
    .getByRole('status')
    .filter({ hasText: /\+ scroll to zoom/ });
  await expect(hint).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  await expect(period(page)).toHaveText(before!);
  await page.evaluate(() => window.scrollTo(0, 0));
  // Wait for the wheel to rest (the hint goes with it): until then Chromium keeps the wheel on the page.
  await expect(hint).toHaveCount(0);
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -400);
  await page.keyboard.up('Control');
  await expect(period(page)).not.toHaveText(before!);
  const zoomed = await period(page).textContent();
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 200, box.y + 20, { steps: 8 });
  await page.mouse.up();
  await expect(period(page)).not.toHaveText(zoomed!);
});

test('the drag and pinch code is fetched only once the marks are drawn', async ({ page }) => {
  await page.goto('./');
  await expect(marks(page).first()).toBeVisible();
  // The page's own resource timing and its ready mark share one clock.
  const fetchedAfterReady = () =>
    page.evaluate(() => {
      const ready = performance.getEntriesByName('timeline-ready', 'mark')[0]!.startTime;
      const chunk = performance
        .getEntriesByType('resource')
        .find((entry) => /\/drag-zoom-[\w-]+\.js$/.test(entry.name));
      return chunk === undefined ? 'not yet' : chunk.startTime >= ready;
    });
  await expect.poll(fetchedAfterReady).toBe(true);
});

test('the filters, the legend and the Story, Download and Cite buttons come once the marks are drawn, and the timeline stays put', async ({
  page,
}) => {
  await watchRoundsViewport(page);
  await page.goto('./');
  const filters = page.getByRole('complementary', { name: 'Filters' });
  await expect(filters.getByRole('searchbox', { name: 'Search rounds' })).toBeVisible();
  await expect(page.getByText('Legend', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cite' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: new RegExp(escapeRegExp(dataset.stories![0]!.title)) }),
  ).toBeVisible();

  const { ready, partsFetched } = await page.evaluate(() => {
    const ready = performance.getEntriesByName('timeline-ready', 'mark')[0]!.startTime;
    const partsFetched = performance.getEntriesByType('resource').flatMap((entry) => {
      const part = /\/(filter-panel|timeline-legend|story-launcher|export-controls)-[\w-]+\.js$/.exec(
        entry.name,
      )?.[1];
      return part === undefined ? [] : [{ part, afterReady: entry.startTime >= ready }];
    });
    return { ready, partsFetched };
  });
  // Parts wait at most three seconds for a timeline that never draws (onceTimelineReady); a slower load would
  // fetch them before its mark for that reason alone.
  expect(ready, 'the timeline was ready within three seconds of the navigation').toBeLessThan(3_000);
  expect(partsFetched.map(({ part }) => part).sort()).toEqual([
    'export-controls',
    'filter-panel',
    'story-launcher',
    'timeline-legend',
  ]);
  for (const fetched of partsFetched) expect(fetched, fetched.part).toMatchObject({ afterReady: true });
  // Their room was kept: the rounds' viewport never moved or changed width as they arrived.
  expect(await roundsViewportPlaces(page)).toHaveLength(1);
});

test('selection, window, lanes and view survive a reload', async ({ page }) => {
  const round = ordered[2]!;
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Lanes' }).selectOption({ label: 'Place' });
  await mark(page, round.title).first().click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(round.title);
  const shown = await period(page).textContent();
  await page.reload();
  await expect(page.getByRole('combobox', { name: 'Lanes' })).toHaveValue('place');
  await expect(period(page)).toHaveText(shown!);
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(round.title);

  await page.getByRole('button', { name: 'List', exact: true }).click();
  await page.reload();
  await expect(page.getByRole('button', { name: 'List', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(page.getByRole('table')).toBeVisible();
});

test('Back undoes a selection', async ({ page }) => {
  const [a, b] = ordered;
  await page.goto('./');
  await mark(page, a!.title).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(a!.title);
  await mark(page, b!.title).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(b!.title);
  await page.goBack();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(a!.title);
  await page.goBack();
  await expect(panel(page)).toHaveCount(0);
});

test('the list view shows every round and shares the selection', async ({ page }) => {
  const round = ordered.at(-1)!;
  await page.goto('./?view=list');
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(dataset.rounds.length + 1);
  await page.getByRole('table').getByRole('button', { name: round.title, exact: true }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(round.title);
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(mark(page, round.title)).toHaveAttribute('aria-pressed', 'true');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test('the panel is a bottom sheet that leaves the selected mark visible', async ({ page }) => {
    const round = ordered[1]!;
    await page.goto('./');
    await mark(page, round.title).tap();
    const sheet = (await panel(page).boundingBox())!;
    const chosen = (await mark(page, round.title).boundingBox())!;
    expect(sheet.y + sheet.height).toBeGreaterThan(844 - 5);
    expect(sheet.y).toBeGreaterThan(844 / 3);
    expect(chosen.y + chosen.height).toBeLessThanOrEqual(sheet.y);
    expect(chosen.y).toBeGreaterThanOrEqual(0);
    const axe = await axeScan(page).analyze();
    expect(axe.violations).toEqual([]);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('timeline and list, with the panel open, have no axe violations', async ({ page }) => {
      // Three scans of the whole page with the full default dataset: over a minute on a busy two-core machine.
      test.setTimeout(180_000);
      await page.goto('./');
      await expect(marks(page)).toHaveCount(dataset.rounds.length);
      expect((await axeScan(page).analyze()).violations).toEqual([]);
      await mark(page, ordered[3]!.title).click();
      await expect(panel(page)).toBeVisible();
      expect((await axeScan(page).analyze()).violations).toEqual([]);
      await page.getByRole('button', { name: 'List', exact: true }).click();
      await expect(page.getByRole('table')).toBeVisible();
      expect((await axeScan(page).analyze()).violations).toEqual([]);
    });
  });
}

test('the theme switch overrides the system preference', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./');
  await page.getByRole('combobox', { name: 'Theme' }).selectOption({ label: 'Dark' });
  await expect(page.locator('html')).toHaveClass(/dark/);
  await expect(page).toHaveURL(/theme=dark/);
});

test('in topic lanes a round shown in several lanes is still one tab stop', async ({ page }) => {
  await page.goto('./?lanes=topic');
  await expect(marks(page).first()).toBeVisible();
  const tabStops = timeline(page).locator('button[data-round-id][tabindex="0"]');
  await expect(tabStops).toHaveCount(1);
});

test('a link naming a round the dataset does not hold says so with the first picture, and the timeline stays put', async ({
  page,
}) => {
  await watchRoundsViewport(page);
  await page.goto('./?round=no-such-round');
  await expect(page.getByText(/Ignored round="no-such-round"/)).toBeVisible();
  await expect(page.getByText('Legend', { exact: true })).toBeVisible();
  // The notice is known only once the dataset is here; its wording was fetched as the page started.
  expect(await roundsViewportPlaces(page)).toHaveLength(1);
});

test('Back leaves a link whose unknown round was dropped, instead of returning to it', async ({ page }) => {
  await page.goto('./?view=list');
  await page.goto('./?round=no-such-round');
  await expect(page.getByText(/Ignored round="no-such-round"/)).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\?view=list$/);
});
