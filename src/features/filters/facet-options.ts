import { outcomeStyles } from '../../components/outcome-badge-style.ts';
import type { CountedFacet, FacetCounts, FilterIndex } from '../../domain/filter-rounds.ts';
import type { Filters } from '../../domain/round-filters.ts';
import { topicGroups } from '../../domain/vocabularies.ts';
import type { Dataset, OutcomeStatus } from '../../domain/schema.ts';
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
 * collapsed list shows the useful names; every other facet keeps the dataset's or vocabulary's order.
 * A chosen value the dataset lacks is still listed, so it can be unticked.
 */
export function facetOptions(
  dataset: Dataset,
  index: FilterIndex,
  counts: FacetCounts,
  filters: Filters,
  facet: CountedFacet,
): FacetOption[] {
  const chosen = filters[facet] as readonly string[];
  const values = [...index.values[facet], ...chosen.filter((v) => !index.values[facet].includes(v))];
  const options = values.map((value): FacetOption => {
    const option = {
      value,
      label: valueLabel(dataset, facet, value),
      count: counts[facet].get(value) ?? 0,
      checked: chosen.includes(value),
    };
    return facet === 'outcomes'
      ? { ...option, glyph: outcomeStyles[value as OutcomeStatus]?.glyph ?? '' }
      : option;
  });
  // Array.prototype.sort is stable, so equal counts keep the dataset's order.
  return facet === 'people' ? options.sort((a, b) => b.count - a.count) : options;
}

const GROUP_HEADINGS: Record<(typeof topicGroups)[number], string> = {
  security: 'Security',
  humanitarian: 'Humanitarian',
  political: 'Political',
  economic: 'Economic',
};

/** Topic options under their group's heading, groups in schema order, empty groups left out. */
export function topicOptionGroups(
  dataset: Dataset,
  options: readonly FacetOption[],
): { heading: string; options: FacetOption[] }[] {
  const groupOf = new Map(dataset.topics.map((t) => [t.id, t.group]));
  const groups = topicGroups.map((group) => ({
    heading: GROUP_HEADINGS[group],
    options: options.filter((o) => groupOf.get(o.value) === group),
  }));
  const ungrouped = options.filter((o) => !groupOf.has(o.value));
  if (ungrouped.length > 0) groups.push({ heading: 'Other', options: ungrouped });
  return groups.filter((g) => g.options.length > 0);
}
