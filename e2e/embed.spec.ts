import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { readBundledDataset } from './bundled-dataset.ts';
import { roundsInTimeOrder } from './dataset-facts.ts';
import { FIXTURE_ORIGIN } from './fixture-server-port.ts';
import { roundsViewportPlaces, watchRoundsViewport } from './rounds-viewport-places.ts';

const dataset = readBundledDataset();
const ordered = roundsInTimeOrder(dataset);
const HOST = `${FIXTURE_ORIGIN}/pages/article.html`;

/** The embed code the dialog offers, after choosing options as an editor would. */
async function snippetFromDialog(page: Page): Promise<string> {
  await page.goto('./');
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('checkbox', { name: 'Show filters' }).uncheck();
  return dialog.getByRole('textbox', { name: 'Embed code' }).inputValue();
}

/** A news article on another origin that pastes the snippet into a column `width` pixels wide. */
async function openHostPage(page: Page, snippet: string, width = 700): Promise<void> {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head>
  <body style="margin:0;font-family:sans-serif"><main style="width:${width}px;margin:0 auto">
  <h1>An article about the talks</h1><p>Paragraph before the graphic.</p>
  ${snippet}
  <p id="selection" role="status">none</p></main>
  <script>
    document.addEventListener('parley:selection-changed', (e) => {
      document.getElementById('selection').textContent = String(e.detail.round);
    });
    document.addEventListener('parley:ready', () => { document.body.dataset.parleyReady = 'yes'; });
  </script></body></html>`;
  const stored = await page.request.put(HOST, { data: html, headers: { 'Content-Type': 'text/html' } });
  expect(stored.ok()).toBe(true);
  await page.goto(HOST);
  // The loader passes on the embed's ready only once it will not load the frame again (embed.js loads it a
  // second time when the first load missed the article's language), so probes inside the frame start after it.
  await expect(page.locator('body')).toHaveAttribute('data-parley-ready', 'yes');
}

const frameHeight = (page: Page) =>
  page
    .locator('iframe[data-parley-embed]')
    .evaluate((f) => (f as HTMLIFrameElement).getBoundingClientRect().height);

/** Whether the iframe is as tall as its content: the loader has applied the frame's last height. */
const noInnerScroll = (page: Page) =>
  page.frames()[1]!.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1);

/**
 * The iframe's height once the embed's content is all in: the legend under the timeline is a part of its own
 * that arrives after it, and the height is read with it.
 */
async function settledFrameHeight(page: Page): Promise<number> {
  const frame = page.frameLocator('iframe[data-parley-embed]');
  await expect(frame.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(frame.getByText('Legend', { exact: true })).toBeVisible();
  await expect.poll(() => noInnerScroll(page)).toBe(true);
  return frameHeight(page);
}

test.describe('embedded on another origin with the snippet from the dialog', () => {
  let snippet = '';
  test.beforeEach(async ({ page }) => {
    snippet = await snippetFromDialog(page);
    await openHostPage(page, snippet);
  });

  test('the iframe height follows the content, with no inner scrollbar', async ({ page }) => {
    const frame = page.frameLocator('iframe[data-parley-embed]');
    const closed = await settledFrameHeight(page);

    await frame.getByRole('button', { name: new RegExp(`^${ordered[1]!.title},`) }).click();
    await expect(frame.getByRole('region', { name: 'Round details' })).toBeVisible();
    await expect.poll(() => frameHeight(page)).toBeGreaterThan(closed + 100);
    await expect.poll(() => noInnerScroll(page)).toBe(true);

    await frame.getByRole('button', { name: 'Close details' }).click();
    await expect.poll(() => frameHeight(page)).toBeLessThan(closed + 2);
  });

  test('a click in the iframe reaches the host page as a selection event', async ({ page }) => {
    const frame = page.frameLocator('iframe[data-parley-embed]');
    const round = ordered[2]!;
    await frame.getByRole('button', { name: new RegExp(`^${round.title.replace(/[()]/g, '.')},`) }).click();
    await expect(page.locator('#selection')).toHaveText(round.id);
  });

  test('a host message selects a round; a malformed one changes nothing', async ({ page }) => {
    const frame = page.frameLocator('iframe[data-parley-embed]');
    await expect(frame.getByRole('region', { name: 'Timeline' })).toBeVisible();
    const round = ordered[3]!;
    await page.evaluate((id) => {
      const iframe = document.querySelector('iframe[data-parley-embed]') as HTMLIFrameElement;
      const w = window as unknown as { Parley: { send: (f: HTMLIFrameElement, m: object) => void } };
      w.Parley.send(iframe, { type: 'parley:select-round', round: id });
    }, round.id);
    await expect(
      frame.getByRole('region', { name: 'Round details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(round.title);
    await expect(page.locator('#selection')).toHaveText(round.id);

    const themeBefore = await frame.locator('html').getAttribute('class');
    // The frame handles messages in order: once it answers the get-state probe sent last, it has handled
    // (and ignored) every bad message before it.
    const answered = await page.evaluate(
      () =>
        new Promise<{ round: unknown; theme: unknown }>((resolve) => {
          const iframe = document.querySelector('iframe[data-parley-embed]') as HTMLIFrameElement;
          const target = iframe.contentWindow!;
          window.addEventListener('message', (event: MessageEvent) => {
            if (event.source === target && event.data?.type === 'parley:state') resolve(event.data.state);
          });
          target.postMessage({ type: 'parley:select-round', version: 1, round: 42 }, '*');
          target.postMessage({ type: 'parley:set-theme', version: 1, theme: 'sepia' }, '*');
          target.postMessage('parley:clear-selection', '*');
          target.postMessage({ type: 'parley:unknown', version: 1 }, '*');
          target.postMessage({ type: 'parley:get-state', version: 1 }, '*');
        }),
    );
    expect(answered.round).toBe(round.id);
    expect(answered.theme).not.toBe('sepia');
    await expect(
      frame.getByRole('region', { name: 'Round details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(round.title);
    expect(await frame.locator('html').getAttribute('class')).toBe(themeBefore);
    await expect(page.locator('#selection')).toHaveText(round.id);
  });

  test('the loader ignores a height message from any other window', async ({ page }) => {
    // Read once the content is all in: a part arriving later would change the height for a true reason.
    const before = await settledFrameHeight(page);
    expect(before).toBeGreaterThan(200);
    // Messages to one window are dispatched in the order they were posted, to every listener: once the probe
    // posted last arrives, the loader has seen both forged heights.
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          window.addEventListener('message', (event: MessageEvent) => {
            if (event.data === 'height-probe') resolve();
          });
          window.postMessage({ type: 'parley:height', version: 1, height: 5000 }, '*');
          const other = document.createElement('iframe');
          document.body.append(other);
          other.contentWindow!.parent.postMessage({ type: 'parley:height', version: 1, height: 4000 }, '*');
          window.postMessage('height-probe', '*');
        }),
    );
    // Layout after the loader's handlers have run.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
    expect(await frameHeight(page)).toBe(before);
  });

  test('"Open in Parley" opens the same view in a new tab', async ({ page, context }) => {
    const frame = page.frameLocator('iframe[data-parley-embed]');
    const round = ordered[1]!;
    await frame.getByRole('button', { name: new RegExp(`^${round.title},`) }).click();
    const [opened] = await Promise.all([
      context.waitForEvent('page'),
      frame.getByRole('link', { name: /Open in Parley/ }).click(),
    ]);
    await opened.waitForLoadState();
    expect(opened.url()).not.toContain('embed=1');
    await expect(
      opened.getByRole('region', { name: 'Round details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(round.title);
    await expect(opened.getByRole('complementary', { name: 'Filters' })).toBeVisible();
  });
});

test('the embed’s timeline stays put as its header, Download and Cite and the legend arrive', async ({
  page,
}) => {
  await watchRoundsViewport(page);
  await page.goto('./?embed=1');
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
  await expect(page.getByRole('link', { name: /Open in Parley/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Download' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cite' })).toBeVisible();
  await expect(page.getByText('Legend', { exact: true })).toBeVisible();
  // The header's chunk was here before the first render, so it never pushed the timeline down.
  expect(await roundsViewportPlaces(page)).toHaveLength(1);
});

test('the embed works with storage blocked and passes axe', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('blocked', 'SecurityError');
      },
    });
  });
  await page.goto('./?embed=1');
  await expect(page.getByRole('heading', { level: 1, name: dataset.meta.title })).toBeVisible();
  await expect(
    page
      .getByRole('region', { name: 'Timeline' })
      .getByRole('group', { name: /^Lane:/ })
      .getByRole('button'),
  ).toHaveCount(dataset.rounds.length);
  expect((await axeScan(page).analyze()).violations).toEqual([]);
  expect(await page.context().cookies()).toEqual([]);
});

test('Escape closes the Embed dialog, not the round behind it', async ({ page }) => {
  const round = ordered[0]!;
  await page.goto(`./?round=${round.id}`);
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(
    page.getByRole('region', { name: 'Round details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(round.title);
});

test('the dialog copies the snippet and the link, and confirms it', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied')).toBeVisible();
  await page.getByRole('button', { name: 'Embed', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Embed this view' });
  await dialog.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(dialog.getByText('Embed code copied')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('<iframe data-parley-embed');
  expect(copied).toContain('loading="lazy"');
  // The preview is inert (the embed itself is scanned on its own above), so the whole dialog is scanned.
  expect((await axeScan(page).analyze()).violations).toEqual([]);
});
