import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import { wideFacetDataset } from '../scripts/bench/wide-facet-dataset.ts';
import { generateDataset } from '../scripts/generate-dataset.ts';
import { readBundledDataset } from './bundled-dataset.ts';

test.describe.configure({ timeout: 120_000 });

const filters = (page: Page) => page.getByRole('search', { name: 'Filter rounds' });
const notices = (page: Page) =>
  page.getByRole('status').filter({ has: page.getByRole('button', { name: 'Dismiss' }) });

/** Milliseconds from the dataset's last byte to the timeline's first render of it. */
async function dataToTimeline(page: Page, url: string): Promise<number> {
  await page.goto(url);
  // Loading and validating the dataset may take long on a busy machine; what is timed is what follows it.
  await page.waitForFunction(() => performance.getEntriesByName('timeline-ready', 'mark').length > 0, null, {
    timeout: 60_000,
  });
  // The dataset worker may download it (all but the bundled dataset's checked bytes), and the page's resource
  // timing then does not list it; the app marks its arrival (src/data-access/dataset-arrived-mark.ts).
  return page.evaluate(
    () =>
      performance.getEntriesByName('timeline-ready', 'mark')[0]!.startTime -
      performance.getEntriesByName('dataset-arrived', 'mark')[0]!.startTime,
  );
}

