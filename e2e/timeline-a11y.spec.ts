import { expect, test, type Page } from '@playwright/test';
import { readBundledDataset } from './bundled-dataset.ts';
import { generateDataset } from '../scripts/generate-dataset.ts';
import { roundsInTimeOrder } from './dataset-facts.ts';
import { FIXTURE_ORIGIN } from './fixture-server-port.ts';

// Keyboard, tooltip and naming checks of the timeline from the WCAG 2.2 audit (issue #16).
// Generous limits: axe and a cold page load are slow on a shared two-core machine.
test.describe.configure({ timeout: 90_000 });
const dataset = readBundledDataset();
const ordered = roundsInTimeOrder(dataset);
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const markOf = (page: Page, id: string) => timeline(page).locator(`button[data-round-id="${id}"]`).first();
const period = (page: Page) => page.getByTestId('visible-period');

test('a focused mark zoomed out of the window hands focus on, and + − 0 keep working', async ({ page }) => {
  await page.goto('./');
  const first = markOf(page, ordered[0]!.id);
  await first.focus();
  // Zoom in until the first round leaves the window (the zoom keeps the window's centre).
  for (let i = 0; i < 8 && (await first.count()) > 0; i += 1) await page.keyboard.press('+');
  await expect(first).toHaveCount(0);
  const focusedInTimeline = timeline(page).locator(':focus');
  await expect(focusedInTimeline).toHaveCount(1);
  const zoomed = await period(page).textContent();
  await page.keyboard.press('-');
  await expect(period(page)).not.toHaveText(zoomed!);
  await page.keyboard.press('0');
  await expect(markOf(page, ordered[0]!.id)).toBeVisible();
  await expect(timeline(page).locator(':focus')).toHaveCount(1);
});

test('Shift+→ panning a focused mark out of view keeps focus in the timeline', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const stop = timeline(page).locator('button[data-round-id][tabindex="0"]');
  await stop.focus();
  const id = await stop.getAttribute('data-round-id');
  for (let i = 0; i < 6; i += 1) await page.keyboard.press('Shift+ArrowRight');
  await expect(timeline(page).locator(':focus')).toHaveCount(1);
  expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('BODY');
  expect(id).not.toBeNull();
});

test('the tooltip is linked to its mark, stays while hovered, and Escape dismisses it', async ({ page }) => {
  const round = ordered[2]!;
  await page.goto('./');
  const mark = markOf(page, round.id);
  await mark.focus();
  const tooltip = page.getByRole('tooltip');
  await expect(tooltip).toContainText(round.title);
  await expect(mark).toHaveAttribute('aria-describedby', (await tooltip.getAttribute('id'))!);
  // Focus alone: the tooltip sits below the timeline, covering no mark.
  const viewport = (await page.locator('#rounds').boundingBox())!;
  expect((await tooltip.boundingBox())!.y).toBeGreaterThanOrEqual(viewport.y + viewport.height);
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
  await expect(mark).toBeFocused();

  // Hover: the pointer can move from the mark onto the tooltip and it stays.
  await mark.blur();
  await mark.hover();
  await expect(tooltip).toBeVisible();
  const box = (await tooltip.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
  await page.waitForTimeout(600);
  await expect(tooltip).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(tooltip).toHaveCount(0);
});

test('mark names say kind, format and outcome; a pressed mark pressed again un-presses', async ({ page }) => {
  const round = ordered.find((r) => r.format === 'in-person')!;
  await page.goto('./');
  const mark = markOf(page, round.id);
  await expect(mark).toHaveAttribute('aria-label', /— .*In person, outcome: /);
  await mark.click();
  await expect(mark).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('region', { name: 'Round details' })).toBeVisible();
  await mark.click();
  await expect(mark).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('region', { name: 'Round details' })).toHaveCount(0);
});

