import { expect, test } from '@playwright/test';
import { readJsonFixture } from './bundled-dataset.ts';
import { FIXTURE_ORIGIN } from './fixture-server-port.ts';
import type { Dataset } from '../src/domain/schema.ts';

// Every free-text field of a dataset carries markup that would run a script if it were ever injected as HTML.
const PAYLOAD = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
const TEXT_KEYS = new Set([
  'title',
  'description',
  'summary',
  'dateLabel',
  'name',
  'shortName',
  'label',
  'publisher',
  'city',
  'country',
  'venue',
  'position',
  'subject',
  'claim',
  'attribution',
  'quote',
  'paraphrase',
  'licence',
]);

function withPayloads(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withPayloads);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, field]) => [
      key,
      TEXT_KEYS.has(key) && typeof field === 'string' ? `${field} ${PAYLOAD}` : withPayloads(field),
    ]),
  );
}

const hostile = withPayloads(readJsonFixture('src/domain/fixtures/valid-small.json')) as Dataset;
const HOSTILE_URL = `${FIXTURE_ORIGIN}/fixtures/hostile-text.json`;

test('script payloads in every text field are shown as text and run nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.route(HOSTILE_URL, (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify(hostile),
      headers: { 'Access-Control-Allow-Origin': '*' },
    }),
  );
  await page.goto(`./?view=list&data=${encodeURIComponent(HOSTILE_URL)}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(PAYLOAD);

  // Open every round, so each text field of each round reaches the page.
  for (const round of hostile.rounds) {
    await page.getByRole('table').getByRole('button', { name: round.title, exact: true }).click();
    const panel = page.getByRole('region', { name: 'Round details' });
    await expect(panel.getByRole('heading', { name: round.title })).toBeVisible();
  }
  await page.getByRole('button', { name: 'Timeline', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();

  expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('script:not([src]):not([type])').count()).toBe(0);
  expect(await page.locator('img[src="x"]').count()).toBe(0);
  expect(dialogs).toEqual([]);
});
