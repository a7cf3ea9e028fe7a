import type { Page } from '@playwright/test';

/**
 * Records, from the page's first frame on, every place and width the rounds' viewport (#rounds, the skip link's
 * target) takes: a part arriving after the timeline that pushed it down or narrowed it would add a place.
 * Call before navigating.
 */
export async function watchRoundsViewport(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const places = new Set<string>();
    Object.assign(window, { roundsViewportPlaces: places });
    const watch = () => {
      const box = document.getElementById('rounds')?.getBoundingClientRect();
      if (box) places.add(`${box.x},${box.y},${box.width}`);
      requestAnimationFrame(watch);
    };
    requestAnimationFrame(watch);
  });
}

/** The places recorded so far (watchRoundsViewport), as "x,y,width". */
export function roundsViewportPlaces(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...(window as unknown as { roundsViewportPlaces: Set<string> }).roundsViewportPlaces,
  ]);
}
