import type { CountedFacet } from '../domain/filter-rounds.ts';
import type { topicGroups } from '../domain/vocabularies.ts';
import { enNumber } from './en-number.ts';

/**
 * The filter panel and the phone's filter sheet in English; bundled with them, which load after the first
 * picture. Each facet has its group's legend, `noun` (what its values are, for "Find parties" and "2,600
 * parties") and `list` (the name of its searchable list).
 */
export const enFilterPanel = {
  filterRounds: 'Filter rounds',
  filterFacet: {
    topics: { legend: 'Topics', noun: 'topics', list: 'topics' },
    parties: { legend: 'Parties', noun: 'parties', list: 'parties' },
    people: { legend: 'People', noun: 'people', list: 'people' },
    roles: { legend: 'Role', noun: 'roles', list: 'roles' },
    outcomes: { legend: 'Outcome', noun: 'outcomes', list: 'outcomes' },
    formats: { legend: 'Format', noun: 'formats', list: 'formats' },
    statuses: { legend: 'Meeting held?', noun: 'statuses', list: 'statuses' },
    places: { legend: 'Place', noun: 'places', list: 'places' },
  } satisfies Record<CountedFacet, { legend: string; noun: string; list: string }>,
  filterTopicGroup: {
    security: 'Security',
    humanitarian: 'Humanitarian',
    political: 'Political',
    economic: 'Economic',
  } satisfies Record<(typeof topicGroups)[number], string>,
  filterOtherTopics: 'Other',
  /** One topic group's values, for its searchable list: "Find security topics". */
  filterTopicGroupValues: {
    security: { noun: 'security topics', list: 'security topics' },
    humanitarian: { noun: 'humanitarian topics', list: 'humanitarian topics' },
    political: { noun: 'political topics', list: 'political topics' },
    economic: { noun: 'economic topics', list: 'economic topics' },
    other: { noun: 'other topics', list: 'other topics' },
  } satisfies Record<(typeof topicGroups)[number] | 'other', { noun: string; list: string }>,
  filterDates: 'Dates',

  // The search
  filterSearchRounds: 'Search rounds',
  filterSearchHint: 'Titles, summaries, statements, places and names; accents and case do not matter.',

  // A facet's checkboxes
  /** A checkbox's count, as a screen reader says it (the digits are shown alone). */
  /** The count beside a value, as digits ("12,345"); facetRoundCount is what a screen reader hears. */
  facetCountDigits: (count: number) => enNumber(count),
  facetRoundCount: (count: number) => `${enNumber(count)} ${count === 1 ? 'round' : 'rounds'}`,
  facetShowAll: (count: number) => `Show all ${enNumber(count)}`,
  facetShowFewer: 'Show fewer',
  /** The searchable list of a long facet arrives as a chunk of its own: what it is, for the sentence if it cannot come. */
  facetListPart: (noun: string) => `the searchable list of all ${noun}`,
  facetFind: (noun: string) => `Find ${noun}`,
  facetValueCount: (count: number, noun: string) => `${enNumber(count)} ${noun}`,
  facetValuesMatch: (shown: number, total: number, noun: string) =>
    `${enNumber(shown)} of ${enNumber(total)} ${noun} match`,
  facetListKeys: 'In the list, the arrow keys move from one checkbox to the next.',

  // The dates
  filterDateFrom: 'From',
  filterDateTo: 'To',
  filterRangeStart: 'Start of date range',
  filterRangeEnd: 'End of date range',
  filterDateStrip: 'Rounds over time, drag to select a period',

  // The phone's sheet
  filtersShowRounds: (count: number) => `Show ${enNumber(count)} ${count === 1 ? 'round' : 'rounds'}`,
};
