import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { readBundledDataset } from './bundled-dataset.ts';

const dataset = readBundledDataset();

test('on paper there are no controls, and every round in view is listed with its date', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  await expect(page.getByRole('button', { name: 'Embed' })).toBeVisible();
  // The rounds in view, as the list shows them on screen.
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const rows = page.locator('#rounds tbody tr');
  await expect(rows.first()).toBeVisible();
  const onScreen = await rows.evaluateAll((trs) =>
    trs.map((tr) => ({
      title: tr.querySelector('th')?.textContent?.trim() ?? '',
      date: tr.querySelector('td')?.textContent?.trim() ?? '',
    })),
  );
  expect(onScreen.length).toBe(dataset.rounds.length);

  await page.emulateMedia({ media: 'print' });
  for (const name of ['Embed', 'Copy link', 'Download', 'Cite', 'Zoom in', 'Fit all']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeHidden();
  }
  await expect(page.getByRole('search', { name: 'Filter rounds' })).toBeHidden();
  const printed = page.getByRole('region', { name: 'Printed timeline' });
  await expect(printed.getByRole('img')).toBeVisible();
  for (const { title, date } of onScreen) {
    const row = printed
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: title, exact: true }) });
    await expect(row).toBeVisible();
    await expect(row.getByRole('cell').first()).toHaveText(date);
  }
});

test('a PDF of the bundled view holds every round title', async ({ page }) => {
  await page.goto('./');
  await expect(page.locator('button[data-round-id]').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('region', { name: 'Printed timeline' })).toBeVisible();
  const file = join(mkdtempSync(join(tmpdir(), 'parley-print-')), 'view.pdf');
  writeFileSync(file, await page.pdf({ format: 'A4', printBackground: true }));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  // Titles may wrap across lines in the table's cell: compare with whitespace folded, word by word in order.
  const flat = text.replace(/\s+/g, ' ');
  for (const round of dataset.rounds) {
    // A line may also break after a hyphen ("Mar-a-" / "Lago"), with the next columns' text in between.
    const words = round.title.split(/[\s-]+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    expect(flat, round.title).toMatch(new RegExp(words.join('[\\s-]+(?:\\S+\\s+){0,12}?')));
  }
});
