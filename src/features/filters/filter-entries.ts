import { isoDayInWords } from '../../domain/calendar-days.ts';
import { countedFacets, type CountedFacet } from '../../domain/filter-rounds.ts';
import type { Filters } from '../../domain/round-filters.ts';
import type {
  Dataset,
  OutcomeStatus,
  ParticipantRole,
  RoundFormat,
  RoundStatus,
} from '../../domain/schema.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';
import { enFilters } from '../../i18n/en-filters.ts';
import { placeName } from '../../domain/place-name.ts';

/** One active filter value, as chips and the empty-result message name it: "Topic: Ceasefire". */
export interface ActiveFilter {
  facet: keyof Filters;
  value: string;
  label: string;
}

/** The words an active filter's label needs: each facet's name and the search's quotes (en-filters.ts). */
export type FilterWords = Pick<typeof enFilters, 'filterFacetName' | 'filterSearchQuoted'>;

/** The words a reader sees for one value of a facet; an id the dataset lacks shows as itself. */
export function valueLabel(
  dataset: Dataset,
  facet: keyof Filters,
  value: string,
  words: FilterWords = enFilters,
): string {
  switch (facet) {
    case 'topics':
      return dataset.topics.find((t) => t.id === value)?.label ?? value;
    case 'parties':
      return dataset.parties.find((p) => p.id === value)?.shortName ?? value;
    case 'people':
      return dataset.people.find((p) => p.id === value)?.name ?? value;
    case 'roles':
      return vocabularyLabels().role[value as ParticipantRole]?.one ?? value;
    case 'outcomes':
      return vocabularyLabels().outcomeStatus[value as OutcomeStatus] ?? value;
    case 'formats':
      return vocabularyLabels().format[value as RoundFormat] ?? value;
    case 'statuses':
      return vocabularyLabels().roundStatus[value as RoundStatus] ?? value;
    case 'from':
    case 'to':
      return isoDayInWords(value);
    case 'q':
      return words.filterSearchQuoted(value.trim());
    case 'places':
      return placeName(dataset, value);
  }
}

/** Every active filter value in panel order: search first, then the facets, then the dates. */
export function activeFilters(
  dataset: Dataset,
  filters: Filters,
  words: FilterWords = enFilters,
): ActiveFilter[] {
  const entry = (facet: keyof Filters, value: string): ActiveFilter => ({
    facet,
    value,
    label: `${words.filterFacetName[facet]}: ${valueLabel(dataset, facet, value, words)}`,
  });
  const active: ActiveFilter[] = [];
  if (filters.q.trim() !== '') active.push(entry('q', filters.q));
  for (const facet of countedFacets) for (const value of filters[facet]) active.push(entry(facet, value));
  if (filters.from) active.push(entry('from', filters.from));
  if (filters.to) active.push(entry('to', filters.to));
  return active;
}

/** The filters without one value (a list value, a date or the search). */
export function withoutFilter(filters: Filters, facet: keyof Filters, value: string): Filters {
  if (facet === 'q') return { ...filters, q: '' };
  if (facet === 'from' || facet === 'to') return { ...filters, [facet]: null };
  return { ...filters, [facet]: (filters[facet] as string[]).filter((v) => v !== value) };
}

/** The filters with one list value switched on or off, keeping the order values were chosen in. */
export function withValue(filters: Filters, facet: CountedFacet, value: string, on: boolean): Filters {
  const values = filters[facet] as string[];
  if (on === values.includes(value)) return filters;
  return { ...filters, [facet]: on ? [...values, value] : values.filter((v) => v !== value) };
}

/**
 * The value a change added, for the empty-result message's "remove the last filter": the first value
 * that is in `next` but not in `previous`, or undefined when the change only removed values.
 */
export function addedFilter(previous: Filters, next: Filters): Omit<ActiveFilter, 'label'> | undefined {
  if (next.q.trim() !== '' && next.q !== previous.q) return { facet: 'q', value: next.q };
  for (const facet of countedFacets) {
    const added = next[facet].find((v: string) => !(previous[facet] as string[]).includes(v));
    if (added !== undefined) return { facet, value: added };
  }
  if (next.from && next.from !== previous.from) return { facet: 'from', value: next.from };
  if (next.to && next.to !== previous.to) return { facet: 'to', value: next.to };
  return undefined;
}
