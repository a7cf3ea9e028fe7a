import { firstIndex } from '../../utils/first-index.ts';
import { foldedMark, type MarkGeometry, type TimelineLayout } from './mark-layout.ts';
import type { TimelineItem, TimelineModel } from './timeline-model.ts';

/**
 * A model's items by mark key, and by round (in the model's order) for the rounds with a mark whose key is not
 * the round's id (topic lanes: a mark per topic); a round not listed has at most the one mark its id is the
 * key of (table and place lanes), so that a model of 100,000 such marks makes no list for each.
 */
export interface ItemLookup {
  byKey: ReadonlyMap<string, TimelineItem>;
  byRound: ReadonlyMap<string, readonly TimelineItem[]>;
}

const lookups = new WeakMap<TimelineModel, ItemLookup>();

/**
 * The lookup for a model, built once per model. Focus, hover and selection name a mark or a round; with up to
 * 100,000 marks in a density view, finding it must not be a scan of every mark on every frame.
 */
export function itemLookup(model: TimelineModel): ItemLookup {
  let lookup = lookups.get(model);
  if (lookup) return lookup;
  const byKey = new Map<string, TimelineItem>();
  const byRound = new Map<string, TimelineItem[]>();
  for (const item of model.items) {
    byKey.set(item.key, item);
    if (item.key !== item.roundId) byRound.set(item.roundId, []);
  }
  // Only where some round has a mark keyed otherwise: then all of its marks, in order.
  if (byRound.size > 0) for (const item of model.items) byRound.get(item.roundId)?.push(item);
  lookup = { byKey, byRound };
  lookups.set(model, lookup);
  return lookup;
}

/**
 * `item`'s mark when it is in view. The layout's shapes and folded marks each follow the model's order (by
 * start), so a binary search on the start finds it, then a short walk over marks of the same start.
 */
export function markOfItem(layout: TimelineLayout, item: TimelineItem): MarkGeometry | undefined {
  const { shapes, folded } = layout;
  for (
    let i = firstIndex(shapes, (mark) => mark.item.start < item.start);
    i < shapes.length && shapes[i]!.item.start === item.start;
    i += 1
  ) {
    if (shapes[i]!.item === item) return shapes[i];
  }
  const { items, position } = folded;
  for (
    let k = firstIndex(position, (at) => items[at]!.start < item.start);
    k < position.length && items[position[k]!]!.start === item.start;
    k += 1
  ) {
    if (items[position[k]!] === item) return foldedMark(folded, k);
  }
  return undefined;
}

/** The mark with this key when it is in view. */
export function markOfKey(
  layout: TimelineLayout,
  lookup: ItemLookup,
  key: string | null,
): MarkGeometry | undefined {
  const item = key === null ? undefined : lookup.byKey.get(key);
  return item ? markOfItem(layout, item) : undefined;
}

/** The round's marks in view, in the layout's order. */
export function marksOfRound(
  layout: TimelineLayout,
  lookup: ItemLookup,
  roundId: string | null,
): MarkGeometry[] {
  if (roundId === null) return [];
  const only = lookup.byKey.get(roundId);
  const items = lookup.byRound.get(roundId) ?? (only?.roundId === roundId ? [only] : []);
  return items.flatMap((item) => markOfItem(layout, item) ?? []);
}
