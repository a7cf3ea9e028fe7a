import type { CountedFacet } from '../domain/filter-rounds.ts';
import type { Filters } from '../domain/round-filters.ts';
import { enNumber } from './en-number.ts';

/** One message per facet, made from what the facet's values are called, one and many. */
function byFacet<Message>(make: (one: string, many: string) => Message): Record<CountedFacet, Message> {
  return {
    topics: make('topic', 'topics'),
    parties: make('party', 'parties'),
    people: make('person', 'people'),
    roles: make('role', 'roles'),
    outcomes: make('outcome status', 'outcome statuses'),
    formats: make('format', 'formats'),
    statuses: make('meeting status', 'meeting statuses'),
    places: make('place', 'places'),
  };
}

/**
 * The filters in English, the part the first picture needs: the chips above the rounds, the empty result,
 * the embed's inline filters and the notices about a link's filters. The panel's own words are in
 * en-filter-panel.ts, bundled with it.
 */
export const enFilters = {
  /** Singular names of the facets, for chips: "Topic: Ceasefire". */
  filterFacetName: {
    topics: 'Topic',
    parties: 'Party',
    people: 'Person',
    roles: 'Role',
    outcomes: 'Outcome',
    formats: 'Format',
    statuses: 'Meeting',
    places: 'Place',
    from: 'From',
    to: 'To',
    q: 'Search',
  } satisfies Record<keyof Filters, string>,
  filterSearchQuoted: (query: string) => `“${query}”`,
  activeFiltersLabel: 'Active filters',
  removeFilter: (label: string) => `Remove filter ${label}`,
  clearAllFilters: 'Clear all filters',
  filtersHeading: (active: number) => `Filters${active > 0 ? ` (${active} active)` : ''}`,
  filtersDone: 'Done',

  // When no round matches
  noMatchHeading: 'No round matches these filters',
  noMatchOne: (label: string) => `No round in this dataset matches ${label}.`,
  noMatchAll: (labels: string) => `No round matches all of ${labels} at once.`,
  noRounds: 'This dataset has no rounds.',
  removeLastFilter: (label: string) => `Remove the last filter (${label})`,

  // Notices about a link's filters (validate-filters.ts says what was dropped; these word it)
  noticeQuoted: (value: string) => `"${value}"`,
  noticeKnown: (list: string) => `(known: ${list})`,
  noticeNoneKnown: '(known: none)',
  /** One value the dataset lacks, quoted, and the known values like it. */
  noticeUnknownValue: byFacet(
    (one) => (value: string, known: string) => `Ignored ${one} ${value}: no such ${one} ${known}.`,
  ),
  /** Several: `examples` quotes the first few, `some` says there are more than those. */
  noticeUnknownValues: byFacet(
    (_one, many) => (count: number, examples: string, some: boolean, known: string) =>
      `${enNumber(count)} unknown ${many} were ignored${some ? `, such as ${examples}` : `: ${examples}`} ${known}.`,
  ),
  noticeBadStartDay: (value: string) => `Ignored the start date "${value}": expected a date like 2025-03-11.`,
  noticeBadEndDay: (value: string) => `Ignored the end date "${value}": expected a date like 2025-03-11.`,
  noticeEndBeforeStart: (to: string, from: string) =>
    `Ignored the end date ${to}: it is before the start date ${from}.`,
};