test('a link naming 20,000 unknown people shows the timeline at once, with one summarised notice', async ({
  page,
}) => {
  const known = new Set(readBundledDataset().people.map((p) => p.id));
  const ids = Array.from({ length: 20_000 }, (_, i) => `nobody-${i + 1}`);
  expect(ids.some((id) => known.has(id))).toBe(false);
  // Node's HTTP server (vite preview) refuses a 250 KB request line; the page itself is the same for any
  // query, so the browser gets it from the short address, and the app reads the long one.
  await page.route(/\?person=/, async (route) =>
    route.fulfill({ response: await route.fetch({ url: './' }) }),
  );
  const control = await dataToTimeline(page, './');
  const withIds = await dataToTimeline(page, `./?person=${ids.join(',')}`);
  console.log(
    `data to timeline: ${withIds.toFixed(0)} ms with 20,000 unknown ids, ${control.toFixed(0)} ms without`,
  );
  // The target is 3 s. On a machine so loaded that the plain page alone takes over 2 s (13 s was seen with
  // five checkouts testing at once), the link is held to at most half as long again as the plain page.
  expect(withIds).toBeLessThan(Math.max(3000, control * 1.5));
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();

  const items = notices(page).getByRole('listitem');
  await expect(items).toHaveCount(1);
  await expect(items).toHaveText(
    /^20,000 unknown people were ignored, such as "nobody-1", "nobody-2", "nobody-3" \(known: /,
  );
  await expect(page).not.toHaveURL(/person=/);
  await expect(
    filters(page).getByRole('group', { name: 'People' }).getByRole('checkbox', { checked: true }),
  ).toHaveCount(0);
});

// Invented places in a synthetic dataset: a city whose name holds a comma, and a city named like part of it.
const places = generateDataset(60, 7);
const renamed = [
  'Istanbul, Turkey',
  'Istanbul, Turkey',
  'Istanbul, Turkey',
  'Turkey',
  'Turkey',
  'Washington, D.C.',
];
places.rounds.forEach((round, i) => {
  const city = renamed[i % 12];
  if (city) round.location = { city, country: 'Somewhere' };
});
const placesBody = JSON.stringify(places);
const roundsIn = (city: string) => places.rounds.filter((r) => r.location?.city === city);

test('a place whose name holds a comma, ticked and reloaded, stays the only place ticked', async ({
  page,
}) => {
  await page.route('**/e2e-data/places.json', (route) =>
    route.fulfill({ body: placesBody, contentType: 'application/json; charset=utf-8' }),
  );
  await page.goto('./?data=e2e-data/places.json&view=list');
  const place = filters(page).getByRole('group', { name: 'Place' });
  const showAll = place.getByRole('button', { name: /^Show all / });
  if (await showAll.isVisible()) await showAll.click();
  await place.getByRole('checkbox', { name: 'Istanbul, Turkey', exact: true }).check();
  const expected = roundsIn('Istanbul, Turkey').length;
  expect(expected).toBeGreaterThan(0);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(expected + 1);
  await expect(page).toHaveURL(/place=Istanbul%5C,\+Turkey(&|$)/);

  await page.reload();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(expected + 1);
  const ticked = filters(page).getByRole('group', { name: 'Place' }).getByRole('checkbox', { checked: true });
  await expect(ticked).toHaveCount(1);
  await expect(ticked).toHaveAccessibleName('Istanbul, Turkey');
  await expect(notices(page)).toHaveCount(0);
  await expect(
    page.getByRole('button', { name: 'Remove filter Place: Istanbul, Turkey' }).first(),
  ).toBeVisible();
});

test('a facet of thousands of values shows its top values and a searchable list drawn in part, axe-clean', async ({
  page,
}) => {
  const VALUES = 3000;
  const wide = wideFacetDataset(VALUES, 200);
  await page.route('**/e2e-data/wide.json', (route) =>
    route.fulfill({ body: JSON.stringify(wide), contentType: 'application/json; charset=utf-8' }),
  );
  await page.goto('./?data=e2e-data/wide.json');
  const parties = filters(page).getByRole('group', { name: 'Parties' });
  await expect(parties).toBeVisible({ timeout: 60_000 });
  const showAll = parties.getByRole('button', {
    name: `Show all ${wide.parties.length.toLocaleString('en')}`,
  });
  await expect(showAll).toHaveAttribute('aria-expanded', 'false');
  expect(await parties.getByRole('checkbox').count()).toBeLessThan(20);

  await showAll.click();
  const list = parties.getByRole('list', { name: 'parties' });
  await expect(list.getByRole('checkbox').first()).toBeVisible();
  expect(await list.getByRole('checkbox').count()).toBeLessThan(100);
  await expect(list.getByRole('listitem').first()).toHaveAttribute(
    'aria-setsize',
    String(wide.parties.length),
  );
  expect((await axeScan(page).include('[role="search"]').analyze()).violations).toEqual([]);

  // The arrow keys walk past the rows first drawn; End reaches the last value of all.
  await list.getByRole('checkbox').first().focus();
  for (let i = 0; i < 30; i += 1) await page.keyboard.press('ArrowDown');
  await expect(page.locator('li:has(input:focus)')).toHaveAttribute('aria-posinset', '31');
  // End goes to the last party that sits at a table: the others match no round and cannot be ticked.
  await page.keyboard.press('End');
  const seated = new Set(wide.rounds.flatMap((r) => r.participants.map((p) => p.party)));
  const lastSeated = wide.parties.findLast((p) => seated.has(p.id))!;
  await expect(page.getByRole('checkbox', { name: lastSeated.shortName, exact: true })).toBeFocused();

  const find = parties.getByRole('searchbox', { name: 'Find parties' });
  await find.fill('Wide party 12');
  // Every word of the search must occur in the name: "Wide party 112" and "Wide party 1203" match too.
  const words = ['wide', 'party', '12'];
  const matching = wide.parties.filter((p) =>
    words.every((w) => p.shortName.toLowerCase().includes(w)),
  ).length;
  await expect(
    parties.getByText(`${matching} of ${wide.parties.length.toLocaleString('en')} parties match`),
  ).toBeVisible();
  await list.getByRole('checkbox', { name: 'Wide party 12', exact: true }).check();
  const expected = wide.rounds.filter((r) => r.participants.some((p) => p.party === 'wide-12')).length;
  await expect(page.getByRole('status').filter({ hasText: / of [\d,]+ rounds$/ })).toHaveText(
    `${expected.toLocaleString('en')} of ${wide.rounds.length.toLocaleString('en')} rounds`,
  );
});
