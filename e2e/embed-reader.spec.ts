import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { readBundledDataset } from './bundled-dataset.ts';
import { escapeRegExp, roundsInTimeOrder } from './dataset-facts.ts';
import { FIXTURE_ORIGIN } from './fixture-server-port.ts';

// A reader of a news article that embeds Parley: the article's scroll, its width, its (light) page and the
// reader's system theme all belong to the reader, not to the graphic.

// Each test loads the app for the Embed dialog and again in the article's frame: slow on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });
const dataset = readBundledDataset();
const ordered = roundsInTimeOrder(dataset);
const HOST = `${FIXTURE_ORIGIN}/pages/reader.html`;

/** The embed code the dialog offers, with the theme an editor picks (the dialog's default when none). */
async function snippetFromDialog(page: Page, theme?: string): Promise<string> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  if (theme) await dialog.getByRole('combobox', { name: 'Theme' }).selectOption({ label: theme });
  return dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
}

/** A white article on another origin, long enough to scroll, with the snippet in a column `width` wide. */
async function openArticle(page: Page, snippet: string, width: number): Promise<FrameLocator> {
  const paragraphs = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i + 1} of the article.</p>`).join(
    '',
  );
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title>
  <meta name="viewport" content="width=device-width"></head>
  <body style="margin:0;background:#fff;color:#111;font:18px/1.6 serif"><main style="max-width:${width}px;margin:0 auto">
  <h1>An article about the talks</h1><p>Paragraph before the graphic.</p>
  ${snippet}
  ${paragraphs}<div style="height:1500px"></div></main></body></html>`;
  const stored = await page.request.put(HOST, { data: html, headers: { 'Content-Type': 'text/html' } });
  expect(stored.ok()).toBe(true);
  await page.goto(HOST);
  const frame = page.frameLocator('iframe[data-parley-embed]');
  await expect(frame.getByRole('region', { name: 'Timeline' })).toBeVisible();
  return frame;
}

const period = (frame: FrameLocator) => frame.getByTestId('visible-period');
const roundMark = (frame: FrameLocator, title: string) =>
  frame.getByRole('region', { name: 'Timeline' }).getByRole('button', {
    name: new RegExp(`^${escapeRegExp(title)},`),
  });

/** Puts the mouse over the middle of the timeline's drawing area, where a reader's wheel would be. */
async function pointAtTimeline(page: Page, frame: FrameLocator) {
  const box = (await frame.locator('[data-bench="timeline-viewport"]').boundingBox())!;
  // The timeline may be taller than the window, or partly scrolled off it: aim inside the part on screen.
  const top = Math.max(box.y, 0);
  await page.mouse.move(box.x + box.width / 2, top + Math.min(60, (box.y + box.height - top) / 2));
}

/** Every element in the frame that scrolls on its own (overflow auto/scroll with more content than room). */
function innerScrollers(page: Page) {
  const frame = page.frames().find((f) => f.url().includes('embed=1'))!;
  return frame.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      const style = getComputedStyle(element);
      const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
      const y = scrolls(style.overflowY) && element.scrollHeight > element.clientHeight + 1;
      const x = scrolls(style.overflowX) && element.scrollWidth > element.clientWidth + 1;
      if (x || y) {
        const name = element.getAttribute('aria-label') ?? element.id ?? '';
        found.push(
          `${element.tagName.toLowerCase()}${name ? ` "${name}"` : ''} (${x ? 'x' : ''}${y ? 'y' : ''})`,
        );
      }
    }
    const root = document.scrollingElement!;
    if (root.scrollHeight > root.clientHeight + 1) found.push('the document (y)');
    if (root.scrollWidth > root.clientWidth + 1) found.push('the document (x)');
    return found;
  });
}

test('plain wheel notches over the embedded timeline scroll the article; Ctrl + wheel zooms', async ({
  page,
}) => {
  const frame = await openArticle(page, await snippetFromDialog(page), 700);
  const before = await period(frame).textContent();
  await pointAtTimeline(page, frame);
  for (let notch = 0; notch < 5; notch += 1) await page.mouse.wheel(0, 100);
  // The reader is told how to zoom, in a status region (announced politely; focus stays where it was). The
  // hint lasts a moment after the wheel rests: look for it first.
  const hint = frame.getByRole('status').filter({ hasText: /\+ scroll to zoom/ });
  await expect(hint).toBeVisible();
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
  await expect(period(frame)).toHaveText(before!);
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
  // The hint goes once the wheel rests. (Chromium also keeps a wheel sequence on the scroller it started
  // on for a moment, so a Ctrl + wheel straight after a page scroll would still go to the page.)
  await expect(hint).toHaveCount(0);

  // The article has moved the timeline up; bring it back under the pointer, then zoom.
  await frame.locator('[data-bench="timeline-viewport"]').scrollIntoViewIfNeeded();
  const scrolled = await page.evaluate(() => window.scrollY);
  await pointAtTimeline(page, frame);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  await expect(period(frame)).not.toHaveText(before!);
  expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
  await expect(hint).toHaveCount(0);
});

