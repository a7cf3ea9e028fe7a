import { expect, test, type Page } from '@playwright/test';
import { axeScan } from './axe-scan.ts';
import type { Story } from '../src/domain/schema.ts';
import { readBundledDataset } from './bundled-dataset.ts';
import { dayInWords, escapeRegExp } from './dataset-facts.ts';

const dataset = readBundledDataset();
const story: Story = dataset.stories![0]!;
const count = story.steps.length;
const titleOf = (roundId: string) => dataset.rounds.find((r) => r.id === roundId)!.title;

const card = (page: Page) => page.getByRole('region', { name: story.title });
const stepHeading = (page: Page) => card(page).getByRole('heading', { level: 3 });
const period = (page: Page) => page.getByTestId('visible-period');
const timeline = (page: Page) => page.getByRole('region', { name: 'Timeline' });
const mark = (page: Page, roundId: string) =>
  timeline(page).getByRole('button', { name: new RegExp(`^${escapeRegExp(titleOf(roundId))},`) });

/** What step n (from 1) must show, read from the data file: heading, text, URL and view. */
async function expectStep(page: Page, n: number) {
  const step = story.steps[n - 1]!;
  await expect(card(page).getByText(`Step ${n} of ${count}`, { exact: true })).toBeVisible();
  await expect(stepHeading(page)).toHaveText(step.heading);
  await expect(card(page).getByText(step.narrative[0]!.text, { exact: false })).toBeVisible();
  const url = new URL(page.url());
  expect(url.searchParams.get('story')).toBe(story.id);
  expect(url.searchParams.get('step')).toBe(String(n));
  expect(url.searchParams.get('round')).toBe(step.view?.round ?? null);
  expect(url.searchParams.get('start')).toBe(step.view?.window?.start ?? null);
  expect(url.searchParams.get('end')).toBe(step.view?.window?.end ?? null);
  const window = step.view?.window;
  if (window) {
    await expect(period(page)).toHaveText(`Showing ${dayInWords(window.start)} to ${dayInWords(window.end)}`);
  }
  if (step.view?.round)
    await expect(mark(page, step.view.round).first()).toHaveAttribute('aria-pressed', 'true');
}

test.use({ reducedMotion: 'reduce' });

test('the Story button starts the bundled story at its first step, with its intro and sources', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: new RegExp(`^Story: ${escapeRegExp(story.title)}$`) }).click();
  await expect(card(page)).toBeVisible();
  await expectStep(page, 1);
  await expect(card(page).getByText(story.intro[0]!.text, { exact: false })).toBeVisible();
  const cited = new Set([...story.intro, ...story.steps[0]!.narrative].flatMap((p) => p.sources));
  await expect(
    card(page).getByRole('region', { name: 'Sources of this step' }).getByRole('listitem'),
  ).toHaveCount(cited.size);
  // While the story is told, the card takes the place of the round's detail panel.
  await expect(page.getByRole('region', { name: 'Round details' })).toHaveCount(0);
});

test('Next and → go forward, Previous and ← go back, each changing the URL and the view', async ({
  page,
}) => {
  await page.goto(`./?story=${story.id}`);
  await expectStep(page, 1);
  await card(page).getByRole('button', { name: 'Next' }).click();
  await expectStep(page, 2);
  // What a screen reader hears on arriving: where the reader is, and the step's heading.
  await expect(card(page).getByText(`Step 2 of ${count}: ${story.steps[1]!.heading}`)).toHaveAttribute(
    'aria-live',
    'polite',
  );
  await page.keyboard.press('ArrowRight');
  await expectStep(page, 3);
  await card(page).getByRole('button', { name: 'Previous' }).click();
  await expectStep(page, 2);
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 1);
  // At the first step there is nothing before, and Previous says so.
  await expect(card(page).getByRole('button', { name: 'Previous' })).toHaveAttribute('aria-disabled', 'true');
  await page.keyboard.press('ArrowLeft');
  await expectStep(page, 1);
  // Back steps through the story as the reader went.
  await card(page).getByRole('button', { name: 'Next' }).click();
  await expectStep(page, 2);
  await page.goBack();
  await expectStep(page, 1);
});

test('every step can be reached, and reloading a step’s URL returns to it', async ({ page }) => {
  await page.goto(`./?story=${story.id}&step=${count}`);
  await expectStep(page, count);
  await expect(card(page).getByRole('button', { name: 'Next' })).toHaveAttribute('aria-disabled', 'true');
  for (let n = count - 1; n >= 1; n -= 1) {
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, n);
  }
  const middle = Math.ceil(count / 2);
  await page.goto(`./?story=${story.id}&step=${middle}`);
  await expectStep(page, middle);
  await page.reload();
  await expectStep(page, middle);
});

