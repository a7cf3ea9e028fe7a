import { expect, test, type Page } from '@playwright/test';
import { readBundledDataset } from './bundled-dataset.ts';
import { roundsInTimeOrder } from './dataset-facts.ts';
import { FIXTURE_ORIGIN } from './fixture-server-port.ts';

// vite preview sends the deployment's Content-Security-Policy (scripts/security-headers.ts). This journey goes
// through every view and export with it and fails on any violation the browser reports, in any frame.
const dataset = readBundledDataset();
const ordered = roundsInTimeOrder(dataset);
const story = dataset.stories?.[0];
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Collects CSP violations: the DOM event in every frame (page and iframes), and the console's reports. */
async function watchViolations(page: Page): Promise<string[]> {
  const found: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => found.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { reportCspViolation: (text: string) => void }).reportCspViolation;
      report(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.documentURI}`);
    });
  });
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) found.push(`console: ${message.text()}`);
  });
  return found;
}

test('the app is served with the documented security headers', async ({ page }) => {
  const response = await page.goto('./');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).not.toContain('unsafe-inline');
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
});

test('every view and export runs under the CSP with no violation reported', async ({ page }) => {
  test.setTimeout(120_000);
  const violations = await watchViolations(page);
  await page.goto('./');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toBeVisible();

  // A round open.
  const round = ordered[1]!;
  await timeline.getByRole('button', { name: new RegExp(`^${escapeRegExp(round.title)},`) }).click();
  await expect(
    page.getByRole('region', { name: 'Round details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(round.title);

  // Filters, then the list.
  const party = dataset.parties[0]!;
  const filters = page.getByRole('search', { name: 'Filter rounds' });
  await filters.getByRole('checkbox', { name: party.shortName ?? party.name, exact: true }).check();
  await page.getByRole('button', { name: 'List', exact: true }).click();
  await expect(page.getByRole('table')).toBeVisible();
  await filters.getByRole('checkbox', { name: party.shortName ?? party.name, exact: true }).uncheck();

  // The Download menu, with a PNG drawn through a blob: image and a canvas.
  await page.goto('./');
  await expect(timeline).toBeVisible();
  await page.getByRole('button', { name: 'Download' }).click();
  const pending = page.waitForEvent('download');
  await page.getByRole('menu', { name: 'Download' }).getByRole('menuitem', { name: /PNG/ }).click();
  expect((await pending).suggestedFilename()).toMatch(/\.png$/);

  // The Cite and Embed dialogs.
  await page.getByRole('button', { name: 'Cite' }).click();
  await expect(page.getByRole('dialog', { name: 'Cite this view' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Embed this view' })).toBeVisible();
  await page.keyboard.press('Escape');

  // A story.
  if (story) {
    await page.getByRole('button', { name: new RegExp(`^Story: ${escapeRegExp(story.title)}$`) }).click();
    await expect(page.getByRole('region', { name: story.title })).toBeVisible();
  }

  // The editor, a lazily loaded chunk.
  await page.getByRole('link', { name: 'Create' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create a dataset' })).toBeVisible();

  // Embed mode, framed by a page on another origin.
  const host = `${FIXTURE_ORIGIN}/pages/csp-host.html`;
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>
    <iframe src="${new URL('./?embed=1', page.url()).href}" title="Timeline" width="800" height="600"></iframe>
    </body></html>`;
  expect((await page.request.put(host, { data: html })).ok()).toBe(true);
  await page.goto(host);
  await expect(page.frameLocator('iframe').getByRole('region', { name: 'Timeline' })).toBeVisible();

  // A dataset from another origin (?data=), fetched under connect-src.
  await page.goto(`./?data=${encodeURIComponent(`${FIXTURE_ORIGIN}/domain-fixtures/valid-small.json`)}`);
  await expect(timeline).toBeVisible();

  expect(violations).toEqual([]);
});

test('the watcher sees a violation when there is one', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto('./');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  // An inline script, which the policy forbids: the same listener must report it.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.ranInline = true';
    document.body.append(script);
  });
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => 'ranInline' in window)).toBe(false);
});
