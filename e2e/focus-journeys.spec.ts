import { expect, test, type Locator, type Page } from '@playwright/test';
import { readBundledDataset } from './bundled-dataset.ts';
import { roundsInTimeOrder, sourcesCitedIn } from './dataset-facts.ts';

// WCAG 2.4.3 focus order and 2.4.11 focus not obscured, walked with the keyboard as a reader would.
// Generous limits: axe and a cold page load are slow on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });
const dataset = readBundledDataset();
const ordered = roundsInTimeOrder(dataset);
const [partyA, partyB] = dataset.parties.filter((p) =>
  ordered.some((r) => r.participants.some((x) => x.party === p.id)),
);
const panel = (page: Page) => page.getByRole('region', { name: 'Round details' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const chips = (page: Page) =>
  page.getByRole('list', { name: 'Active filters' }).getByRole('button').filter({ visible: true });
const roundsStatus = (page: Page) => page.getByRole('status').filter({ hasText: / of [\d,]+ rounds?$/ });

/** Focus is on a real control, not on the page body. */
async function expectFocusOnAControl(page: Page) {
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
}

test.describe('focus after a control disappears or is disabled', () => {
  test('"Next round" at the last round hands focus to "Previous round", and back at the first', async ({
    page,
  }) => {
    await page.goto(`./?round=${ordered.at(-2)!.id}`);
    const next = panel(page).getByRole('button', { name: /^Next round/ });
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(ordered.at(-1)!.title);
    await expect(next).toBeDisabled();
    await expect(panel(page).getByRole('button', { name: /^Previous round/ })).toBeFocused();

    await page.goto(`./?round=${ordered[1]!.id}`);
    await panel(page)
      .getByRole('button', { name: /^Previous round/ })
      .focus();
    await page.keyboard.press('Enter');
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(ordered[0]!.title);
    await expect(panel(page).getByRole('button', { name: /^Next round/ })).toBeFocused();
  });

  test('removing a chip in the sidebar focuses the next chip, then the search box; Clear all too', async ({
    page,
  }) => {
    await page.goto(`./?party=${partyA!.id},${partyB!.id}`);
    await expect(chips(page)).toHaveCount(2);
    const second = await chips(page).nth(1).getAttribute('aria-label');
    await chips(page).first().focus();
    await page.keyboard.press('Enter');
    await expect(chips(page)).toHaveCount(1);
    await expect(page.getByRole('button', { name: second! })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(chips(page)).toHaveCount(0);
    await expect(page.getByRole('searchbox', { name: 'Search rounds' })).toBeFocused();

    await page.goto(`./?party=${partyA!.id},${partyB!.id}`);
    await page.getByRole('button', { name: 'Clear all filters' }).focus();
    await page.keyboard.press('Enter');
    await expect(chips(page)).toHaveCount(0);
    await expect(page.getByRole('searchbox', { name: 'Search rounds' })).toBeFocused();
  });

  test('"Remove the last filter" brings the rounds back and focuses the timeline’s mark', async ({
    page,
  }) => {
    await page.goto('./?q=zzqqxxnothing');
    const remove = page.getByRole('button', { name: /^Remove the last filter/ });
    await remove.focus();
    await page.keyboard.press('Enter');
    await expect(timeline(page)).toBeVisible();
    const focused = timeline(page).locator('button:focus');
    await expect(focused).toHaveCount(1);
    await expect(focused).toHaveAttribute('data-round-id', ordered[0]!.id);
  });

  test('"Clear all filters" in the empty result focuses the rounds', async ({ page }) => {
    await page.goto(`./?party=${partyA!.id}&q=zzqqxxnothing`);
    await page
      .getByRole('region', { name: 'No round matches these filters' })
      .getByRole('button', { name: 'Clear all filters' })
      .focus();
    await page.keyboard.press('Enter');
    await expect(timeline(page).locator('button:focus')).toHaveCount(1);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('the last chip removed above the rounds hands focus to the Filters button', async ({ page }) => {
      await page.goto(`./?party=${partyA!.id}`);
      await chips(page).first().focus();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('button', { name: /^Filters/ })).toBeFocused();
    });

    test('"Clear filters" in the round’s notice moves focus to the round’s title', async ({ page }) => {
      const outside = ordered.find((r) => !r.participants.some((p) => p.party === partyA!.id))!;
      await page.goto(`./?party=${partyA!.id}&round=${outside.id}`);
      await page.getByRole('button', { name: 'Clear filters', exact: true }).focus();
      await page.keyboard.press('Enter');
      await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
    });
  });

  test('in an embed, the last chip removed hands focus to the Filters button', async ({ page }) => {
    await page.goto(`./?embed=1&party=${partyA!.id}`);
    await chips(page).first().focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /^Filters/ })).toBeFocused();
    await expectFocusOnAControl(page);
  });
});

