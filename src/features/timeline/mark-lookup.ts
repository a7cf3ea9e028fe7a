import { firstIndex } from '../../utils/first-index.ts';
import type { MarkGeometry } from './mark-layout.ts';
import type { TimelineItem, TimelineModel } from './timeline-model.ts';

/** A model's items by mark key and by round (in the model's order), for naming the marks in use. */
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
    const ofRound = byRound.get(item.roundId);
    if (ofRound) ofRound.push(item);
    else byRound.set(item.roundId, [item]);
  }
  lookup = { byKey, byRound };
  lookups.set(model, lookup);
  return lookup;
}

/**
 * Where `item`'s mark is among a layout's marks, or -1 when it is not in view. The marks follow the model's
 * order (by start), so a binary search on the start finds it, then a short walk over marks of the same start.
 */
export function markIndexOf(marks: readonly MarkGeometry[], item: TimelineItem): number {
  for (
    let i = firstIndex(marks, (mark) => mark.item.start < item.start);
    i < marks.length && marks[i]!.item.start === item.start;
    i += 1
  ) {
    if (marks[i]!.item === item) return i;
  }
  return -1;
}

/** Where the mark with this key is among `marks`, or -1 when it is not in view. */
export function markIndexOfKey(
  marks: readonly MarkGeometry[],
  lookup: ItemLookup,
  key: string | null,
): number {
  const item = key === null ? undefined : lookup.byKey.get(key);
  return item ? markIndexOf(marks, item) : -1;
}

/** The mark with this key when it is in view. */
export function markOfKey(
  marks: readonly MarkGeometry[],
  lookup: ItemLookup,
  key: string | null,
): MarkGeometry | undefined {
  return marks[markIndexOfKey(marks, lookup, key)];
}

/** Positions among `marks` of the round's marks in view, in order. */
export function markIndexesOfRound(
  marks: readonly MarkGeometry[],
  lookup: ItemLookup,
  roundId: string | null,
): number[] {
  if (roundId === null) return [];
  const items = lookup.byRound.get(roundId) ?? [];
  return items.map((item) => markIndexOf(marks, item)).filter((index) => index >= 0);
}