test('in topic lanes each of a round’s marks names its own topic’s outcome', async ({ page }) => {
  const round = ordered.find((r) => new Set(r.outcomes.map((o) => o.topic)).size > 1)!;
  await page.goto('./?lanes=topic');
  const marks = timeline(page).locator(`button[data-round-id="${round.id}"]`);
  // The marks are drawn once the dataset has been read (off the main thread): wait for them, then read them all.
  await expect(marks.first()).toBeAttached();
  const names = await marks.evaluateAll((els) => els.map((el) => el.getAttribute('aria-label')));
  expect(new Set(names).size).toBe(names.length);
  for (const topicId of new Set(round.outcomes.map((o) => o.topic))) {
    const topic = dataset.topics.find((t) => t.id === topicId)!;
    expect(names.some((n) => n!.includes(`${topic.label}: `))).toBe(true);
  }
});

test('pan buttons move the window without dragging', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Zoom in' }).click();
  const before = await period(page).textContent();
  await page.getByRole('button', { name: 'Earlier' }).click();
  await expect(period(page)).not.toHaveText(before!);
  await page.getByRole('button', { name: 'Later' }).click();
  await expect(period(page)).toHaveText(before!);
  await expect(period(page)).toHaveAttribute('role', 'status');
});

test.describe('the density view (1,000 rounds)', () => {
  const url = `${FIXTURE_ORIGIN}/fixtures/generated-1000.json`;
  const json = JSON.stringify(generateDataset(1000));
  const groupsOf = (page: Page) =>
    timeline(page).getByRole('button', { name: /^[\d,]+ more rounds? in \d{4} — zoom in$/ });
  /** Opens the app on the generated dataset, served from the fixture origin. */
  const openGenerated = async (page: Page) => {
    await page.route(url, (route) =>
      route.fulfill({
        body: json,
        contentType: 'application/json',
        headers: { 'Access-Control-Allow-Origin': '*' },
      }),
    );
    await page.goto(`./?data=${encodeURIComponent(url)}`);
  };

  test('after a drag, its groups name the rounds of the periods now in view', async ({ page }) => {
    await openGenerated(page);
    const groups = groupsOf(page);
    await expect(groups.first()).toBeVisible({ timeout: 20_000 });
    const names = () =>
      groups.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')).join('|'));
    const before = await names();
    const caption = await period(page).textContent();
    // Drag the rounds leftwards by most of the timeline's width: later periods come in, earlier ones leave.
    const box = (await page.locator('[data-bench="timeline-viewport"]').boundingBox())!;
    const y = box.y + 120;
    await page.mouse.move(box.x + box.width * 0.8, y);
    await page.mouse.down();
    for (let step = 1; step <= 10; step += 1)
      await page.mouse.move(box.x + box.width * (0.8 - step * 0.06), y);
    await page.mouse.up();
    await expect(period(page)).not.toHaveText(caption!);
    await expect.poll(names).not.toBe(before);
    // Every group stands for rounds of a year the window now shows, none for a period left behind.
    const [firstYear, lastYear] = [...(await period(page).textContent())!.matchAll(/\d{4}/g)].map(Number);
    for (const name of (await names()).split('|')) {
      const [, count, year] = /^([\d,]+) more rounds? in (\d{4}) — zoom in$/.exec(name)!;
      expect(Number(count!.replaceAll(',', ''))).toBeGreaterThan(0);
      expect(Number(year)).toBeGreaterThanOrEqual(firstYear!);
      expect(Number(year)).toBeLessThanOrEqual(lastYear!);
    }
  });

  test('exposes its rounds as operable text by lane and period, with no empty lane groups', async ({
    page,
  }) => {
    await openGenerated(page);
    const groups = groupsOf(page);
    await expect(groups.first()).toBeVisible({ timeout: 20_000 });
    const lanes = timeline(page).getByRole('group', { name: /^Lane:/ });
    for (const lane of await lanes.all()) expect(await lane.getByRole('button').count()).toBeGreaterThan(0);
    const name = (await groups.first().getAttribute('aria-label'))!;
    const year = /in (\d{4})/.exec(name)![1]!;
    await groups.first().focus();
    await page.keyboard.press('Enter');
    await expect(period(page)).toHaveText(`Showing 1 January ${year} to 31 December ${year}`);
    // Zoomed to that year, its rounds are marks with names of their own again.
    await expect(timeline(page).locator('button[data-round-id]').first()).toHaveAttribute(
      'aria-label',
      new RegExp(year),
    );
  });
});
