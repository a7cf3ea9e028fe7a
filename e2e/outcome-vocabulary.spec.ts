import { expect, test, type Locator, type Page } from '@playwright/test';

/*
 * One outcome vocabulary: the status a round's badge (list) and mark (timeline) show is the one the Outcome
 * filter offers and matches. Every label here is read from the page, not from the data or the code.
 */

const filters = (page: Page) => page.getByRole('search', { name: 'Filter rounds' });
const outcomeFilter = (page: Page) => filters(page).getByRole('group', { name: 'Outcome', exact: true });

/** Round id → the outcome label its mark's accessible name gives ("… — Talks, In person, outcome: Agreed"). */
async function markOutcomes(page: Page): Promise<Map<string, string>> {
  const marks = page.locator('button[data-round-id]');
  await expect(marks.first()).toBeVisible();
  const pairs = await marks.evaluateAll((buttons) =>
    buttons.map((b) => [b.dataset.roundId ?? '', b.getAttribute('aria-label') ?? b.textContent ?? '']),
  );
  const outcomes = new Map<string, string>();
  for (const [id, name] of pairs) {
    // The outcome is the name's last part, unless the mark is dimmed, which it is not with no filter set.
    const label = / outcome: (.+)$/.exec(name ?? '')?.[1];
    if (id && label && label !== 'no outcome recorded') outcomes.set(id, label);
  }
  return outcomes;
}

/** Round id → the outcome badge's words in the list (its glyph is aria-hidden and left out). */
async function listOutcomes(rows: Locator): Promise<Map<string, string>> {
  const pairs = await rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const id = tr.querySelector<HTMLElement>('[data-round-id]')?.dataset.roundId ?? '';
      const cell = tr.querySelector('[data-column="outcome"]')?.cloneNode(true) as HTMLElement | undefined;
      cell?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
      return [id, cell?.textContent?.trim() ?? ''];
    }),
  );
  return new Map(pairs.filter(([id, label]) => id && label && label !== '—') as [string, string][]);
}

test('every outcome a mark or the list shows is offered by the Outcome filter and keeps every round so labelled', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto('./');
  const fromMarks = await markOutcomes(page);
  await page.getByRole('button', { name: 'List', exact: true }).click();
  const rows = page.locator('#rounds tbody tr');
  await expect(rows.first()).toBeVisible();
  const fromList = await listOutcomes(rows);
  const labels = [...new Set([...fromMarks.values(), ...fromList.values()])];
  expect(fromList.size).toBeGreaterThan(0);
  expect(labels.length).toBeGreaterThan(1);

  for (const label of labels) {
    const box = outcomeFilter(page).getByRole('checkbox', { name: label, exact: true });
    await expect(box, `the Outcome filter offers "${label}"`).toBeEnabled();
    await box.check();
    const kept = await listOutcomes(rows);
    const labelled = [...fromList, ...fromMarks].filter(([, l]) => l === label).map(([id]) => id);
    for (const id of labelled) expect(kept.has(id), `round ${id} labelled "${label}" is kept`).toBe(true);
    for (const [id, shown] of kept) expect(shown, `round ${id} kept by "${label}"`).toBe(label);
    await box.uncheck();
  }
});
