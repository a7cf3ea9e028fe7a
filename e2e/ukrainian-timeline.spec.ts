import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { generateDataset } from '../scripts/generate-dataset.ts';
import type { Round } from '../src/domain/schema.ts';
import { enTimeline } from '../src/i18n/en-timeline.ts';
import { enTimelineLegend } from '../src/i18n/en-timeline-legend.ts';
import { uk } from '../src/i18n/uk.ts';
import { readBundledDataset } from './bundled-dataset.ts';
import { roundsInTimeOrder } from './dataset-facts.ts';

// The timeline in Ukrainian: its region, lanes, marks' names and tooltips, density groups, zoom hint, keys line
// and legend. Expected words come from the catalogue and counts from the dataset, never from the page.
test.describe.configure({ timeout: 120_000 });
const dataset = readBundledDataset() as ReturnType<typeof readBundledDataset> & {
  translations: { uk: { rounds: Record<string, { title: string }> } };
};
const ordered = roundsInTimeOrder(dataset);
const translated = dataset.translations.uk;
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every plain string of a catalogue part, nested ones included: none of them may show in Ukrainian. */
function staticStrings(part: object): string[] {
  return Object.values(part).flatMap((value: unknown) =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? staticStrings(value) : [],
  );
}
const englishWords = [...staticStrings(enTimeline), ...staticStrings(enTimelineLegend)];

/** The month of a round's first day as Ukrainian writes it in a date ("травня"), from the browser's Intl. */
function ukMonthInDate(round: Round): string {
  const parts = new Intl.DateTimeFormat('uk', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).formatToParts(new Date(`${round.date.slice(0, 10)}T00:00:00Z`));
  return parts.find((p) => p.type === 'month')!.value;
}

const timeline = (page: Page) => page.getByRole('region', { name: uk.timeline });
const ready = (page: Page) =>
  expect(page.locator('button[data-round-id]').first()).toBeVisible({ timeout: 30_000 });

async function expectNoEnglish(page: Page) {
  for (const words of englishWords) {
    await expect(page.getByText(words, { exact: true }), words).toHaveCount(0);
  }
  await expect(page.getByRole('group', { name: /^Lane:/ })).toHaveCount(0);
  await expect(page.getByRole('button', { name: /outcome: |does not match the filters/ })).toHaveCount(0);
}

test('marks, lanes, keys line and tooltip speak Ukrainian', async ({ page }) => {
  await page.goto('./?lang=uk&lanes=place');
  await ready(page);
  const region = timeline(page);
  await expect(region).toBeVisible();
  await expect(region.getByText(uk.keysLine)).toBeVisible();

  // One lane heading per place the rounds meet in, and one for those without a city, named in Ukrainian.
  const places = new Set(
    ordered.map((r) => (r.location?.city ? `${r.location.city}|${r.location.country}` : '')),
  );
  await expect(region.locator('[data-lane-heading]')).toHaveCount(places.size);
  if (places.has('')) await expect(region.getByText(uk.laneNoPlace, { exact: true })).toBeVisible();
  const groups = region.getByRole('group', { name: new RegExp(`^${escape(uk.lane(''))}`) });
  expect(await groups.count()).toBeGreaterThan(0);

  // A mark: the Ukrainian title, then the kind and the outcome in Ukrainian.
  const buttons = region.locator('button[data-round-id]');
  const ids = await buttons.evaluateAll((els) => els.map((el) => el.getAttribute('data-round-id')!));
  const round = ordered.find((r) => ids.includes(r.id) && translated.rounds[r.id])!;
  const mark = region.locator(`button[data-round-id="${round.id}"]`);
  const title = translated.rounds[round.id]!.title;
  const outcome = new RegExp(
    `${escape(uk.markOutcome(''))}(${escape(uk.markNoOutcome)}|${Object.values(uk.vocabulary.outcomeStatus).map(escape).join('|')})$`,
  );
  await expect(mark).toHaveAccessibleName(
    new RegExp(`^${escape(title)}, .* — ${escape(uk.vocabulary.kind[round.kind])}`),
  );
  await expect(mark).toHaveAccessibleName(outcome);
  await expect(mark).toHaveAccessibleName(new RegExp(ukMonthInDate(round)));

  // Its tooltip: the date in Ukrainian words with how exactly it is known, and the kind.
  await mark.hover();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(title);
  await expect(tooltip).toContainText(ukMonthInDate(round));
  await expect(tooltip).toContainText(uk.vocabulary.kind[round.kind]);
  await expect(tooltip).toContainText(
    new RegExp(
      `${escape(uk.dates.exactDate)}|${escape(uk.dates.approximateDate)}|${escape(uk.dates.dayRange(9).replace(/\d.*$/, ''))}`,
    ),
  );
  await expectNoEnglish(page);

  // Wheeling over the timeline scrolls the page and says how to zoom, in Ukrainian.
  const box = (await page.locator('[data-bench="timeline-viewport"]').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 20);
  await page.mouse.wheel(0, 300);
  await expect(region.getByRole('status').filter({ hasText: uk.zoomHintOther })).toBeVisible();
});

test('the legend lists every encoding in Ukrainian', async ({ page }) => {
  await page.goto('./?lang=uk');
  await ready(page);
  const items = (name: string) => page.getByRole('list', { name }).getByRole('listitem');
  await expect(page.getByRole('heading', { name: uk.legendShape })).toBeVisible();
  await expect(items(uk.legendShapes)).toHaveText([
    ...Object.values(uk.legendKind),
    uk.legendRange,
    uk.legendApproximate,
    uk.legendDensity,
  ]);
  await expect(items(uk.legendFormats)).toHaveText(Object.values(uk.vocabulary.format));
  const [held, ...notHeld] = Object.values(uk.vocabulary.roundStatus);
  await expect(items(uk.legendMeetings)).toHaveText([uk.legendHeld(held!), ...notHeld]);
  const outcomes = Object.values(uk.vocabulary.outcomeStatus);
  await expect(items(uk.legendOutcomes)).toHaveCount(outcomes.length + 1);
  await expect(items(uk.legendOutcomes).last()).toHaveText(uk.legendNoOutcome);
  for (const [i, word] of outcomes.entries())
    await expect(items(uk.legendOutcomes).nth(i)).toContainText(word);
  await expectNoEnglish(page);
});

test('the density view names its groups in Ukrainian', async ({ page }) => {
  const body = JSON.stringify(generateDataset(3000));
  await page.route('**/e2e-data/large.json', (route) =>
    route.fulfill({ body, contentType: 'application/json; charset=utf-8' }),
  );
  await page.goto('./?lang=uk&data=e2e-data/large.json');
  const region = timeline(page);
  await expect(region).toBeVisible({ timeout: 60_000 });
  // "ще 14 раундів: березень 2025 — збільшити", in the catalogue's words.
  const sample = uk.densityGroup(7, '\u0000');
  const lead = escape(sample.split('7')[0]!);
  const tail = escape(sample.split('\u0000')[1]!);
  const groups = region.getByRole('button', { name: new RegExp(`^${lead}\\d[^:]*: .+${tail}$`) });
  await expect.poll(() => groups.count(), { timeout: 60_000 }).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: /more rounds? in .* — zoom in/ })).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing on the Ukrainian timeline with its tooltip and legend, ${colorScheme}`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.goto('./?lang=uk&lanes=place');
    await ready(page);
    await page.locator('button[data-round-id]').first().hover();
    await expect(page.getByRole('tooltip')).toBeVisible();
    const results = await axeScan(page).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
}
