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

/**
 * Keeps only the filter values this dataset knows (a link made for another dataset, or an old link,
 * may name topics, parties, people or places that are not here) and explains each one it drops:
 * `Ignored topic "cease-fire": no such topic (known: ceasefire-comprehensive, …)`. A place written
 * with other case or accents ("istanbul") is read as the city the data names. A range whose end comes
 * before its start keeps the start and drops the end.
 */
export function knownFilterValues(filters: Filters, dataset: Dataset): KnownFilters {
  const notices: string[] = [];
  const keep = <T extends string>(values: readonly T[], known: readonly T[], noun: string): T[] => {
    const kept: T[] = [];
    for (const value of values) {
      if (known.includes(value)) {
        if (!kept.includes(value)) kept.push(value);
      } else {
        notices.push(`Ignored ${noun} "${value}": no such ${noun} (known: ${listKnown(value, known)}).`);
      }
    }
    return kept;
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
