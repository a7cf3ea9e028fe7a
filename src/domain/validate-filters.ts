import { isCalendarDay } from './calendar-days.ts';
import type { CountedFacet } from './filter-rounds.ts';
import type { Filters } from './round-filters.ts';
import { outcomeStatuses, participantRoles, roundFormats, roundStatuses } from './vocabularies.ts';
import type { Dataset } from './schema.ts';
import { normalizeForSearch } from './search-text.ts';

/**
 * What was dropped from a link's filters, as data: the interface words it in the reader's language
 * (url-notices.tsx). Quoted values are already cut short; `known` lists a few known values, the most
 * like the first unknown one first, and `moreKnown` says whether the dataset has others.
 */
export type FilterNotice =
  | {
      kind: 'unknown-values';
      facet: CountedFacet;
      count: number;
      examples: string[];
      known: string[];
      moreKnown: boolean;
    }
  | { kind: 'bad-day'; end: 'start' | 'end'; value: string }
  | { kind: 'end-before-start'; from: string; to: string };

/** Filters reduced to values the dataset knows, with a notice for each facet or date that lost values. */
export interface KnownFilters {
  filters: Filters;
  notices: FilterNotice[];
}

const MAX_LISTED = 5;
/** How many of the dropped values a summarised notice quotes. */
const EXAMPLES = 3;

/**
 * Keeps only the filter values this dataset knows (a link made for another dataset, or an old link,
 * may name topics, parties, people or places that are not here) and says what it drops, in one
 * notice per facet, worded by the interface: `Ignored topic "cease-fire": no such topic (known:
 * ceasefire-comprehensive, …)`, or for many, `2,600 unknown parties were ignored, such as "p1", "p2",
 * "p3" (known: …)`. Each value is
 * looked up in a set of the known ones, and only the first is compared with them for the suggestion,
 * so a link naming 20,000 unknown people costs about as much as one naming a few. A place written
 * with other case or accents ("istanbul") is read as the city the data names. A range whose end comes
 * before its start keeps the start and drops the end.
 */
export function knownFilterValues(filters: Filters, dataset: Dataset): KnownFilters {
  const notices: FilterNotice[] = [];
  const keep = <T extends string>(values: readonly T[], known: readonly T[], facet: CountedFacet): T[] => {
    const knownSet = new Set<string>(known);
    const kept = new Set<T>();
    const unknown = new Set<T>();
    for (const value of values) (knownSet.has(value) ? kept : unknown).add(value);
    const [first] = unknown;
    if (first !== undefined) notices.push(unknownNotice([...unknown], first, known, facet));
    return [...kept];
  };
  // Every round's city is read only when a place is asked for: at 100,000 rounds that pass costs ~40 ms.
  const cities =
    filters.places.length > 0
      ? [...new Set(dataset.rounds.flatMap((r) => (r.location?.city ? [r.location.city] : [])))]
      : [];
  const canonicalCity = new Map(cities.map((city) => [normalizeForSearch(city), city]));
  const places = filters.places.map((place) => canonicalCity.get(normalizeForSearch(place)) ?? place);

  const from = knownDay(filters.from, 'start', notices);
  let to = knownDay(filters.to, 'end', notices);
  if (from !== null && to !== null && to < from) {
    notices.push({ kind: 'end-before-start', from, to });
    to = null;
  }
  return {
    filters: {
      topics: keep(
        filters.topics,
        dataset.topics.map((t) => t.id),
        'topics',
      ),
      parties: keep(
        filters.parties,
        dataset.parties.map((p) => p.id),
        'parties',
      ),
      people: keep(
        filters.people,
        dataset.people.map((p) => p.id),
        'people',
      ),
      roles: keep(filters.roles, participantRoles, 'roles'),
      outcomes: keep(filters.outcomes, outcomeStatuses, 'outcomes'),
      formats: keep(filters.formats, roundFormats, 'formats'),
      statuses: keep(filters.statuses, roundStatuses, 'statuses'),
      places: keep(places, cities, 'places'),
      from,
      to,
      q: filters.q,
    },
    notices,
  };
}

function knownDay(day: string | null, end: 'start' | 'end', notices: FilterNotice[]): string | null {
  if (day === null || day === '') return null;
  if (isCalendarDay(day)) return day;
  notices.push({ kind: 'bad-day', end, value: day });
  return null;
}

function unknownNotice(
  unknown: readonly string[],
  first: string,
  known: readonly string[],
  facet: CountedFacet,
): FilterNotice {
  return {
    kind: 'unknown-values',
    facet,
    count: unknown.length,
    examples: unknown.slice(0, EXAMPLES).map(clip),
    known: mostLike(first, known),
    moreKnown: known.length > MAX_LISTED,
  };
}

/** A quoted value is cut short, so one long crafted value cannot fill the notice. */
function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** The known values most like the unknown one first, a few of them, so the notice points at the fix. */
function mostLike(value: string, known: readonly string[]): string[] {
  const key = compact(value);
  return known
    .map((candidate, order) => ({ candidate, order, score: likeness(key, compact(candidate)) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, MAX_LISTED)
    .map((entry) => entry.candidate);
}

function compact(text: string): string {
  return normalizeForSearch(text).replace(/[^a-z0-9]/g, '');
}

/** The length of the shared start, or of the value when one contains the other. */
function likeness(a: string, b: string): number {
  if (a === '' || b === '') return 0;
  if (a.includes(b) || b.includes(a)) return Math.min(a.length, b.length) + 1;
  let shared = 0;
  while (shared < a.length && a[shared] === b[shared]) shared += 1;
  return shared;
}
