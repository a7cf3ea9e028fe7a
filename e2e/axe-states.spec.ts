import { expect, test, type Page } from '@playwright/test';
import { generateDataset } from '../scripts/generate-dataset.ts';
import { axeScan } from './axe-scan.ts';
import { readBundledDataset } from './bundled-dataset.ts';
import { roundsInTimeOrder } from './dataset-facts.ts';
import { FIXTURE_ORIGIN } from './fixture-server-port.ts';

// One axe scan per state of the app (every view, panel, sheet, dialog, embed, error and density view),
// in light, dark and with reduced motion: WCAG 2.2 AA and axe's best practices, including the Embed dialog.
// Generous limits: axe and a cold page load are slow on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });
const dataset = readBundledDataset();
const ordered = roundsInTimeOrder(dataset);
const round = ordered[Math.floor(ordered.length / 2)]!;
const party = dataset.parties.find((p) => ordered.some((r) => r.participants.some((x) => x.party === p.id)))!;
const DENSE_URL = `${FIXTURE_ORIGIN}/fixtures/generated-1000.json`;
const BROKEN_URL = `${FIXTURE_ORIGIN}/domain-fixtures/unknown-party.json`;
const phone = { width: 390, height: 844 };
const embedSize = { width: 640, height: 900 };

const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const details = (page: Page) => page.getByRole('region', { name: 'Round details' });
const timelineReady = (page: Page) =>
  expect(timeline(page).locator('button[data-round-id]').first()).toBeVisible({ timeout: 30_000 });

interface State {
  name: string;
  url: string;
  viewport?: { width: number; height: number };
  /** Brings the page into the state and waits until it is drawn. */
  reach: (page: Page) => Promise<void>;
}

const states: State[] = [
  { name: 'timeline', url: './', reach: timelineReady },
  {
    name: 'timeline with a round open',
    url: `./?round=${round.id}`,
    reach: async (page) => {
      await timelineReady(page);
      await expect(details(page).getByRole('heading', { level: 2 })).toHaveText(round.title);
    },
  },
  {
    name: 'timeline zoomed in',
    url: './',
    reach: async (page) => {
      await timelineReady(page);
      await page.getByRole('button', { name: 'Zoom in' }).click();
      await page.getByRole('button', { name: 'Zoom in' }).click();
    },
  },
  { name: 'topic lanes', url: './?lanes=topic', reach: timelineReady },
  { name: 'place lanes', url: './?lanes=place', reach: timelineReady },
  { name: 'filters as chips', url: `./?party=${party.id}&q=a`, reach: timelineReady },
  { name: 'non-matching rounds dimmed', url: `./?party=${party.id}&unmatched=dim`, reach: timelineReady },
  {
    name: 'no round matches',
    url: './?q=zzqqxxnothing',
    reach: (page) =>
      expect(page.getByRole('heading', { name: 'No round matches these filters' })).toBeVisible(),
  },
  {
    name: 'list',
    url: './?view=list',
    reach: (page) => expect(page.getByRole('table')).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'list with a round open',
    url: `./?view=list&round=${round.id}`,
    reach: (page) => expect(details(page)).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'density view (1,000 rounds)',
    url: `./?data=${encodeURIComponent(DENSE_URL)}`,
    reach: (page) => expect(timeline(page)).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'the Embed dialog',
    url: './',
    reach: async (page) => {
      await timelineReady(page);
      await page.getByRole('button', { name: 'Embed', exact: true }).click();
      await expect(page.getByRole('dialog', { name: 'Embed this view' }).getByRole('textbox')).toBeVisible();
    },
  },
  {
    name: 'the error view',
    url: `./?data=${encodeURIComponent(BROKEN_URL)}`,
    reach: (page) => expect(page.getByRole('button', { name: 'Retry' })).toBeVisible(),
  },
  { name: 'phone timeline', url: './', viewport: phone, reach: timelineReady },
  {
    name: 'phone with the sheet open',
    url: `./?round=${round.id}`,
    viewport: phone,
    reach: (page) => expect(details(page)).toBeVisible({ timeout: 30_000 }),
  },
  {
    name: 'phone filters sheet',
    url: `./?party=${party.id}`,
    viewport: phone,
    reach: async (page) => {
      await timelineReady(page);
      await page.getByRole('button', { name: /^Filters/ }).click();
      await expect(page.getByRole('dialog', { name: /^Filters/ })).toBeVisible();
    },
  },
  // Embeds are light unless told otherwise; theme=auto lets the dark variant scan the dark embed.
  {
    name: 'embed',
    url: `./?embed=1&theme=auto&party=${party.id}`,
    viewport: embedSize,
    reach: timelineReady,
  },
  {
    name: 'embed with the filters open',
    url: `./?embed=1&theme=auto&party=${party.id}`,
    viewport: embedSize,
    reach: async (page) => {
      await timelineReady(page);
      await page.getByRole('button', { name: /^Filters/ }).click();
      await expect(page.getByRole('region', { name: /^Filters/ })).toBeVisible();
    },
  },
  {
    name: 'embed with a round open',
    url: `./?embed=1&theme=auto&round=${round.id}`,
    viewport: embedSize,
    reach: (page) => expect(details(page)).toBeVisible({ timeout: 30_000 }),
  },
];

const variants = [
  { name: 'light', use: { colorScheme: 'light' as const } },
  { name: 'dark', use: { colorScheme: 'dark' as const } },
  { name: 'reduced motion', use: { colorScheme: 'light' as const, reducedMotion: 'reduce' as const } },
];

const denseJson = JSON.stringify(generateDataset(1000));

for (const variant of variants) {
  test.describe(`axe, ${variant.name}`, () => {
    test.use(variant.use);
    for (const state of states) {
      test(state.name, async ({ page }) => {
        await page.route(DENSE_URL, (route) =>
          route.fulfill({
            body: denseJson,
            contentType: 'application/json',
            headers: { 'Access-Control-Allow-Origin': '*' },
          }),
        );
        if (state.viewport) await page.setViewportSize(state.viewport);
        await page.goto(state.url);
        await state.reach(page);
        const results = await axeScan(page).analyze();
        expect(
          results.violations.map((v) => ({ rule: v.id, nodes: v.nodes.map((n) => n.target.join(' ')) })),
        ).toEqual([]);
      });
    }
  });
}
