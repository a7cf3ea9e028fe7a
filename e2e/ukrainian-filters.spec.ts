import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { enFilterPanel } from '../src/i18n/en-filter-panel.ts';
import { enFilters } from '../src/i18n/en-filters.ts';
import { enList } from '../src/i18n/en-list.ts';
import { uk } from '../src/i18n/uk.ts';
import { readBundledDataset } from './bundled-dataset.ts';

// The filters, the filter sheet, the list and the notices about a link's filters in Ukrainian. Expected words
// come from the catalogue and counts from the data, never from what the page prints.
test.describe.configure({ timeout: 90_000 });
const dataset = readBundledDataset() as ReturnType<typeof readBundledDataset> & {
  translations: {
    uk: {
      topics: Record<string, { label: string }>;
      parties: Record<string, { shortName: string }>;
      places: Record<string, string>;
    };
  };
};
const translated = dataset.translations.uk;
const total = dataset.rounds.length;
const topic = dataset.topics.find((t) => translated.topics[t.id])!;
const topicLabel = translated.topics[topic.id]!.label;
const withTopic = dataset.rounds.filter((r) => r.outcomes.some((o) => o.topic === topic.id));
// A topic and a party no round has together, for the empty result.
const party = dataset.parties.find(
  (p) =>
    translated.parties[p.id] &&
    !withTopic.some((r) => r.participants.some((x) => x.party === p.id)) &&
    dataset.rounds.some((r) => r.participants.some((x) => x.party === p.id)),
)!;

/** Every fixed English string of this part (functions are checked through what they make in Ukrainian). */
function englishStrings(messages: object): string[] {
  return Object.values(messages).flatMap((value: unknown) =>
    typeof value === 'string'
      ? [value]
      : value !== null && typeof value === 'object'
        ? englishStrings(value)
        : [],
  );
}
// Words the Ukrainian data may also contain as a name are left out: none of these is one.
const english = [...new Set(englishStrings({ ...enFilters, ...enFilterPanel, ...enList }))];

async function expectNoEnglish(page: Page) {
  for (const text of english) {
    await expect(page.getByText(text, { exact: true }).filter({ visible: true }), text).toHaveCount(0);
    await expect(page.locator(`[aria-label="${text.replace(/"/g, '\\"')}"]`), text).toHaveCount(0);
  }
}

const panel = (page: Page) => page.getByRole('search', { name: uk.filterRounds });

