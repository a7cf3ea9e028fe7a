import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datedRoundsInTimeOrder } from './dated-rounds.ts';
import { bundledData } from '../test/bundled-dataset.ts';
import {
  countedFacets,
  facetCounts,
  filterAndCount,
  filterRounds,
  keepsEveryRound,
  type CountedFacet,
  type FilterIndex,
} from './filter-rounds.ts';
import { buildFilterIndex } from './build-filter-index.ts';
import { emptyFilters, type Filters } from './round-filters.ts';
import {
  outcomeStatuses,
  participantRoles,
  roundFormats,
  roundStatuses,
  type Dataset,
  type Round,
} from './schema.ts';
import { matchesAllTerms, searchTerms } from './search-text.ts';

const S = ['s1'];
const PARTIES = ['ua', 'ru', 'us', 'tr'];
const PEOPLE = ['p1', 'p2', 'p3', 'p4', 'p5'];
const TOPICS = ['t1', 't2', 't3'];
const CITIES = ['Istanbul', 'Riyadh', 'Genève'];
const WORDS = ['Çırağan', 'ciragan', 'palace', 'talks', 'Zelenskyy', 'zelensky', 'energy', 'black sea'];
const DAYS = ['2025-01-31', '2025-02-01', '2025-02-15', '2025-03-01', '2025-03-31', '2025-04-02'];

const roundArb = (id: string): fc.Arbitrary<Round> =>
  fc
    .record({
      date: fc.constantFrom('2025-02-01', '2025-02-15', '2025-03', '2025-02-10/2025-03-02', '2025-04-01'),
      format: fc.option(fc.constantFrom(...roundFormats), { nil: undefined }),
      status: fc.option(fc.constantFrom(...roundStatuses), { nil: undefined }),
      city: fc.option(fc.constantFrom(...CITIES), { nil: undefined }),
      title: fc.constantFrom(...WORDS),
      participants: fc.uniqueArray(
        fc.record({
          party: fc.constantFrom(...PARTIES),
          role: fc.constantFrom(...participantRoles),
          people: fc.subarray(PEOPLE, { maxLength: 2 }),
        }),
        { maxLength: 4, selector: (p) => p.party },
      ),
      outcomes: fc.array(
        fc.record({ topic: fc.constantFrom(...TOPICS), status: fc.constantFrom(...outcomeStatuses) }),
        { maxLength: 3 },
      ),
      speakers: fc.subarray(PEOPLE, { maxLength: 2 }),
    })
    .map((r): Round => ({
      id,
      kind: 'talks',
      title: r.title,
      date: r.date,
      ...(r.format ? { format: r.format } : {}),
      ...(r.status ? { status: r.status } : {}),
      ...(r.city ? { location: { city: r.city } } : {}),
      participants: r.participants.map(({ people, ...p }) => ({
        ...p,
        sources: S,
        delegation: people.map((person) => ({ person, sources: S })),
      })),
      outcomes: r.outcomes.map((o) => ({ ...o, summary: 'An outcome', sources: S })),
      statements: r.speakers.map((speaker) => ({ speaker, paraphrase: 'Said so', sources: S })),
      sources: S,
    }));

const smallDataset: fc.Arbitrary<Dataset> = fc.integer({ min: 0, max: 10 }).chain((n) =>
  fc.tuple(...Array.from({ length: n }, (_, i) => roundArb(`r${i}`))).map((rounds) => ({
    meta: {
      title: 'T',
      description: 'D',
      languages: ['en'],
      licence: 'CC0',
      updated: '2025-06-01',
      maintainer: { name: 'M' },
    },
    parties: PARTIES.map((id) => ({ id, name: id, shortName: id, kind: 'state' as const })),
    people: PEOPLE.map((id, k) => ({
      id,
      name: `Person ${id}`,
      ...(k === 0 ? { aliases: ['Zelenskyy'] } : {}),
      party: PARTIES[k % PARTIES.length] ?? 'ua',
      positions: [],
    })),
    topics: TOPICS.map((id) => ({ id, label: id, description: id, group: 'security' as const })),
    sources: [{ id: 's1', url: 'https://example.org', publisher: 'P', language: 'en' }],
    rounds,
  })),
);

/** Filters over an index's own values, with the odd unknown value mixed in. */
function filtersArb(index: FilterIndex): fc.Arbitrary<Filters> {
  const values = (facet: CountedFacet) => {
    const pool = [...index.values[facet], 'unknown-value'];
    return fc.subarray(pool, { maxLength: Math.min(3, pool.length) });
  };
  return fc.record({
    topics: values('topics'),
    parties: values('parties'),
    people: values('people'),
    roles: values('roles') as fc.Arbitrary<Filters['roles']>,
    outcomes: values('outcomes') as fc.Arbitrary<Filters['outcomes']>,
    formats: values('formats') as fc.Arbitrary<Filters['formats']>,
    statuses: values('statuses') as fc.Arbitrary<Filters['statuses']>,
    places: values('places'),
    from: fc.option(fc.constantFrom(...DAYS), { nil: null }),
    to: fc.option(fc.constantFrom(...DAYS), { nil: null }),
    q: fc.oneof(fc.constant(''), fc.constantFrom(...WORDS, 'person', 'ua', 'said')),
  });
}

