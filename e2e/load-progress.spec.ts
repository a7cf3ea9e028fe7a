import { expect, test } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { generateDataset } from '../scripts/generate-dataset.ts';

// Large enough that checking it takes many progress steps in the dataset worker.
const ROUNDS = 12_000;
const dataset = generateDataset(ROUNDS);
const body = JSON.stringify(dataset);
const total = new Intl.NumberFormat('en').format(dataset.rounds.length);

test.describe.configure({ timeout: 180_000 });

test('while a large dataset loads, a progress bar counts the rounds checked, then the timeline shows', async ({
  page,
}) => {
  // Every value the bar takes is recorded by the page itself, so no step is missed between two polls.
  await page.addInitScript(() => {
    const seen: { now: string | null; max: string | null; text: string | null }[] = [];
    (window as unknown as { __progress: typeof seen }).__progress = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"]');
      if (!bar) return;
      const entry = {
        now: bar.getAttribute('aria-valuenow'),
        max: bar.getAttribute('aria-valuemax'),
        text: bar.getAttribute('aria-valuetext'),
      };
      const last = seen.at(-1);
      if (!last || last.now !== entry.now || last.text !== entry.text) seen.push(entry);
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
  await page.route('**/e2e-data/progress.json', (route) =>
    route.fulfill({ body, contentType: 'application/json; charset=utf-8' }),
  );
  await page.goto('./?data=e2e-data/progress.json');

  const bar = page.getByRole('progressbar', { name: 'Dataset loading progress' });
  await expect(bar).toBeVisible();
  expect((await axeScan(page).analyze()).violations).toEqual([]);

  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible({ timeout: 150_000 });
  await expect(bar).toHaveCount(0);

  const seen = await page.evaluate(
    () =>
      (window as unknown as { __progress: { now: string | null; max: string | null; text: string | null }[] })
        .__progress,
  );
  // The words only move forward, to the last stage: never back to "Downloading…" as the finished model is
  // handed to the view.
  const stages = ['Downloading…', 'Reading the file…', 'Checking ', 'Dating and indexing '];
  const stageOf = (text: string | null) => stages.findIndex((words) => text?.startsWith(words));
  const order = seen.map((entry) => stageOf(entry.text));
  expect(order).not.toContain(-1);
  expect(order).toEqual([...order].sort((a, b) => a - b));
  expect(order.at(-1)).toBe(stages.length - 1);
  const checking = seen.filter((entry) => entry.text?.startsWith('Checking '));
  // The count moved through several values below the total, each against the dataset's own round count.
  const counts = checking.map((entry) => Number(entry.now));
  const partial = new Set(counts.filter((n) => n > 0 && n < dataset.rounds.length));
  expect(partial.size).toBeGreaterThanOrEqual(2);
  expect(counts).toEqual([...counts].sort((a, b) => a - b));
  for (const entry of checking) {
    expect(entry.max).toBe(String(dataset.rounds.length));
    expect(entry.text).toBe(
      `Checking ${new Intl.NumberFormat('en').format(Number(entry.now))} of ${total} rounds`,
    );
  }
});
