import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import type { Story } from '../src/domain/schema.ts';
import { readBundledDataset } from './bundled-dataset.ts';
import { FIXTURE_ORIGIN } from './fixture-server-port.ts';

const dataset = readBundledDataset();
const story: Story = dataset.stories![0]!;
const count = story.steps.length;
const HOST = `${FIXTURE_ORIGIN}/pages/story-article.html`;

/**
 * An article on another origin that embeds the story and logs every step-changed event it receives, with one
 * paragraph per step marked for scrollytelling, far enough apart that only one is in the middle at a time.
 */
async function openArticle(page: Page, appBase: string): Promise<void> {
  const sections = story.steps
    .map((_, i) => `<p data-parley-step="${i + 1}" style="margin:0 0 120vh">Paragraph ${i + 1}</p>`)
    .join('\n');
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head>
  <body style="margin:0;font-family:sans-serif"><main style="display:grid;grid-template-columns:1fr 640px;gap:16px">
  <div><h1>The talks, as the reader scrolls</h1><div style="height:60vh"></div>${sections}</div>
  <div><div style="position:sticky;top:0">
  <iframe data-parley-embed src="${appBase}?embed=1&filters=0&story=${story.id}" title="The talks, step by step"
    width="100%" height="600" style="border:0;width:100%" referrerpolicy="strict-origin-when-cross-origin"></iframe>
  </div></div></main>
  <ol id="events"></ol>
  <script async src="${appBase}embed.js"></script>
  <script>
    document.addEventListener('parley:step-changed', (e) => {
      const li = document.createElement('li');
      li.textContent = e.detail.story === null ? 'left' : e.detail.step + '/' + e.detail.steps + ': ' + e.detail.heading;
      document.getElementById('events').append(li);
    });
  </script></body></html>`;
  const stored = await page.request.put(HOST, { data: html, headers: { 'Content-Type': 'text/html' } });
  expect(stored.ok()).toBe(true);
  await page.goto(HOST);
}

const frame = (page: Page) => page.frameLocator('iframe[data-parley-embed]');
const card = (page: Page) => frame(page).getByRole('region', { name: story.title });
const lastEvent = (page: Page) => page.locator('#events li').last();
const event = (n: number) => `${n}/${count}: ${story.steps[n - 1]!.heading}`;

test.use({ reducedMotion: 'reduce' });

test('the story shows in an embed on another origin, and the host page drives its steps', async ({
  page,
  baseURL,
}) => {
  await openArticle(page, baseURL!);
  await expect(card(page)).toBeVisible();
  await expect(card(page).getByRole('heading', { level: 3 })).toHaveText(story.steps[0]!.heading);

  // The host page sends a step by message, and hears back which step is shown.
  const n = Math.min(3, count);
  await page.evaluate((step) => {
    const w = window as unknown as { Parley: { goToStep: (f: string, s: number) => boolean } };
    w.Parley.goToStep('iframe[data-parley-embed]', step);
  }, n);
  await expect(card(page).getByRole('heading', { level: 3 })).toHaveText(story.steps[n - 1]!.heading);
  await expect(card(page).getByText(`Step ${n} of ${count}`, { exact: true })).toBeVisible();
  await expect(lastEvent(page)).toHaveText(event(n));

  // The reader's own paging reaches the host page too.
  await card(page).getByRole('button', { name: 'Previous' }).click();
  await expect(lastEvent(page)).toHaveText(event(n - 1));

  // A step past the end is refused with an error event, and the step stays.
  const errors: string[] = [];
  await page.exposeFunction('recordError', (message: string) => errors.push(message));
  await page.evaluate((past) => {
    document.addEventListener('parley:error', (e) =>
      (window as unknown as { recordError: (m: string) => void }).recordError(
        (e as CustomEvent).detail.message,
      ),
    );
    const iframe = document.querySelector('iframe[data-parley-embed]') as HTMLIFrameElement;
    iframe.contentWindow!.postMessage({ type: 'parley:go-to-step', version: 1, step: past }, '*');
  }, count + 1);
  await expect
    .poll(() => errors)
    .toEqual([`story "${story.id}" has ${count} steps; there is no step ${count + 1}`]);
  await expect(card(page).getByText(`Step ${n - 1} of ${count}`, { exact: true })).toBeVisible();

  // The frame fits the card: no scrollbar inside it.
  const noInnerScroll = () =>
    page.frames()[1]!.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1);
  await expect.poll(noInnerScroll).toBe(true);

  // Leaving the story in the frame is an event too.
  await card(page).getByRole('button', { name: 'Explore from here' }).click();
  await expect(lastEvent(page)).toHaveText('left');
});

test('scrolling the article moves the story step by step', async ({ page, baseURL }) => {
  await openArticle(page, baseURL!);
  await expect(card(page)).toBeVisible();
  await page.evaluate(() =>
    (window as unknown as { Parley: { scrollytelling: (f: string) => void } }).Parley.scrollytelling(
      'iframe[data-parley-embed]',
    ),
  );
  for (const n of [2, Math.min(3, count)]) {
    await page.locator(`[data-parley-step="${n}"]`).evaluate((p) => {
      const top = p.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - window.innerHeight / 2 + 10);
    });
    await expect(card(page).getByRole('heading', { level: 3 })).toHaveText(story.steps[n - 1]!.heading);
    await expect(lastEvent(page)).toHaveText(event(n));
  }
});

test('the embedded story passes axe', async ({ page }) => {
  await page.goto(`./?embed=1&story=${story.id}&step=2`);
  await expect(page.getByRole('region', { name: story.title })).toBeVisible();
  expect((await axeScan(page).analyze()).violations).toEqual([]);
});