/** A straightforward reading of the semantics, round by round, to check the one-pass counting against. */
function referenceMatch(index: FilterIndex, f: Filters, id: string): boolean {
  const position = index.rounds.findIndex((round) => round.id === id);
  const r = index.rounds[position];
  if (!r) return false;
  const some = (chosen: readonly string[], value: string | undefined) =>
    chosen.length === 0 || (value !== undefined && chosen.includes(value));
  const participant = r.participantParties.some(
    (party, k) => some(f.parties, party) && some(f.roles, r.participantRoles[k]),
  );
  // An outcome status with no topic chosen reads the round's summary status (its badge); with a topic, the
  // round's status on that topic.
  const outcome =
    f.topics.length === 0
      ? some(f.outcomes, r.summaryStatus)
      : r.outcomeTopics.some((topic, k) => some(f.topics, topic) && some(f.outcomes, r.outcomeStatuses[k]));
  const from = f.from ? Date.parse(`${f.from}T00:00:00Z`) : -Infinity;
  const to = f.to ? Date.parse(`${f.to}T23:59:59.999Z`) : Infinity;
  return (
    (f.parties.length + f.roles.length === 0 || participant) &&
    (f.topics.length + f.outcomes.length === 0 || outcome) &&
    (f.people.length === 0 || r.people.some((p) => f.people.includes(p))) &&
    some(f.formats, r.format) &&
    some(f.statuses, r.status) &&
    some(f.places, r.city) &&
    r.end >= from &&
    r.start <= to &&
    from <= to &&
    matchesAllTerms(index.searchTexts.at(position), searchTerms(f.q))
  );
}

function checkProperties(index: FilterIndex, f: Filters): void {
  const all = index.rounds.map((r) => r.id);
  const result = filterRounds(index, f);
  const isSubset = (small: string[], big: Set<string>) => small.every((id) => big.has(id));

  // The result is the reference reading, in time order.
  expect(result).toEqual(all.filter((id) => referenceMatch(index, f, id)));

  // Clearing returns everything.
  expect(filterRounds(index, emptyFilters)).toEqual(all);

  // The shortcut past filtering is taken exactly when no facet, date or search term is set, and then
  // filtering would have kept every round.
  const noneSet =
    countedFacets.every((facet) => f[facet].length === 0) &&
    f.from === null &&
    f.to === null &&
    searchTerms(f.q).length === 0;
  expect(keepsEveryRound(index, f)).toBe(noneSet);
  expect(keepsEveryRound(index, { ...emptyFilters, q: ' \t ' })).toBe(true);
  expect(filterRounds(index, { ...emptyFilters, q: ' \t ' })).toEqual(all);
  if (noneSet) expect(result).toEqual(all);

  const counts = facetCounts(index, f);
  expect(filterAndCount(index, f).ids).toEqual(result);
  for (const facet of countedFacets) {
    const chosen = f[facet] as string[];
    const others = { ...f, [facet]: [] };
    const withoutFacet = new Set(filterRounds(index, others));
    // Removing a facet never shrinks the result (adding one never grows it) — except removing the topics while
    // an outcome is chosen: that switches the outcome filter from the status on those topics to the round's
    // summary status (data/README.md), which is a different reading, not a wider one.
    const changesOutcomeReading = facet === 'topics' && f.outcomes.length > 0;
    if (!changesOutcomeReading) expect(isSubset(result, withoutFacet)).toBe(true);
    for (const value of new Set([...index.values[facet], ...chosen])) {
      // Adding a value to a facet that already has one never shrinks the result.
      if (chosen.length > 0 && !chosen.includes(value)) {
        const wider = filterRounds(index, { ...f, [facet]: [...chosen, value] });
        expect(isSubset(result, new Set(wider))).toBe(true);
      }
      // Each count is the size of the result with that value alone chosen in its facet.
      const alone = filterRounds(index, { ...f, [facet]: [value] });
      expect({ facet, value, count: counts[facet].get(value) ?? 0 }).toEqual({
        facet,
        value,
        count: alone.length,
      });
    }
  }
  // Dates and search narrow too: dropping them never shrinks the result.
  const withoutDates = new Set(filterRounds(index, { ...f, from: null, to: null }));
  const withoutSearch = new Set(filterRounds(index, { ...f, q: '' }));
  expect(isSubset(result, withoutDates) && isSubset(result, withoutSearch)).toBe(true);
}

describe('filterRounds and facetCounts over generated datasets', () => {
  it('hold the faceted-search laws', () => {
    fc.assert(
      fc.property(
        smallDataset.chain((dataset) => {
          const index = buildFilterIndex(dataset, datedRoundsInTimeOrder(dataset.rounds));
          return fc.tuple(fc.constant(index), filtersArb(index));
        }),
        ([index, f]) => checkProperties(index, f),
      ),
      { numRuns: 150 },
    );
  });
});

describe('filterRounds and facetCounts over the bundled dataset', () => {
  const { dataset, rounds } = bundledData();
  const index = buildFilterIndex(dataset, rounds);

  it('hold the faceted-search laws', () => {
    fc.assert(
      fc.property(filtersArb(index), (f) => checkProperties(index, f)),
      { numRuns: 60 },
    );
  });

  it('narrows to nothing and widens back to everything', () => {
    expect(filterRounds(index, { ...emptyFilters, topics: ['no-such-topic'] })).toEqual([]);
    expect(filterRounds(index, emptyFilters)).toHaveLength(dataset.rounds.length);
  });
});