test('at 320 px with a round open nothing inside the frame scrolls on its own; the filters open in the page flow', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  const frame = await openArticle(page, await snippetFromDialog(page), 320);
  // The round with the most to say makes the tallest panel.
  const longest = [...dataset.rounds].sort((a, b) => JSON.stringify(b).length - JSON.stringify(a).length)[0]!;
  await roundMark(frame, longest.title).first().click();
  await expect(
    frame.getByRole('region', { name: 'Round details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(longest.title);
  const frameHeight = () =>
    page.locator('iframe[data-parley-embed]').evaluate((f) => f.getBoundingClientRect().height);
  await expect.poll(frameHeight).toBeGreaterThan(1500);
  await expect.poll(() => innerScrollers(page)).toEqual([]);

  await frame.getByRole('button', { name: /^Filters/ }).click();
  const filters = frame.getByRole('region', { name: /^Filters/ });
  await expect(filters).toBeVisible();
  await expect(frame.getByRole('dialog')).toHaveCount(0);
  await expect.poll(() => innerScrollers(page)).toEqual([]);
  await filters.getByRole('button', { name: 'Done' }).click();
  await expect(filters).toHaveCount(0);
  await expect(frame.getByRole('button', { name: /^Filters/ })).toBeFocused();
});

test('a default embed stays light for a reader whose system is dark; theme=auto follows the system', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const background = (frame: FrameLocator) =>
    frame.locator('#root > div').evaluate((e) => getComputedStyle(e).backgroundColor);

  const light = await openArticle(page, await snippetFromDialog(page), 700);
  await expect(light.locator('html')).not.toHaveClass(/dark/);
  expect(await background(light)).toBe('rgb(255, 255, 255)');

  const snippet = await snippetFromDialog(page, 'Follow the reader’s system');
  expect(snippet).toContain('theme=auto');
  const auto = await openArticle(page, snippet, 700);
  await expect(auto.locator('html')).toHaveClass(/dark/);
  expect(await background(auto)).not.toBe('rgb(255, 255, 255)');

  await page.emulateMedia({ colorScheme: 'light' });
  await expect(auto.locator('html')).not.toHaveClass(/dark/);
});

const updatedWords = new Date(`${dataset.meta.updated}T00:00:00Z`).toLocaleDateString('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

test('the app and the embed credit the data with its licence and the date it was updated', async ({
  page,
}) => {
  const credit = new RegExp(
    `${escapeRegExp(dataset.meta.maintainer.name)}.*${escapeRegExp(dataset.meta.licence)}.*Updated ${updatedWords}`,
  );
  await page.goto('./');
  await expect(page.getByText(credit)).toBeVisible();
  await page.goto('./?embed=1');
  await expect(page.getByText(credit)).toBeVisible();
  expect((await axeScan(page).analyze()).violations).toEqual([]);
});

test('the tab names the selected round, and the dataset when none is open', async ({ page }) => {
  const [first, second] = [ordered[0]!, ordered[3]!];
  await page.goto(`./?round=${first.id}`);
  await expect(page).toHaveTitle(`${first.title} — Parley`);
  await page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('button', { name: new RegExp(`^${escapeRegExp(second.title)},`) })
    .first()
    .click();
  await expect(page).toHaveTitle(`${second.title} — Parley`);
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(page).toHaveTitle(`${dataset.meta.title} — Parley`);
});

test('a shared link has a card: og:title, og:description and an og:image that is a PNG', async ({
  page,
  request,
}) => {
  await page.goto('./');
  const meta = (property: string) => page.locator(`meta[property="${property}"]`).getAttribute('content');
  expect((await meta('og:title'))?.trim()).toBeTruthy();
  expect((await meta('og:description'))?.trim()).toBeTruthy();
  const image = await meta('og:image');
  expect(image).toBeTruthy();
  const response = await request.get(new URL(image!, page.url()).href);
  expect(response.ok()).toBe(true);
  const bytes = await response.body();
  // A PNG's signature, then its IHDR width and height, which must match what the meta tags promise.
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  expect(String(bytes.readUInt32BE(16))).toBe(await meta('og:image:width'));
  expect(String(bytes.readUInt32BE(20))).toBe(await meta('og:image:height'));
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
});
