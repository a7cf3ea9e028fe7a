import { isCalendarDay } from './calendar-days.ts';
import type { Filters } from './round-filters.ts';
import { outcomeStatuses, participantRoles, roundFormats, roundStatuses } from './vocabularies.ts';
import type { Dataset } from './schema.ts';
import { normalizeForSearch } from './search-text.ts';

/** Filters reduced to values the dataset knows, with a sentence for each value that was dropped. */
export interface KnownFilters {
  filters: Filters;
  notices: string[];
}

const MAX_LISTED = 5;
/** How many of the dropped values a summarised notice quotes. */
const EXAMPLES = 3;

const PLURALS: Record<string, string> = {
  topic: 'topics',
  party: 'parties',
  person: 'people',
  role: 'roles',
  'outcome status': 'outcome statuses',
  format: 'formats',
  'meeting status': 'meeting statuses',
  place: 'places',
};

/**
 * Keeps only the filter values this dataset knows (a link made for another dataset, or an old link,
 * may name topics, parties, people or places that are not here) and explains what it drops, in one
 * notice per facet: `Ignored topic "cease-fire": no such topic (known: ceasefire-comprehensive, …)`, or
 * for many, `2,600 unknown parties were ignored, such as "p1", "p2", "p3" (known: …)`. Each value is
 * looked up in a set of the known ones, and only the first is compared with them for the suggestion,
 * so a link naming 20,000 unknown people costs about as much as one naming a few. A place written
 * with other case or accents ("istanbul") is read as the city the data names. A range whose end comes
 * before its start keeps the start and drops the end.
 */
export function knownFilterValues(filters: Filters, dataset: Dataset): KnownFilters {
  const notices: string[] = [];
  const keep = <T extends string>(values: readonly T[], known: readonly T[], noun: string): T[] => {
    const knownSet = new Set<string>(known);
    const kept = new Set<T>();
    const unknown = new Set<T>();
    for (const value of values) (knownSet.has(value) ? kept : unknown).add(value);
    const [first] = unknown;
    if (first !== undefined) notices.push(unknownNotice([...unknown], first, known, noun));
    return [...kept];
  };
  const cities = [...new Set(dataset.rounds.flatMap((r) => (r.location?.city ? [r.location.city] : [])))];
  const canonicalCity = new Map(cities.map((city) => [normalizeForSearch(city), city]));
  const places = filters.places.map((place) => canonicalCity.get(normalizeForSearch(place)) ?? place);

  const from = knownDay(filters.from, 'start date', notices);
  let to = knownDay(filters.to, 'end date', notices);
  if (from !== null && to !== null && to < from) {
    notices.push(`Ignored the end date ${to}: it is before the start date ${from}.`);
    to = null;
  }
  return {
    filters: {
      topics: keep(
        filters.topics,
        dataset.topics.map((t) => t.id),
        'topic',
      ),
      parties: keep(
        filters.parties,
        dataset.parties.map((p) => p.id),
        'party',
      ),
      people: keep(
        filters.people,
        dataset.people.map((p) => p.id),
        'person',
      ),
      roles: keep(filters.roles, participantRoles, 'role'),
      outcomes: keep(filters.outcomes, outcomeStatuses, 'outcome status'),
      formats: keep(filters.formats, roundFormats, 'format'),
      statuses: keep(filters.statuses, roundStatuses, 'meeting status'),
      places: keep(places, cities, 'place'),
      from,
      to,
      q: filters.q,
    },
    notices,
  };
}

function knownDay(day: string | null, noun: string, notices: string[]): string | null {
  if (day === null || day === '') return null;
  if (isCalendarDay(day)) return day;
  notices.push(`Ignored the ${noun} "${day}": expected a date like 2025-03-11.`);
  return null;
}

function unknownNotice(unknown: readonly string[], first: string, known: readonly string[], noun: string) {
  const suggestion = `(known: ${listKnown(first, known)})`;
  if (unknown.length === 1) return `Ignored ${noun} "${clip(first)}": no such ${noun} ${suggestion}.`;
  const quoted = unknown.slice(0, EXAMPLES).map((value) => `"${clip(value)}"`);
  const examples = unknown.length > EXAMPLES ? `, such as ${quoted.join(', ')}` : `: ${quoted.join(', ')}`;
  const count = unknown.length.toLocaleString('en');
  return `${count} unknown ${PLURALS[noun] ?? noun} were ignored${examples} ${suggestion}.`;
}

/** A quoted value is cut short, so one long crafted value cannot fill the notice. */
function clip(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** The known values most like the unknown one first, a few of them, so the notice points at the fix. */
function listKnown(value: string, known: readonly string[]): string {
  if (known.length === 0) return 'none';
  const key = compact(value);
  const ranked = known
    .map((candidate, order) => ({ candidate, order, score: likeness(key, compact(candidate)) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((entry) => entry.candidate);
  const listed = ranked.slice(0, MAX_LISTED).join(', ');
  return known.length > MAX_LISTED ? `${listed}, …` : listed;
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
