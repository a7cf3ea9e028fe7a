import type { Page } from '@playwright/test';

/**
 * Milliseconds from ticking a topic filter to the next painted frame, i.e. filtering, facet counts and the
 * timeline's re-render together. Ticks the first enabled topic checkbox in the filter panel, then unticks it.
 * React handles a click synchronously, so two animation frames after it the new view has been painted.
 */
export async function measureFilterStep(page: Page): Promise<number | null> {
  const checkbox = page
    .getByRole('search', { name: 'Filter rounds' })
    .getByRole('group', { name: 'Topics' })
    .getByRole('checkbox', { disabled: false })
    .first();
  if ((await checkbox.count()) === 0) return null;
  const handle = await checkbox.elementHandle();
  if (!handle) return null;
  const ms = await handle.evaluate(
    (input) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        (input as HTMLInputElement).click();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now() - start)));
      }),
  );
  await checkbox.uncheck();
  return ms;
}
