import { expect, test, type Locator, type Page } from '@playwright/test';
import { readBundledDataset } from './bundled-dataset.ts';

// A reader on a 390 px phone: the list reads down the screen, the filter sheet never loses its way out, and
// the data's credit (maintainer, licence, when it was updated) is there to read, in the app and in an embed.
test.use({ viewport: { width: 390, height: 844 } });

const dataset = readBundledDataset();
const topicWithMostRounds = dataset.topics
  .map((topic) => ({
    topic,
    rounds: dataset.rounds.filter((r) => r.outcomes.some((o) => o.topic === topic.id)).length,
  }))
  .sort((a, b) => b.rounds - a.rounds)[0]!;

/** Whether the whole of the element is inside the window (not under an edge, not scrolled away). */
async function fullyInWindow(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize()!;
  return (
    box !== null &&
    box.x >= 0 &&
    box.y >= 0 &&
    box.x + box.width <= size.width + 0.5 &&
    box.y + box.height <= size.height + 0.5
  );
}

test('the list of rounds reads without sideways scrolling, every round in it', async ({ page }) => {
  await page.goto('./?view=list');
  const rows = page.getByRole('table').getByRole('row');
  // One header row (read by screen readers, hidden on screen) and a row per round.
  await expect(rows).toHaveCount(dataset.rounds.length + 1);
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement!;
    // The header row is there for screen readers only on a phone (clipped to a pixel), so it is not read on screen.
    const clipped = (el: Element) => {
      const head = el.closest('thead');
      if (!head) return false;
      const style = getComputedStyle(head);
      return style.clipPath !== 'none' || style.clip !== 'auto';
    };
    const wide = [...document.querySelectorAll<HTMLElement>('table, table *')].filter(
      (el) =>
        !clipped(el) &&
        el.getBoundingClientRect().right > window.innerWidth + 0.5 &&
        el.getClientRects().length > 0,
    );
    return { page: root.scrollWidth - root.clientWidth, wide: wide.map((el) => el.tagName).slice(0, 5) };
  });
  expect(overflow).toEqual({ page: 0, wide: [] });
});

test('the filter sheet keeps its header and a "Show N rounds" button in view, N from the filters', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: /^Filters/ }).click();
  const sheet = page.getByRole('dialog', { name: /Filters/ });
  const show = sheet.getByRole('button', { name: `Show ${dataset.rounds.length} rounds` });
  await expect(show).toBeVisible();
  await sheet.getByRole('checkbox', { name: topicWithMostRounds.topic.label, exact: true }).check();
  const showFiltered = sheet.getByRole('button', {
    name: `Show ${topicWithMostRounds.rounds} ${topicWithMostRounds.rounds === 1 ? 'round' : 'rounds'}`,
  });
  await expect(showFiltered).toBeVisible();
  // Down to the last filter and back up: the header's Done and the footer's button stay on screen throughout.
  for (const scrollTop of [0, 400, 100_000]) {
    await sheet.evaluate((dialog, top) => dialog.scrollTo({ top }), scrollTop);
    expect(await fullyInWindow(page, sheet.getByRole('heading', { name: /Filters/ }))).toBe(true);
    expect(await fullyInWindow(page, sheet.getByRole('button', { name: 'Done' }))).toBe(true);
    expect(await fullyInWindow(page, showFiltered)).toBe(true);
  }
  await showFiltered.click();
  await expect(sheet).toBeHidden();
  await expect(page.getByRole('button', { name: /^Remove filter Topic:/ })).toBeVisible();
});

for (const [where, url] of [
  ['the app', './'],
  ['an embed', './?embed=1'],
] as const) {
  test(`${where} names who made the data, its licence and when it was updated`, async ({ page }) => {
    await page.goto(url);
    const credit = page.getByText(`Licence: ${dataset.meta.licence}`);
    await expect(credit).toBeVisible();
    await expect(credit).toContainText(dataset.meta.maintainer.name);
    await expect(credit.locator(`time[datetime="${dataset.meta.updated}"]`)).toBeVisible();
  });
}