test('“Explore from here” leaves the story and keeps the view', async ({ page }) => {
  const n = Math.min(2, count);
  await page.goto(`./?story=${story.id}&step=${n}`);
  await expectStep(page, n);
  const before = new URL(page.url());
  const caption = await period(page).textContent();
  await card(page).getByRole('button', { name: 'Explore from here' }).click();
  await expect(card(page)).toHaveCount(0);
  const after = new URL(page.url());
  expect(after.searchParams.get('story')).toBeNull();
  expect(after.searchParams.get('step')).toBeNull();
  for (const key of ['round', 'start', 'end', 'lanes', 'topic']) {
    expect(after.searchParams.get(key)).toBe(before.searchParams.get(key));
  }
  await expect(period(page)).toHaveText(caption!);
  const round = story.steps[n - 1]!.view?.round;
  if (round) {
    await expect(
      page.getByRole('region', { name: 'Round details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(titleOf(round));
  }
  // Back returns to the story where the reader left it.
  await page.goBack();
  await expectStep(page, n);
});

test('choosing another round on the timeline leaves the story for that round', async ({ page }) => {
  await page.goto(`./?story=${story.id}&step=1`);
  await expectStep(page, 1);
  const other = dataset.rounds.find((r) => r.id !== story.steps[0]!.view?.round)!;
  await timeline(page).getByRole('button', { name: 'Fit all' }).click();
  await mark(page, other.id).click();
  await expect(card(page)).toHaveCount(0);
  expect(new URL(page.url()).searchParams.get('story')).toBeNull();
  await expect(
    page.getByRole('region', { name: 'Round details' }).getByRole('heading', { level: 2 }),
  ).toHaveText(other.title);
});

test('an unknown story or step in a link is explained, not fatal', async ({ page }) => {
  await page.goto('./?story=no-such-story&step=2');
  await expect(page.getByRole('status').getByText('Ignored story="no-such-story"')).toBeVisible();
  await expect(timeline(page)).toBeVisible();
  await page.goto(`./?story=${story.id}&step=${count + 5}`);
  await expect(page.getByRole('status').getByText(`Step ${count + 5} does not exist`)).toBeVisible();
  await expectStep(page, count);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in story mode (${colorScheme})`, async ({ page }) => {
    // Two full scans of a page with a timeline, a sidebar and a card: slow on a busy machine.
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme });
    await page.goto(`./?story=${story.id}&step=1`);
    await expectStep(page, 1);
    expect((await axeScan(page).analyze()).violations).toEqual([]);
    await page.keyboard.press('ArrowRight');
    await expectStep(page, 2);
    expect((await axeScan(page).analyze()).violations).toEqual([]);
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the card sits over the lower part of the screen without hiding the round it talks about', async ({
    page,
  }) => {
    for (const n of [1, count]) {
      const round = story.steps[n - 1]!.view?.round;
      if (!round) continue;
      await page.goto(`./?story=${story.id}&step=${n}`);
      await expectStep(page, n);
      await expect(card(page).getByRole('button', { name: 'Next' })).toBeInViewport();
      const markBox = (await mark(page, round).first().boundingBox())!;
      const cardBox = (await card(page).boundingBox())!;
      expect(markBox.y).toBeGreaterThanOrEqual(0);
      expect(markBox.y + markBox.height).toBeLessThanOrEqual(cardBox.y);
    }
  });
});

/**
 * The visible period's caption at the moment the card shows the next step's heading (the same render), and
 * once the timeline has settled: a glide starts from the old period, a move without motion is already there.
 */
async function captionsAroundStep(page: Page, heading: string): Promise<{ atStep: string; settled: string }> {
  await page.evaluate((next) => {
    const caption = () => document.querySelector('[data-testid="visible-period"]')?.textContent ?? '';
    const state = window as unknown as { atStep: string | null };
    state.atStep = null;
    // The step's text is re-rendered whole, so watch the page for the moment the new heading appears.
    new MutationObserver((_, observer) => {
      const shown = [...document.querySelectorAll('h3')].some((h) => h.textContent === next);
      if (!shown) return;
      state.atStep = caption();
      observer.disconnect();
    }).observe(document.body, { childList: true, characterData: true, subtree: true });
  }, heading);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { level: 3, name: heading })).toBeVisible();
  const atStep = await page.evaluate(() => (window as unknown as { atStep: string }).atStep);
  await page.waitForTimeout(1000);
  return { atStep, settled: (await period(page).textContent()) ?? '' };
}

test.describe('between steps', () => {
  const windowed = story.steps.findIndex(
    (s, i) => i > 0 && s.view?.window && story.steps[i - 1]!.view?.window,
  );
  const caption = (n: number) => {
    const w = story.steps[n - 1]!.view!.window!;
    return `Showing ${dayInWords(w.start)} to ${dayInWords(w.end)}`;
  };

  test.describe('with motion', () => {
    test.use({ reducedMotion: 'no-preference' });
    test('the timeline glides from one period to the next', async ({ page }) => {
      expect(windowed, 'the story has two consecutive steps with periods').toBeGreaterThan(0);
      await page.goto(`./?story=${story.id}&step=${windowed}`);
      await expectStep(page, windowed);
      const seen = await captionsAroundStep(page, story.steps[windowed]!.heading);
      expect(seen).toEqual({ atStep: caption(windowed), settled: caption(windowed + 1) });
      await expectStep(page, windowed + 1);
    });
  });

  test('with reduced motion the timeline moves at once', async ({ page }) => {
    expect(windowed, 'the story has two consecutive steps with periods').toBeGreaterThan(0);
    await page.goto(`./?story=${story.id}&step=${windowed}`);
    await expectStep(page, windowed);
    const seen = await captionsAroundStep(page, story.steps[windowed]!.heading);
    expect(seen).toEqual({ atStep: caption(windowed + 1), settled: caption(windowed + 1) });
  });
});
