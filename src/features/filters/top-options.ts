import type { FacetOption } from './facet-options.ts';

/** The most ticked values a collapsed list shows besides its top ones, so a crafted link stays cheap. */
const MOST_TICKED_SHOWN = 50;

/**
 * What a collapsed facet shows: its `top` values with the most rounds (ties in display order), and the
 * ticked ones, so they can be unticked, all in display order. One pass, however long the list.
 */
export function topOptions(options: readonly FacetOption[], top: number): FacetOption[] {
  // A small sorted window of the best seen so far: with `top` about 8, this is linear in the list.
  const best: number[] = [];
  options.forEach((option, i) => {
    const count = option.count;
    if (best.length === top && count <= (options[best[top - 1]!]?.count ?? 0)) return;
    let at = best.length;
    while (at > 0 && (options[best[at - 1]!]?.count ?? 0) < count) at -= 1;
    best.splice(at, 0, i);
    if (best.length > top) best.pop();
  });
  const shown = new Set(best);
  let ticked = 0;
  options.forEach((option, i) => {
    if (option.checked && !shown.has(i) && ticked < MOST_TICKED_SHOWN) {
      shown.add(i);
      ticked += 1;
    }
  });
  return [...shown].sort((a, b) => a - b).map((i) => options[i]!);
}

/** The options whose label contains every word of the query, ignoring case and accents. */
export function matchingOptions(
  options: readonly FacetOption[],
  query: string,
  fold: (text: string) => string,
): readonly FacetOption[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return options;
  return options.filter((option) => {
    const label = fold(option.label);
    return words.every((word) => label.includes(word));
  });
}
