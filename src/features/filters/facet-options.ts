import { outcomeStyles } from '../../components/outcome-badge-style.ts';
import type { CountedFacet, FilterIndex, ReadonlyFacetCounts } from '../../domain/filter-rounds.ts';
import type { Filters } from '../../domain/round-filters.ts';
import { topicGroups } from '../../domain/vocabularies.ts';
import type { Dataset, OutcomeStatus } from '../../domain/schema.ts';
import { enFilterPanel } from '../../i18n/en-filter-panel.ts';
import { collateForReader } from '../../domain/collate-words.ts';
import { valueLabel } from './filter-entries.ts';

/** One checkbox of a facet: its exact accessible name is `label`; the count is said as its description. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  checked: boolean;
  /** A symbol shown beside the label (outcome statuses), so meaning never rests on colour. */
  glyph?: string;
}

/**
 * The options of one facet in display order. People, the long list, come most-matched first so the
 * collapsed list shows the useful names; places come by name, in the reader's language; every other facet
 * keeps the dataset's or vocabulary's order.
 * A chosen value the dataset lacks is still listed, so it can be unticked.
 */
export function facetOptions(
  dataset: Dataset,
  index: FilterIndex,
  counts: ReadonlyFacetCounts,
  filters: Filters,
  facet: CountedFacet,
): FacetOption[] {
  const chosen = new Set(filters[facet] as readonly string[]);
  const offered = index.values[facet];
  const known = chosen.size === 0 ? null : new Set(offered);
  const values = known ? [...offered, ...[...chosen].filter((v) => !known.has(v))] : offered;
  const labelOf = labelLookup(dataset, facet);
  const options = values.map((value): FacetOption => {
    const option = {
      value,
      label: labelOf(value),
      count: counts[facet].get(value) ?? 0,
      checked: chosen.has(value),
    };
    return facet === 'outcomes'
      ? { ...option, glyph: outcomeStyles[value as OutcomeStatus]?.glyph ?? '' }
      : option;
  });
  // Array.prototype.sort is stable, so equal counts keep the dataset's order.
  if (facet === 'people') return options.sort((a, b) => b.count - a.count);
  // Places are listed by name in the reader's language (the index has them in English order).
  if (facet === 'places') return options.sort((a, b) => collateForReader(a.label, b.label));
  return options;
}

const namesByDataset = new WeakMap<Dataset, Partial<Record<CountedFacet, ReadonlyMap<string, string>>>>();

/**
 * The label of each value of a facet, through a map built once per dataset: a facet of 20,000 parties
 * would otherwise search the dataset's parties once per checkbox on every click.
 */
function labelLookup(dataset: Dataset, facet: CountedFacet): (value: string) => string {
  const named = facet === 'topics' || facet === 'parties' || facet === 'people';
  if (!named) return (value) => valueLabel(dataset, facet, value);
  let maps = namesByDataset.get(dataset);
  if (!maps) namesByDataset.set(dataset, (maps = {}));
  const map = (maps[facet] ??= new Map(
    facet === 'topics'
      ? dataset.topics.map((t) => [t.id, t.label])
      : facet === 'parties'
        ? dataset.parties.map((p) => [p.id, p.shortName])
        : dataset.people.map((p) => [p.id, p.name]),
  ));
  return (value) => map.get(value) ?? value;
}

/** Topic options under their group's heading, groups in schema order, empty groups left out. */
export function topicOptionGroups(
  dataset: Dataset,
  options: readonly FacetOption[],
  words: Pick<typeof enFilterPanel, 'filterTopicGroup' | 'filterOtherTopics'> = enFilterPanel,
): { group: (typeof topicGroups)[number] | 'other'; heading: string; options: FacetOption[] }[] {
  const groupOf = new Map(dataset.topics.map((t) => [t.id, t.group]));
  const groups = topicGroups.map((group): ReturnType<typeof topicOptionGroups>[number] => ({
    group,
    heading: words.filterTopicGroup[group],
    options: options.filter((o) => groupOf.get(o.value) === group),
  }));
  const ungrouped = options.filter((o) => !groupOf.has(o.value));
  if (ungrouped.length > 0)
    groups.push({ group: 'other', heading: words.filterOtherTopics, options: ungrouped });
  return groups.filter((g) => g.options.length > 0);
}
