import { expect, test, type Page } from '@playwright/test';

/*
 * WCAG 1.4.12 Text spacing: with the override the success criterion names (line height 1.5, letter spacing
 * 0.12em, word spacing 0.16em, paragraph spacing 2em), applied to every element, nothing is cut or overlaps.
 */
const TEXT_SPACING = `* {
  line-height: 1.5 !important;
  letter-spacing: 0.12em !important;
  word-spacing: 0.16em !important;
  margin-bottom: 2em !important;
}`;

// The override is what a reader's extension or user stylesheet applies; those are not subject to the page's
// Content-Security-Policy, so the injected test stylesheet must not be either.
test.use({ bypassCSP: true });

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/** Every lane heading and mark label, whether it is cut, and the boxes of the marks (their buttons). */
async function measure(page: Page) {
  return page.evaluate(() => {
    const box = (el: Element) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    const headings = [...document.querySelectorAll<HTMLElement>('[data-lane-heading]')].map((el) => ({
      text: el.textContent ?? '',
      box: box(el),
      cut: el.scrollWidth > el.clientWidth || getComputedStyle(el).textOverflow === 'ellipsis',
      inside: (() => {
        const viewport = el.closest('#rounds')?.getBoundingClientRect();
        const r = el.getBoundingClientRect();
        return viewport !== undefined && r.right <= viewport.right + 0.5 && r.left >= viewport.left - 0.5;
      })(),
    }));
    const labels = [...document.querySelectorAll<HTMLElement>('[data-mark-label]')].map((el) => ({
      text: el.textContent ?? '',
      box: box(el),
    }));
    const marks = [...document.querySelectorAll<HTMLElement>('#rounds button[data-round-id]')].map((el) => ({
      name: el.getAttribute('aria-label') ?? '',
      box: box(el),
    }));
    return { headings, labels, marks };
  });
}

for (const width of [320, 1440]) {
  for (const lanes of ['table', 'topic'] as const) {
    test(`with the text-spacing override at ${width} px (${lanes} lanes) no lane heading is cut and no heading or label covers a mark`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`./?lanes=${lanes}`);
      const timeline = page.getByRole('region', { name: 'Timeline' });
      await expect(timeline.locator('[data-lane-heading]').first()).toBeVisible();
      await page.addStyleTag({ content: TEXT_SPACING });
      // The headings wrap and the lanes grow to fit them: wait until the layout has settled.
      let last = '';
      await expect
        .poll(async () => {
          const now = JSON.stringify(await measure(page));
          const settled = now === last;
          last = now;
          return settled;
        })
        .toBe(true);
      const { headings, labels, marks } = await measure(page);
      expect(headings.length).toBeGreaterThan(0);
      expect(marks.length).toBeGreaterThan(0);
      for (const heading of headings) {
        expect(heading.cut, `lane heading "${heading.text}" is cut`).toBe(false);
        expect(heading.inside, `lane heading "${heading.text}" fits the timeline`).toBe(true);
        for (const mark of marks)
          expect(overlap(heading.box, mark.box), `"${heading.text}" covers ${mark.name}`).toBe(false);
      }
      for (const label of labels)
        for (const mark of marks)
          expect(overlap(label.box, mark.box), `label "${label.text}" covers ${mark.name}`).toBe(false);
    });
  }
}