test.describe('wide screen', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('the filter panel, chips and list are in Ukrainian', async ({ page }) => {
    await page.goto('./?lang=uk&view=list');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await expect(panel(page)).toBeVisible({ timeout: 30_000 });
    for (const heading of [
      uk.listColumnDate,
      uk.listColumnRound,
      uk.listColumnPlace,
      uk.listColumnParticipants,
      uk.listColumnTopics,
      uk.listColumnOutcome,
    ])
      await expect(page.getByRole('columnheader', { name: heading, exact: true })).toHaveCount(1);
    await expect(page.getByRole('table', { name: uk.listCaption })).toBeVisible();
    await expect(panel(page).getByRole('searchbox', { name: uk.filterSearchRounds })).toBeVisible();
    await expect(panel(page).getByRole('group', { name: uk.filterFacet.parties.legend })).toBeVisible();
    await expect(panel(page).getByRole('group', { name: uk.filterDates })).toBeVisible();
    await expect(panel(page).getByRole('slider', { name: uk.filterRangeStart })).toBeVisible();
    await expect(panel(page).getByRole('slider', { name: uk.filterRangeEnd })).toBeVisible();
    await expect(panel(page).getByText(uk.roundsOf(total, total))).toBeVisible();
    await expect(
      panel(page)
        .getByRole('button', { name: /^Показати всі \(/ })
        .first(),
    ).toBeVisible();

    await panel(page).getByRole('checkbox', { name: topicLabel, exact: true }).check();
    await expect(page.getByTestId('rounds-status')).toHaveText(uk.roundsOf(withTopic.length, total));
    await expect(page.getByRole('table').getByRole('row')).toHaveCount(withTopic.length + 1);
    const chip = uk.removeFilter(`${uk.filterFacetName.topics}: ${topicLabel}`);
    await expect(page.getByRole('button', { name: chip }).first()).toBeVisible();
    await expect(page.getByRole('list', { name: uk.activeFiltersLabel }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: uk.clearAllFilters }).first()).toBeVisible();
    await expectNoEnglish(page);

    await page.screenshot({ path: 'test-results/ukrainian-filters-1440.png', fullPage: false });
    const results = await axeScan(page).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('places are named in Ukrainian, in Ukrainian order, and their chip too', async ({ page }) => {
    const cities = [...new Set(dataset.rounds.flatMap((r) => (r.location?.city ? [r.location.city] : [])))];
    const named = cities.map((city) => translated.places[city] ?? city);
    const city = cities.find((c) => translated.places[c] !== undefined)!;
    const cityName = translated.places[city]!;
    const withCity = dataset.rounds.filter((r) => r.location?.city === city);
    await page.goto('./?lang=uk&view=list');
    const places = panel(page).getByRole('group', { name: uk.filterFacet.places.legend });
    await places.getByRole('button', { name: /^Показати всі \(/ }).click();
    const boxes = places.getByRole('checkbox');
    await expect(boxes).toHaveCount(cities.length);
    const expected = named.sort(new Intl.Collator('uk').compare);
    for (const [at, name] of expected.entries()) await expect(boxes.nth(at)).toHaveAccessibleName(name);
    await places.getByRole('checkbox', { name: cityName, exact: true }).check();
    await expect(page.getByTestId('rounds-status')).toHaveText(uk.roundsOf(withCity.length, total));
    const chip = uk.removeFilter(`${uk.filterFacetName.places}: ${cityName}`);
    await expect(page.getByRole('button', { name: chip }).first()).toBeVisible();
    // The link keeps the place as the rounds write it.
    expect(new URL(page.url()).searchParams.get('place')).toBe(city);
  });

  test('the empty result names the filters in Ukrainian and takes back the last one', async ({ page }) => {
    await page.goto(`./?lang=uk&view=list&topic=${topic.id}&party=${party.id}`);
    await expect(page.getByRole('heading', { name: uk.noMatchHeading })).toBeVisible({ timeout: 30_000 });
    const partyLabel = `${uk.filterFacetName.parties}: ${translated.parties[party.id]!.shortName}`;
    const topicChip = `${uk.filterFacetName.topics}: ${topicLabel}`;
    await expect(page.getByText(uk.noMatchAll(`${topicChip}; ${partyLabel}`))).toBeVisible();
    await expectNoEnglish(page);
    const results = await axeScan(page).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: uk.removeLastFilter(partyLabel) }).click();
    await expect(page.getByTestId('rounds-status')).toHaveText(uk.roundsOf(withTopic.length, total));
  });

  test('a link with unknown filter values says what was dropped, counted in Ukrainian', async ({ page }) => {
    const unknown = ['p-1', 'p-2', 'p-3', 'p-4', 'p-5'];
    await page.goto(`./?lang=uk&party=${unknown.join(',')}`);
    const notices = page.getByRole('status').filter({ has: page.getByRole('button', { name: uk.dismiss }) });
    await expect(notices.getByRole('listitem').first()).toBeVisible({ timeout: 30_000 });
    await expect(notices).toContainText(
      `Пропущено 5 невідомих сторін, як-от ${unknown.slice(0, 3).map(uk.noticeQuoted).join(', ')} (відомі: `,
    );
  });
});

test.describe('phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the filter sheet is in Ukrainian, with its counts in plural forms', async ({ page }) => {
    await page.goto('./?lang=uk&view=list');
    await expect(page.locator('html')).toHaveAttribute('lang', 'uk');
    await page.getByRole('button', { name: new RegExp(`^${uk.filters}`) }).click();
    const sheet = page.getByRole('dialog', { name: uk.filtersHeading(0) });
    await expect(sheet).toBeVisible();
    await expect(sheet.getByRole('button', { name: uk.filtersDone })).toBeVisible();
    await expect(sheet.getByRole('button', { name: uk.filtersShowRounds(total) })).toBeVisible();
    await sheet.getByRole('checkbox', { name: topicLabel, exact: true }).check();
    await expect(page.getByRole('dialog', { name: uk.filtersHeading(1) })).toBeVisible();
    await expect(sheet.getByRole('button', { name: uk.filtersShowRounds(withTopic.length) })).toBeVisible();
    await expectNoEnglish(page);
    await page.screenshot({ path: 'test-results/ukrainian-filters-390.png' });
    const results = await axeScan(page).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });
});
