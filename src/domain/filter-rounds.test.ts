import { describe, expect, it } from 'vitest';
import { datedRoundsInTimeOrder } from './dated-rounds.ts';
import { facetCounts, filterAndCount, filterRounds } from './filter-rounds.ts';
import { buildFilterIndex } from './build-filter-index.ts';
import { emptyFilters, type Filters } from './round-filters.ts';
import { overallStatus } from './round-summary.ts';
import { datasetSchema, outcomeStatuses, type Dataset, type ParticipantRole, type Round } from './schema.ts';

const S = ['s01'];
const as = (role: ParticipantRole, party: string, people: string[] = []) => ({
  party,
  role,
  sources: S,
  ...(people.length > 0 ? { delegation: people.map((person) => ({ person, sources: S })) } : {}),
});
const outcome = (topic: string, status: Round['outcomes'][number]['status']) => ({
  topic,
  status,
  summary: `${topic} was ${status}`,
  sources: S,
});
const round = (id: string, date: string, rest: Partial<Round>): Round => ({
  id,
  kind: 'talks',
  title: id,
  date,
  participants: [],
  outcomes: [],
  sources: S,
  ...rest,
});

// Five rounds, deliberately not in date order. Time order: e (March 2025), a, b, c, d.
const dataset: Dataset = datasetSchema.parse({
  meta: {
    title: 'Test',
    description: 'Hand-built dataset for filter tests',
    languages: ['en'],
    licence: 'CC0',
    updated: '2025-06-01',
    maintainer: { name: 'Test' },
  },
  parties: ['ua', 'ru', 'us', 'tr'].map((id) => ({
    id,
    name: id.toUpperCase(),
    shortName: id,
    kind: 'state',
  })),
  people: [
    { id: 'zelensky', name: 'Volodymyr Zelensky', aliases: ['Zelenskyy'], party: 'ua', positions: [] },
    { id: 'umerov', name: 'Rustem Umerov', party: 'ua', positions: [] },
    { id: 'medinsky', name: 'Vladimir Medinsky', party: 'ru', positions: [] },
    { id: 'rubio', name: 'Marco Rubio', party: 'us', positions: [] },
    { id: 'kalin', name: 'İbrahim Kalın', party: 'tr', positions: [] },
  ],
  topics: [
    { id: 'ceasefire', label: 'Ceasefire', description: 'x', group: 'security' },
    { id: 'pows', label: 'Prisoners', description: 'x', group: 'humanitarian' },
    { id: 'energy', label: 'Energy', description: 'x', group: 'security' },
    { id: 'relations', label: 'Relations', description: 'x', group: 'political' },
  ],
  sources: [{ id: 's01', url: 'https://example.org', publisher: 'Example', language: 'en' }],
  rounds: [
    round('d', '2025-05-23', {
      kind: 'exchange',
      participants: [as('party', 'ua'), as('party', 'ru')],
      outcomes: [outcome('pows', 'agreed')],
    }),
    round('a', '2025-03-11', {
      format: 'in-person',
      location: { city: 'Jeddah', venue: 'Ritz-Carlton' },
      participants: [as('party', 'us', ['rubio']), as('party', 'ua', ['umerov'])],
      outcomes: [outcome('ceasefire', 'proposed'), outcome('pows', 'agreed')],
      statements: [{ speaker: 'zelensky', paraphrase: 'He welcomed the proposal.', sources: S }],
    }),
    round('c', '2025-05-16/2025-05-17', {
      format: 'in-person',
      location: { city: 'Istanbul', venue: 'Çırağan Palace' },
      participants: [
        as('party', 'ru', ['medinsky']),
        as('party', 'ua', ['umerov']),
        as('host', 'tr'),
        as('mediator', 'us', ['rubio']),
      ],
      outcomes: [outcome('pows', 'agreed'), outcome('ceasefire', 'discussed')],
    }),
    round('b', '2025-03-18', {
      format: 'remote',
      participants: [as('party', 'us'), as('party', 'ru')],
      outcomes: [outcome('energy', 'agreed'), outcome('ceasefire', 'not-agreed')],
    }),
    round('e', '2025-03', {
      format: 'indirect',
      location: { city: 'Riyadh' },
      summary: 'Shuttle talks; Zelensky was briefed.',
      participants: [as('mediator', 'us'), as('party', 'ua'), as('party', 'ru'), as('observer', 'tr')],
      outcomes: [outcome('energy', 'partly-agreed')],
      statements: [{ speaker: 'kalin', quote: 'Peace is possible.', sources: S }],
    }),
  ],
});

