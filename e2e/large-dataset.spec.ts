import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { generateDataset } from '../scripts/generate-dataset.ts';

// A dataset far past the timeline's detail limit and the list's virtualisation threshold, served at a
// same-origin URL the app is pointed at with ?data=.
const ROUNDS = 3000;
const dataset = generateDataset(ROUNDS);
const body = JSON.stringify(dataset);

async function openLarge(page: Page, query = ''): Promise<void> {
  await page.route('**/e2e-data/large.json', (route) =>
    route.fulfill({ body, contentType: 'application/json; charset=utf-8' }),
  );
  await page.goto(`./?data=e2e-data/large.json${query}`);
  // Validating thousands of rounds takes seconds on a busy 2-core machine; this test is not about load speed.
  await expect(page.getByRole('status').filter({ hasText: 'Loading the dataset' })).toHaveCount(0, {
    timeout: 60_000,
  });
}

test.describe.configure({ timeout: 120_000 });

test('in the density view, the mouse points at any mark for its tooltip and clicks it open', async ({
  page,
}) => {
  await openLarge(page);
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();
  // Too many marks for a button each: only the one holding the tab stop has one; the rest are reached as
  // density groups ("N more rounds in … — zoom in") or, by mouse, through the hit test below.
  const laneButtons = timeline.getByRole('group', { name: /^Lane:/ }).getByRole('button');
  const densityButtons = timeline.getByRole('button', { name: /^[\d,]+ more rounds? in .* — zoom in$/ });
  // The density groups' buttons arrive as a chunk once a density view first appears.
  await expect.poll(() => densityButtons.count()).toBeGreaterThan(0);
  await expect.poll(async () => (await laneButtons.count()) - (await densityButtons.count())).toBe(1);

  // Sweep along the first row of marks (below the lane heading) until the pointer is over a mark.
  const canvas = (await timeline.locator('canvas').boundingBox())!;
  const tooltip = page.getByRole('tooltip');
  const y = canvas.y + 22 + 15;
  let x = canvas.x + 20;
  await expect
    .poll(
      async () => {
        x += 3;
        await page.mouse.move(x, y);
        return tooltip.isVisible();
      },
      { intervals: [20], timeout: 30_000 },
    )
    .toBe(true);
  const title = await tooltip.locator('p').first().innerText();
  expect(dataset.rounds.map((r) => r.title)).toContain(title);
  await page.mouse.click(x, y);
  await expect(
    page.getByRole('region', { name: 'Round details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(title);
});

test('the list view of thousands of rounds renders only rows near the window, and scrolls, tabs and selects', async ({
  page,
}) => {
  await openLarge(page, '&view=list');
  const table = page.getByRole('table');
  await expect(table).toHaveAttribute('aria-rowcount', String(ROUNDS + 1));
  const rows = table.locator('tbody tr[aria-rowindex]');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(200);

  // Keyboard: Tab walks from row to row, past the rows first rendered.
  const first = table.getByRole('button').first();
  await first.focus();
  const renderedAtStart = await rows.count();
  for (let i = 0; i < renderedAtStart + 5; i += 1) await page.keyboard.press('Tab');
  const focusedRow = page.locator('tbody tr:has(button:focus)');
  await expect(focusedRow).toHaveAttribute('aria-rowindex', String(2 + renderedAtStart + 5));

  // Scrolling to the end brings the last round (in time order) in; choosing it selects it.
  // Rows are measured as they render, so the page grows while it scrolls: scroll until the end holds.
  const lastRow = table.locator(`tbody tr[aria-rowindex="${ROUNDS + 1}"]`);
  await expect
    .poll(async () => {
      await page.mouse.wheel(0, 100_000);
      return lastRow.isVisible();
    })
    .toBe(true);
  const lastTitle = await lastRow.getByRole('button').innerText();
  await lastRow.getByRole('button').click();
  await expect(
    page.getByRole('region', { name: 'Round details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(lastTitle);
  await expect(lastRow).toHaveAttribute('aria-current', 'true');
  expect((await axeScan(page).include('table').analyze()).violations).toEqual([]);
});
