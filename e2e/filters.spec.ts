import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import type { Round } from '../src/domain/schema.ts';
import { readBundledDataset } from './bundled-dataset.ts';

const dataset = readBundledDataset();
const filters = (page: Page) => page.getByRole('search', { name: 'Filter rounds' });
const tableTitles = async (page: Page) =>
  (await page.getByRole('table').getByRole('row').getByRole('button').allTextContents()).sort();
const titlesOf = (rounds: Round[]) => rounds.map((r) => r.title).sort();

const ceasefire = dataset.topics.find((t) => t.label === 'Ceasefire')!;
const russia = dataset.parties.find((p) => p.id === 'ru')!;
const withCeasefire = dataset.rounds.filter((r) => r.outcomes.some((o) => o.topic === ceasefire.id));

/** Folds case and accents the way a reader expects search to: "İbrahim Kalın" → "ibrahim kalin". */
const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i').toLowerCase();

test('choosing a topic leaves exactly the rounds whose data lists it, and a party narrows them', async ({
  page,
}) => {
  await page.goto('./?view=list');
  await filters(page).getByRole('checkbox', { name: ceasefire.label, exact: true }).check();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(withCeasefire.length + 1);
  expect(await tableTitles(page)).toEqual(titlesOf(withCeasefire));
  await expect(page.getByRole('status').filter({ hasText: / of [\d,]+ rounds$/ })).toHaveText(
    `${withCeasefire.length.toLocaleString('en')} of ${dataset.rounds.length.toLocaleString('en')} rounds`,
  );

  const narrowed = withCeasefire.filter((r) => r.participants.some((p) => p.party === russia.id));
  await filters(page).getByRole('checkbox', { name: russia.shortName, exact: true }).check();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(narrowed.length + 1);
  expect(await tableTitles(page)).toEqual(titlesOf(narrowed));
  await expect(page).toHaveURL(
    new RegExp(`topic=${ceasefire.id}&party=${russia.id}|party=${russia.id}.*topic=${ceasefire.id}`),
  );
});

test('a name typed without its diacritics finds the rounds of that person', async ({ page }) => {
  const person = dataset.people.find((p) => fold(p.name) !== p.name.toLowerCase())!;
  const typed = fold(person.name);
  const theirs = dataset.rounds.filter((r) => JSON.stringify(r).includes(`"${person.id}"`));
  expect(theirs.length).toBeGreaterThan(0);
  await page.goto('./?view=list');
  await filters(page).getByRole('searchbox', { name: 'Search rounds' }).fill(typed);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`q=${typed.replace(' ', '(\\+|%20)')}`));
  const found = await tableTitles(page);
  for (const title of titlesOf(theirs)) expect(found).toContain(title);
  // Every result names the person somewhere: as a delegate or speaker, or in its text.
  const names = new Map(dataset.people.map((p) => [p.id, p.name]));
  for (const title of found) {
    const round = dataset.rounds.find((r) => r.title === title)!;
    const text = JSON.stringify(round).replace(/"([a-z0-9-]+)"/g, (m, id: string) => names.get(id) ?? m);
    expect(fold(text)).toContain(typed.split(' ').at(-1));
  }

  // A delegation head's name in lower case finds every round they led.
  const head = 'rustem-umerov';
  const led = dataset.rounds.filter((r) =>
    r.participants.some((p) => p.delegation?.some((d) => d.person === head && d.head)),
  );
  const headName = dataset.people.find((p) => p.id === head)!.name;
  await filters(page).getByRole('searchbox', { name: 'Search rounds' }).fill(headName.toLowerCase());
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=rustem/);
  const foundLed = await tableTitles(page);
  for (const title of titlesOf(led)) expect(foundLed).toContain(title);
});

test('filters survive a reload, and Back undoes the last filter change', async ({ page }) => {
  await page.goto('./?view=list');
  await filters(page).getByRole('checkbox', { name: ceasefire.label, exact: true }).check();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(withCeasefire.length + 1);
  await page.reload();
  await expect(filters(page).getByRole('checkbox', { name: ceasefire.label, exact: true })).toBeChecked();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(withCeasefire.length + 1);
  await page.goBack();
  await expect(filters(page).getByRole('checkbox', { name: ceasefire.label, exact: true })).not.toBeChecked();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(dataset.rounds.length + 1);
});

test('unknown values in the URL are ignored with a visible notice', async ({ page }) => {
  await page.goto('./?view=list&topic=cease-fire,' + ceasefire.id);
  await expect(page.getByText(/Ignored topic "cease-fire"/)).toBeVisible();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(withCeasefire.length + 1);
});

