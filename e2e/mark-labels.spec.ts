import { expect, test } from '@playwright/test';
import { readBundledDataset } from './bundled-dataset.ts';

const dataset = readBundledDataset();
const shortTitle = new Map(dataset.rounds.map((r) => [r.id, r.shortTitle ?? r.title]));

test('at 1440 px the default view labels every mark that has room for its short title', async ({ page }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  await expect(page.locator('[data-mark-label]').first()).toBeVisible();
  const { marks, labels, right } = await page.evaluate(() => {
    const box = (el: Element) => el.getBoundingClientRect().toJSON() as DOMRect;
    const viewport = document.querySelector('#rounds')!.getBoundingClientRect();
    return {
      right: viewport.right,
      marks: [...document.querySelectorAll<HTMLElement>('#rounds button[data-round-id]')].map((el) => ({
        id: el.dataset.roundId!,
        box: box(el),
      })),
      labels: [...document.querySelectorAll<HTMLElement>('[data-mark-label]')].map((el) => ({
        id: el.dataset.markLabel!,
        box: box(el),
      })),
    };
  });
  const labelled = new Set(labels.map((l) => l.id));
  expect(labelled.size).toBeGreaterThan(0);
  const unlabelled = marks.filter((m) => !labelled.has(m.id));
  // How wide each short title is in the label's font, measured in the page.
  const widths = await page.evaluate(
    (texts) => {
      const probe = document.createElement('span');
      probe.className = 'text-xs';
      probe.style.cssText = 'position:absolute;visibility:hidden;white-space:nowrap';
      document.body.append(probe);
      const out = texts.map((text) => {
        probe.textContent = text;
        return probe.getBoundingClientRect().width;
      });
      probe.remove();
      return out;
    },
    unlabelled.map((m) => shortTitle.get(m.id) ?? ''),
  );
  unlabelled.forEach((mark, k) => {
    const middle = mark.box.y + mark.box.height / 2;
    const sameRow = (b: DOMRect) => b.y < middle && middle < b.y + b.height;
    const next = [...marks.map((m) => m.box), ...labels.map((l) => l.box)]
      .filter((b) => sameRow(b) && b.x >= mark.box.x + mark.box.width - 0.5)
      .reduce((min, b) => Math.min(min, b.x), right);
    const room = next - (mark.box.x + mark.box.width);
    // Generous slack: the layout estimates text widths from the character count.
    const needed = widths[k]! * 1.15 + 12;
    expect(
      room < needed,
      `${mark.id} has ${Math.round(room)} px for "${shortTitle.get(mark.id)}" and no label`,
    ).toBe(true);
  });
});