/** How much of `target` the `cover` hides, as a share of the target's height (0 = none). */
async function coveredShare(target: Locator, coverTop: number, coverBottom: number): Promise<number> {
  const box = (await target.boundingBox())!;
  const overlap = Math.max(0, Math.min(box.y + box.height, coverBottom) - Math.max(box.y, coverTop));
  return overlap / box.height;
}

test.describe('focus never hidden', () => {
  test('Shift+Tab up through the sources keeps every link below the panel’s sticky toolbar', async ({
    page,
  }) => {
    const round = [...ordered].sort((a, b) => sourcesCitedIn(b).size - sourcesCitedIn(a).size)[0]!;
    await page.goto(`./?round=${round.id}`);
    const sources = panel(page).getByRole('region', { name: 'Sources' }).getByRole('link');
    await expect(panel(page).getByRole('region', { name: 'Sources' }).getByRole('listitem')).toHaveCount(
      sourcesCitedIn(round).size,
    );
    const count = await sources.count();
    expect(count).toBeGreaterThan(5);
    await sources.last().focus();
    const toolbar = panel(page).getByRole('navigation', { name: 'Rounds in time order' }).locator('..');
    for (let step = 0; step < count + 4; step += 1) {
      const bar = (await toolbar.boundingBox())!;
      const focused = page.locator(':focus');
      const inToolbar = await focused.evaluate((el) => !!el.closest('nav, [aria-label="Close details"]'));
      if (!inToolbar) expect(await coveredShare(focused, bar.y, bar.y + bar.height)).toBe(0);
      await page.keyboard.press('Shift+Tab');
    }
  });

  test.describe('on a phone with a round open', () => {
    test.use({ viewport: { width: 390, height: 844 } });

    test('the selected mark, arriving by link, and the Legend summary are focused above the sheet', async ({
      page,
    }) => {
      const round = ordered.at(-1)!;
      await page.goto(`./?round=${round.id}`);
      await expect(panel(page)).toBeVisible();
      const sheetTop = (await panel(page).boundingBox())!.y;
      const selected = timeline(page).locator(`button[data-round-id="${round.id}"]`);
      await page.getByRole('link', { name: 'Skip to the rounds' }).focus();
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      await expect(selected).toBeFocused();
      expect(await coveredShare(selected, sheetTop, 844)).toBe(0);

      const legend = page.locator('summary', { hasText: 'Legend' });
      for (let i = 0; i < 6 && !(await legend.evaluate((el) => el === document.activeElement)); i += 1) {
        await page.keyboard.press('Tab');
      }
      await expect(legend).toBeFocused();
      expect(await coveredShare(legend, sheetTop, 844)).toBe(0);
    });
  });
});

test.describe('status messages on every screen size', () => {
  for (const [name, url, viewport] of [
    ['desktop', './', { width: 1440, height: 900 }],
    ['phone', './', { width: 390, height: 844 }],
    ['embed', './?embed=1', { width: 600, height: 800 }],
  ] as const) {
    test(`${name}: the count and an opened round are announced`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(`${url}${url.includes('?') ? '&' : '?'}party=${partyA!.id}`);
      const matching = ordered.filter((r) => r.participants.some((p) => p.party === partyA!.id));
      await expect(roundsStatus(page)).toHaveText(
        `${matching.length.toLocaleString('en')} of ${ordered.length.toLocaleString('en')} rounds`,
      );
      await page
        .getByRole('button', { name: /^Remove filter/ })
        .filter({ visible: true })
        .first()
        .click();
      await expect(roundsStatus(page)).toHaveText(
        `${ordered.length.toLocaleString('en')} of ${ordered.length.toLocaleString('en')} rounds`,
      );
      const round = ordered[2]!;
      await timeline(page).locator(`button[data-round-id="${round.id}"]`).click();
      await expect(page.getByRole('status').filter({ hasText: 'Details open' })).toHaveText(
        `Details open: ${round.title}`,
      );
    });
  }
});