const index = buildFilterIndex(dataset, datedRoundsInTimeOrder(dataset.rounds));
const matching = (patch: Partial<Filters>) => filterRounds(index, { ...emptyFilters, ...patch });
const counted = (patch: Partial<Filters>) => {
  const counts = facetCounts(index, { ...emptyFilters, ...patch });
  return Object.fromEntries(Object.entries(counts).map(([facet, map]) => [facet, Object.fromEntries(map)]));
};

describe('filterRounds', () => {
  it('returns every round in time order when no filter is set', () => {
    expect(matching({})).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('ORs the values of one facet', () => {
    expect(matching({ topics: ['ceasefire'] })).toEqual(['a', 'b', 'c']);
    expect(matching({ topics: ['ceasefire', 'energy'] })).toEqual(['e', 'a', 'b', 'c']);
    expect(matching({ formats: ['remote', 'indirect'] })).toEqual(['e', 'b']);
  });

  it('ANDs facets', () => {
    expect(matching({ topics: ['ceasefire'], formats: ['in-person'] })).toEqual(['a', 'c']);
    expect(matching({ topics: ['ceasefire'], places: ['Istanbul'], people: ['umerov'] })).toEqual(['c']);
  });

  it('matches a party in any role, and a role held by any party', () => {
    expect(matching({ parties: ['tr'] })).toEqual(['e', 'c']);
    expect(matching({ roles: ['mediator'] })).toEqual(['e', 'c']);
  });

  it('combines party and role within one participant', () => {
    expect(matching({ parties: ['us'], roles: ['mediator'] })).toEqual(['e', 'c']);
    expect(matching({ parties: ['ua'], roles: ['mediator'] })).toEqual([]);
    expect(matching({ parties: ['us', 'tr'], roles: ['host'] })).toEqual(['c']);
    expect(matching({ parties: ['tr'], roles: ['host', 'observer'] })).toEqual(['e', 'c']);
  });

  it('matches a status alone against the round summary that its badge and mark show', () => {
    // a agreed on prisoners but only proposed a ceasefire, b agreed on energy but not on a ceasefire: both
    // read "partly agreed"; c agreed on prisoners and only discussed a ceasefire: it reads "agreed".
    expect(matching({ outcomes: ['agreed'] })).toEqual(['c', 'd']);
    expect(matching({ outcomes: ['partly-agreed'] })).toEqual(['e', 'a', 'b']);
    expect(matching({ outcomes: ['proposed', 'discussed'] })).toEqual([]);
    for (const status of outcomeStatuses) {
      const labelled = dataset.rounds.filter((r) => overallStatus(r) === status).map((r) => r.id);
      expect(matching({ outcomes: [status] }).sort()).toEqual(labelled.sort());
    }
  });

  it('combines topic and outcome status within the outcome on that topic', () => {
    // Round a agreed on prisoners and only proposed a ceasefire: no ceasefire was agreed anywhere.
    expect(matching({ topics: ['ceasefire'], outcomes: ['agreed'] })).toEqual([]);
    expect(matching({ topics: ['pows'], outcomes: ['agreed'] })).toEqual(['a', 'c', 'd']);
    expect(matching({ topics: ['ceasefire'], outcomes: ['proposed', 'not-agreed'] })).toEqual(['a', 'b']);
  });

  it('matches people who are delegates or speakers', () => {
    expect(matching({ people: ['umerov'] })).toEqual(['a', 'c']);
    expect(matching({ people: ['zelensky'] })).toEqual(['a']);
    expect(matching({ people: ['kalin', 'medinsky'] })).toEqual(['e', 'c']);
  });

  it('matches places by the city as the data writes it; rounds without a place or format never match', () => {
    expect(matching({ places: ['Istanbul'] })).toEqual(['c']);
    expect(matching({ places: ['istanbul'] })).toEqual([]);
    expect(matching({ formats: ['in-person', 'remote', 'indirect', 'mixed'] })).not.toContain('d');
  });

  it('keeps rounds whose interval overlaps the whole days from 00:00 to 23:59:59.999 UTC', () => {
    expect(matching({ from: '2025-03-18' })).toEqual(['e', 'b', 'c', 'd']);
    expect(matching({ to: '2025-03-10' })).toEqual(['e']);
    expect(matching({ from: '2025-03-11', to: '2025-03-11' })).toEqual(['e', 'a']);
    expect(matching({ from: '2025-05-17', to: '2025-05-17' })).toEqual(['c']);
    expect(matching({ from: '2025-04-01', to: '2025-05-15' })).toEqual([]);
    expect(matching({ from: '2025-03-12', to: '2025-03-11' })).toEqual([]);
  });

  it('searches without case or diacritics, every term somewhere in the round', () => {
    expect(matching({ q: 'ciragan' })).toEqual(['c']);
    expect(matching({ q: 'ÇIRAĞAN palace' })).toEqual(['c']);
    expect(matching({ q: 'kalin' })).toEqual(['e']);
    expect(matching({ q: 'rubio jeddah' })).toEqual(['a']);
    expect(matching({ q: 'rubio' })).toEqual(['a', 'c']);
    expect(matching({ q: 'ceasefire was discussed' })).toEqual(['c']);
    expect(matching({ q: '   ' })).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('finds a person by a recorded alias, whether they speak or are only mentioned', () => {
    expect(matching({ q: 'zelenskyy' })).toEqual(['e', 'a']);
  });

  it('gives the same result whatever was searched before (typing forward, back and across)', () => {
    const typed = [
      'r',
      'ru',
      'rub',
      'rubio',
      'rubio j',
      'rubio je',
      'rubio',
      'ru',
      'umerov',
      'zelenskyy',
      'z',
      '',
    ];
    const fresh = (q: string) =>
      filterRounds(buildFilterIndex(dataset, datedRoundsInTimeOrder(dataset.rounds)), { ...emptyFilters, q });
    for (const q of typed) expect({ q, ids: matching({ q }) }).toEqual({ q, ids: fresh(q) });
  });

  it('matches nothing for unknown values', () => {
    expect(matching({ topics: ['cease-fire'] })).toEqual([]);
    expect(matching({ parties: ['xx'] })).toEqual([]);
    expect(matching({ from: 'not-a-day' })).toEqual([]);
  });
});

describe('facetCounts', () => {
  it('counts every value against all rounds when no filter is set', () => {
    const counts = counted({});
    expect(counts.topics).toEqual({ ceasefire: 3, pows: 3, energy: 2, relations: 0 });
    expect(counts.parties).toEqual({ ua: 4, ru: 4, us: 4, tr: 2 });
    expect(counts.people).toEqual({ zelensky: 1, umerov: 2, medinsky: 1, rubio: 2, kalin: 1 });
    expect(counts.roles).toEqual({ party: 5, mediator: 2, host: 1, observer: 1 });
    // Rounds by their summary status, as the list and the marks label them.
    expect(counts.outcomes).toEqual({
      agreed: 2,
      'agreed-in-principle': 0,
      'partly-agreed': 3,
      proposed: 0,
      'not-agreed': 0,
      discussed: 0,
    });
    expect(counts.formats).toEqual({ 'in-person': 2, remote: 1, indirect: 1, mixed: 0 });
    expect(counts.places).toEqual({ Istanbul: 1, Jeddah: 1, Riyadh: 1 });
  });

  it('hands out the counts taken with the index when no filter is active, a blank query included', () => {
    expect(facetCounts(index, emptyFilters)).toBe(index.unfilteredCounts);
    expect(facetCounts(index, { ...emptyFilters, q: '   ' })).toBe(index.unfilteredCounts);
    expect(index.unfilteredCounts).toEqual(filterAndCount(index, emptyFilters).counts);
    expect(facetCounts(index, { ...emptyFilters, q: 'rubio' })).not.toBe(index.unfilteredCounts);
  });

  it('counts a facet against the other facets only', () => {
    const counts = counted({ topics: ['ceasefire'] });
    // Topics ignore their own filter...
    expect(counts.topics).toEqual({ ceasefire: 3, pows: 3, energy: 2, relations: 0 });
    // ...and every other facet counts within rounds a, b and c.
    expect(counts.parties).toEqual({ ua: 2, ru: 2, us: 3, tr: 1 });
    expect(counts.roles).toEqual({ party: 3, mediator: 1, host: 1, observer: 0 });
    expect(counts.formats).toEqual({ 'in-person': 2, remote: 1, indirect: 0, mixed: 0 });
    expect(counts.places).toEqual({ Istanbul: 1, Jeddah: 1, Riyadh: 0 });
    // Statuses count ceasefire outcomes only, because topic and status pair up within an outcome.
    expect(counts.outcomes).toEqual({
      agreed: 0,
      'agreed-in-principle': 0,
      'partly-agreed': 0,
      proposed: 1,
      'not-agreed': 1,
      discussed: 1,
    });
  });

  it('counts each half of the party–role pair within participants the other half allows', () => {
    const counts = counted({ parties: ['us'], roles: ['mediator'] });
    expect(counts.roles).toEqual({ party: 2, mediator: 2, host: 0, observer: 0 });
    expect(counts.parties).toEqual({ ua: 0, ru: 0, us: 2, tr: 0 });
    expect(counts.topics).toEqual({ ceasefire: 1, pows: 1, energy: 1, relations: 0 });
  });

  it('counts the values of the one facet that excludes a round', () => {
    const counts = counted({ formats: ['remote'], places: ['Istanbul'] });
    expect(counts.formats).toEqual({ 'in-person': 1, remote: 0, indirect: 0, mixed: 0 });
    expect(counts.places).toEqual({ Istanbul: 0, Jeddah: 0, Riyadh: 0 });
    expect(counts.topics).toEqual({ ceasefire: 0, pows: 0, energy: 0, relations: 0 });
  });

  it('narrows counts by dates and search, which have no values of their own', () => {
    expect(counted({ q: 'rubio' }).places).toEqual({ Istanbul: 1, Jeddah: 1, Riyadh: 0 });
    expect(counted({ from: '2025-05-01' }).topics).toEqual({
      ceasefire: 1,
      pows: 2,
      energy: 0,
      relations: 0,
    });
  });
});

describe('filterAndCount', () => {
  it('returns the same ids and counts as the two separate functions', () => {
    const filters: Filters = { ...emptyFilters, topics: ['pows'], q: 'umerov' };
    const both = filterAndCount(index, filters);
    expect(both.ids).toEqual(filterRounds(index, filters));
    expect(both.counts).toEqual(facetCounts(index, filters));
  });
});

describe('buildFilterIndex', () => {
  it('lists facet values in dataset and vocabulary order, and cities A–Z', () => {
    expect(index.values.topics).toEqual(['ceasefire', 'pows', 'energy', 'relations']);
    expect(index.values.roles).toEqual(['party', 'mediator', 'host', 'observer']);
    expect(index.values.places).toEqual(['Istanbul', 'Jeddah', 'Riyadh']);
  });

  it('records each person once, delegates before speakers', () => {
    expect(index.rounds.find((r) => r.id === 'a')?.people).toEqual(['rubio', 'umerov', 'zelensky']);
  });
});
