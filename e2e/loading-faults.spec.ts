import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { readBundledDataset, readJsonFixture } from './bundled-dataset.ts';
import { escapeRegExp } from './dataset-facts.ts';
import { FIXTURE_ORIGIN, FIXTURE_SERVER_PORT } from './fixture-server-port.ts';
import { HUGE_BYTES } from './transport-faults.ts';
import type { Dataset } from '../src/domain/schema.ts';

const dataset = readBundledDataset();
const small = readJsonFixture<Dataset>('src/domain/fixtures/valid-small.json');
const SMALL_PATH = '/domain-fixtures/valid-small.json';
// The other origin a redirect leads to: the same fixture server, named differently.
const REDIRECT_ORIGIN = `http://localhost:${FIXTURE_SERVER_PORT}`;

/** A misbehaving server's address (see transport-faults.ts); a fresh key makes it misbehave once more. */
function faultUrl(fault: string, served: string): string {
  const key = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return `${FIXTURE_ORIGIN}/faults/${fault}/${key}${served}`;
}

const withData = (url: string, extra = '') => `./?data=${encodeURIComponent(url)}${extra}`;

const datasetHeading = (page: Page, title: string) => page.getByRole('heading', { level: 1, name: title });

async function expectNoAxeViolations(page: Page): Promise<void> {
  expect((await axeScan(page).analyze()).violations).toEqual([]);
}

test('a server that never answers is named with its cause within 30 s, and Retry loads once it answers', async ({
  page,
}) => {
  // The real default deadline (20 s), as a reader meets it: the Done-when asks for a message within 30 s.
  test.setTimeout(60_000);
  const started = Date.now();
  await page.goto(withData(faultUrl('hang', SMALL_PATH)));
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('heading', { name: 'The dataset could not be loaded' })).toBeVisible({
    timeout: 30_000,
  });
  expect(Date.now() - started).toBeLessThan(30_000);
  await expect(alert).toContainText(`the server at ${FIXTURE_ORIGIN} did not answer within 20 seconds`);
  await expect(alert.getByRole('link', { name: 'Show the bundled dataset instead' })).toBeVisible();

  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(datasetHeading(page, small.meta.title)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the way back from a failed ?data= shows the bundled dataset', async ({ page }) => {
  await page.goto(withData(faultUrl('hang', SMALL_PATH), '&timeout=1&view=list'));
  const back = page.getByRole('alert').getByRole('link', { name: 'Show the bundled dataset instead' });
  await expect(back).toBeVisible();
  await expectNoAxeViolations(page);
  await back.click();
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
  expect(new URL(page.url()).searchParams.get('data')).toBeNull();
  expect(new URL(page.url()).searchParams.get('view')).toBe('list');
  await expect(page.getByRole('complementary', { name: 'Data source' })).toHaveCount(0);
});

test('a body that stops arriving is named as stalled, with what had arrived, and Retry recovers', async ({
  page,
}) => {
  await page.goto(withData(faultUrl('stall', '/data/russia-ukraine-talks.json'), '&timeout=2'));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(`the server at ${FIXTURE_ORIGIN} stopped sending the data`);
  await expect(alert).toContainText('nothing more arrived for 2 seconds after');
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await alert.getByRole('button', { name: 'Retry' }).focus();
  await expectNoAxeViolations(page);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
});

test('a connection reset mid-body shows a named cause with Retry, and Retry recovers', async ({ page }) => {
  await page.goto(withData(faultUrl('reset', '/data/russia-ukraine-talks.json')));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    `the connection to the server at ${FIXTURE_ORIGIN} was lost while the data was arriving`,
  );
  await expect(alert).not.toContainText(/^Cause: Failed to fetch$/);
  await expectNoAxeViolations(page);
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
});

test('a body announced above the size limit is refused at once, naming its size', async ({ page }) => {
  await page.goto(withData(faultUrl('huge', SMALL_PATH)));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    `the data from the server at ${FIXTURE_ORIGIN} is larger than 256 MB (it announced ${HUGE_BYTES / 1024 / 1024} MB)`,
  );
  await expect(alert.getByRole('button', { name: 'Retry' })).toBeVisible();
});

test('a large download shows the bytes received while it arrives', async ({ page }) => {
  // An axe scan during the 6 s pause, then the whole bundled dataset: more than the default on a busy machine.
  test.setTimeout(120_000);
  await page.goto(withData(faultUrl('pause', '/data/russia-ukraine-talks.json')));
  const loading = page.getByRole('status').filter({ hasText: 'Loading the dataset' });
  // The server pauses after 300 kB; the size comes from the file it serves.
  await expect(loading).toContainText(/\d+ kB of \d+ kB received \(\d+%\)/);
  await expectNoAxeViolations(page);
  await expect(datasetHeading(page, dataset.meta.title)).toBeVisible();
});

for (const status of ['302', '307']) {
  test(`a ?data= redirected (${status}) to another origin names that origin and the redirect`, async ({
    page,
  }) => {
    await page.goto(withData(faultUrl(`redirect-${status}`, SMALL_PATH)));
    await expect(datasetHeading(page, small.meta.title)).toBeVisible();
    const notice = page.getByRole('complementary', { name: 'Data source' });
    await expect(notice).toContainText(
      new RegExp(`shows data from ${escapeRegExp(REDIRECT_ORIGIN)}, not from this site`),
    );
    await expect(notice).toContainText(`The address asked for, on ${FIXTURE_ORIGIN}, redirected there.`);
    await expect(notice).toContainText(`${REDIRECT_ORIGIN}${SMALL_PATH}`);
  });
}

test('an embed whose data server never answers shows the cause and tells its host page on another origin', async ({
  page,
  baseURL,
}) => {
  const src = new URL(withData(faultUrl('hang', SMALL_PATH), '&timeout=2&embed=1'), baseURL).href;
  const host = `${FIXTURE_ORIGIN}/pages/failing-embed.html`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head>
  <body><main><h1>An article</h1>
  <iframe data-parley-embed src="${src.replace(/&/g, '&amp;')}" title="Talks timeline" style="width:700px"></iframe>
  <script async src="${new URL('embed.js', baseURL).href}"></script>
  <p id="error" role="status">none</p></main>
  <script>
    document.addEventListener('parley:error', (e) => {
      document.getElementById('error').textContent = e.detail.cause + ' | ' + e.detail.url + ' | ' + e.detail.message;
    });
  </script></body></html>`;
  expect((await page.request.put(host, { data: html, headers: { 'Content-Type': 'text/html' } })).ok()).toBe(
    true,
  );
  await page.goto(host);
  await expect(page.locator('#error')).toContainText(/^no-answer \| /);
  await expect(page.locator('#error')).toContainText(
    `could not be loaded: the server at ${FIXTURE_ORIGIN} did not answer within 2 seconds`,
  );
  const frame = page.frameLocator('iframe[data-parley-embed]');
  const alert = frame.getByRole('alert');
  await expect(alert).toContainText(`the server at ${FIXTURE_ORIGIN} did not answer`);
  await expect(alert.getByRole('link', { name: 'Show the bundled dataset instead' })).toBeVisible();
  await alert.getByRole('button', { name: 'Retry' }).click();
  await expect(frame.getByRole('heading', { level: 1, name: small.meta.title })).toBeVisible();
});
