import { useCallback, useLayoutEffect, useState, type RefObject } from 'react';

/** The heading's offset from the lane's top, and the space kept between it and the first row of marks. */
export const HEADING_TOP = 4;
const HEADING_GAP = 2;

/**
 * Lane id → the room its heading needs above the marks, as the browser lays the headings out, so a lane
 * makes room for a heading that wraps (a 320 px screen, the WCAG 1.4.12 text-spacing override, a larger
 * font) instead of cutting it with an ellipsis or letting it run over the marks. `report` is what the
 * renderer calls with the `[data-lane-heading]` elements' heights (useHeadingReport).
 */
export function useLaneHeadings(): {
  headings: ReadonlyMap<string, number>;
  report: (next: ReadonlyMap<string, number>) => void;
} {
  const [headings, setHeadings] = useState<ReadonlyMap<string, number>>(() => new Map());
  const report = useCallback((next: ReadonlyMap<string, number>) => {
    setHeadings((previous) => (sameHeights(previous, next) ? previous : next));
  }, []);
  return { headings, report };
}

/**
 * Measures the `[data-lane-heading]` elements inside `root` after every render that may change them
 * (`key`) and whenever one of them changes size, e.g. when a style sheet widens the letter spacing.
 */
export function useHeadingReport(
  root: RefObject<HTMLElement | null>,
  report: (heights: ReadonlyMap<string, number>) => void,
  key: unknown,
) {
  useLayoutEffect(() => {
    const element = root.current;
    if (!element) return;
    const measure = () => {
      const heights = new Map<string, number>();
      element.querySelectorAll<HTMLElement>('[data-lane-heading]').forEach((heading) => {
        heights.set(heading.dataset.laneHeading ?? '', heading.offsetHeight + HEADING_TOP + HEADING_GAP);
      });
      report(heights);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    element.querySelectorAll('[data-lane-heading]').forEach((heading) => observer.observe(heading));
    return () => observer.disconnect();
  }, [root, report, key]);
}

function sameHeights(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, height] of a) if (b.get(id) !== height) return false;
  return true;
}