test('a filter that matches nothing explains itself and offers to remove the last filter', async ({
  page,
}) => {
  await page.goto('./?view=list');
  await filters(page).getByRole('searchbox', { name: 'Search rounds' }).fill('zzzz-no-such-word');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('table')).toHaveCount(0);
  await page.getByRole('button', { name: /Remove the last filter/ }).click();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(dataset.rounds.length + 1);
});

test('mending a search that matched nothing, on a link, keeps the search box and its focus as the timeline comes', async ({
  page,
}) => {
  // The page opens on an empty result, so the filters come at once; the timeline first draws after the edit.
  await page.goto('./?q=zzzz-no-such-word');
  const search = filters(page).getByRole('searchbox', { name: 'Search rounds' });
  await expect(search).toHaveValue('zzzz-no-such-word');
  await search.clear();
  await page.keyboard.type('Istanbul');
  await expect(page.getByRole('region', { name: 'Timeline' })).toBeVisible();
  await expect(search).toBeFocused();
  await expect(search).toHaveValue('Istanbul');
});

test('dimming keeps rounds that do not match on the timeline', async ({ page }) => {
  await page.goto(`./?topic=${ceasefire.id}`);
  const marks = page
    .getByRole('region', { name: 'Timeline' })
    .getByRole('group', { name: /^Lane:/ })
    .getByRole('button');
  await expect(marks).toHaveCount(withCeasefire.length);
  await page
    .getByRole('complementary', { name: 'Filters' })
    .getByRole('combobox', { name: 'Non-matching rounds' })
    .selectOption('dim');
  await expect(marks).toHaveCount(dataset.rounds.length);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the filters open in a sheet that passes axe', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: /^Filters/ }).click();
    const sheet = page.getByRole('dialog', { name: /Filters/ });
    await expect(sheet).toBeVisible();
    await sheet.getByRole('checkbox', { name: ceasefire.label, exact: true }).check();
    await expect(sheet.getByRole('status')).toHaveText(
      `${withCeasefire.length.toLocaleString('en')} of ${dataset.rounds.length.toLocaleString('en')} rounds`,
    );
    expect((await axeScan(page).analyze()).violations).toEqual([]);
    await sheet.getByRole('button', { name: 'Done' }).click();
    await expect(sheet).toBeHidden();
    await expect(page.getByRole('button', { name: /Remove filter Topic: Ceasefire/ })).toBeVisible();
  });
});

test('typing a search is one step back, not one per pause', async ({ page }) => {
  await page.goto('./?view=list');
  const search = filters(page).getByRole('searchbox', { name: 'Search rounds' });
  for (const letter of 'istanbul') {
    await search.press(letter);
    await page.waitForTimeout(200);
  }
  await expect(page).toHaveURL(/q=istanbul/);
  await page.goBack();
  await expect(page).toHaveURL(/\?view=list$/);
});

test('closing a hidden round before the list has arrived leaves focus on the list, also once it is here', async ({
  page,
}) => {
  const hidden = dataset.rounds.find((r) => !r.outcomes.some((o) => o.topic === ceasefire.id))!;
  // The list is a chunk of its own: held back until the round is closed.
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/rounds-table-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(`./?view=list&round=${hidden.id}&topic=${ceasefire.id}`);
  const details = page.getByRole('region', { name: 'Round details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(hidden.title);
  await expect(page.getByRole('status').filter({ hasText: 'Loading the list' })).toBeVisible();
  await details.getByRole('button', { name: 'Close details' }).focus();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(page.locator('#rounds')).toBeFocused();
  release();
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(withCeasefire.length + 1);
  await expect(page.locator('#rounds')).toBeFocused();
});

test('closing the details of a round the filters hide puts focus on the rounds', async ({ page }) => {
  const hidden = dataset.rounds.find((r) => !r.outcomes.some((o) => o.topic === ceasefire.id))!;
  await page.goto(`./?view=list&round=${hidden.id}&topic=${ceasefire.id}`);
  const details = page.getByRole('region', { name: 'Round details' });
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(hidden.title);
  await expect(page.getByText('This round does not match the current filters')).toBeVisible();
  await details.getByRole('button', { name: 'Close details' }).focus();
  await page.keyboard.press('Escape');
  await expect(details).toHaveCount(0);
  await expect(page.locator('#rounds')).toBeFocused();
});
