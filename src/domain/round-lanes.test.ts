import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRoundDate } from './dates.ts';
import { runSteps } from '../utils/steps.ts';
import { combineStatuses, laneSteps } from './round-lanes.ts';
import { datasetSchema, type Dataset, type OutcomeStatus, type Round } from './schema.ts';
import { outcomeStatuses } from './vocabularies.ts';

/** The lanes, each entry also naming its round's id (read from its position), so that expectations name rounds. */
const lanesFor = (...input: Parameters<typeof laneSteps>) => {
  const { lanes, entries } = runSteps(laneSteps(...input));
  const { rounds } = input[0];
  return { lanes, entries: entries.map((entry) => ({ roundId: rounds[entry.round]?.id, ...entry })) };
};

const S = ['s01'];
/** The start the app passes: the first instant of the round's EDTF date. */
const startOf = (r: Round) => parseRoundDate(r.date).start.getTime();
const labels = { noParties: 'No parties recorded', noPlace: 'No fixed place' };
const party = (id: string, shortName: string) => ({ id, name: shortName, shortName, kind: 'state' as const });
const as = (role: 'party' | 'mediator' | 'host' | 'observer') => (id: string) => ({
  party: id,
  role,
  sources: S,
});
const outcome = (topic: string, status: Round['outcomes'][number]['status']) => ({
  topic,
  status,
  summary: `${topic}: ${status}`,
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
const topic = (id: string, group: 'security' | 'humanitarian' | 'political' | 'economic') => ({
  id,
  label: id.toUpperCase(),
  description: id,
  group,
});

// Rounds are deliberately not in date order, and parties not in alphabetical order.
const dataset: Dataset = datasetSchema.parse({
  meta: {
    title: 'Test',
    description: 'Hand-built dataset for lane tests',
    languages: ['en'],
    licence: 'CC-BY-4.0',
    updated: '2025-06-27',
    maintainer: { name: 'Tests' },
  },
  parties: [party('us', 'US'), party('ru', 'Russia'), party('ua', 'Ukraine'), party('sa', 'Saudi Arabia')],
  people: [],
  topics: [
    topic('ceasefire', 'security'),
    topic('prisoners', 'humanitarian'),
    topic('energy', 'security'),
    topic('embassies', 'political'),
    topic('black-sea', 'security'),
    topic('sanctions', 'economic'),
  ],
  sources: [{ id: 's01', url: 'https://example.org/s01', publisher: 'Example', language: 'en' }],
  rounds: [
    round('istanbul', '2025-05-16?', {
      location: { city: 'Istanbul', country: 'Türkiye' },
      participants: [...['ua', 'ru'].map(as('party')), as('observer')('us')],
      outcomes: [outcome('ceasefire', 'not-agreed'), outcome('prisoners', 'agreed')],
    }),
    round('riyadh-us-ru', '2025-02-18', {
      location: { city: 'Riyadh', country: 'Saudi Arabia' },
      participants: [...['ru', 'us'].map(as('party')), as('host')('sa')],
      outcomes: [outcome('embassies', 'agreed')],
    }),
    round('jeddah', '2025-03-11', {
      location: { city: 'Jeddah', country: 'Saudi Arabia', venue: 'Ritz-Carlton' },
      participants: ['ua', 'us'].map(as('party')),
      outcomes: [
        outcome('ceasefire', 'agreed'),
        outcome('prisoners', 'discussed'),
        outcome('ceasefire', 'not-agreed'),
      ],
    }),
    round('call', '2025-03-18', {
      kind: 'call',
      format: 'remote',
      participants: ['us', 'ru'].map(as('party')),
      outcomes: [outcome('energy', 'agreed')],
    }),
    round('riyadh-us-ua', '2025-03-23/2025-03-25', {
      location: { city: 'Riyadh', country: 'Saudi Arabia' },
      participants: ['us', 'ua'].map(as('party')),
      outcomes: [
        outcome('black-sea', 'agreed-in-principle'),
        outcome('energy', 'proposed'),
        outcome('energy', 'discussed'),
      ],
    }),
    round('shuttle', '2025-02~', {
      location: { country: 'Saudi Arabia' },
      participants: [as('mediator')('sa')],
    }),
  ],
});

describe('lanesFor table', () => {
  it('makes one lane per set of negotiating parties, ordered by first round', () => {
    expect(lanesFor(dataset, 'table', startOf, labels)).toEqual({
      lanes: [
        { id: '(no-party)', label: 'No parties recorded' },
        { id: 'ru+us', label: 'US–Russia' },
        { id: 'ua+us', label: 'US–Ukraine' },
        { id: 'ru+ua', label: 'Russia–Ukraine' },
      ],
      entries: [
        { roundId: 'istanbul', round: 0, laneId: 'ru+ua' },
        { roundId: 'riyadh-us-ru', round: 1, laneId: 'ru+us' },
        { roundId: 'jeddah', round: 2, laneId: 'ua+us' },
        { roundId: 'call', round: 3, laneId: 'ru+us' },
        { roundId: 'riyadh-us-ua', round: 4, laneId: 'ua+us' },
        { roundId: 'shuttle', round: 5, laneId: '(no-party)' },
      ],
    });
  });

  it('gives the start function each round with its position', () => {
    const { lanes } = lanesFor(
      dataset,
      'table',
      (round, index) => (round === dataset.rounds[index] ? index : NaN),
      labels,
    );
    // Lanes in the order of their first rounds in the dataset, the round without parties last.
    expect(lanes.map((l) => l.id)).toEqual(['ru+ua', 'ru+us', 'ua+us', '(no-party)']);
  });

  it('orders by the given start function, ties by label', () => {
    const { lanes } = lanesFor(dataset, 'table', () => 0, labels);
    expect(lanes.map((l) => l.label)).toEqual([
      'No parties recorded',
      'Russia–Ukraine',
      'US–Russia',
      'US–Ukraine',
    ]);
  });
  it('tells apart lists of parties whose ids would run together', () => {
    // Ids that would run together when written one after the other: "a" + "bc" and "ab" + "c" are two tables.
    const odd: Dataset = {
      ...dataset,
      parties: [party('a', 'A'), party('bc', 'BC'), party('ab', 'AB'), party('c', 'C')],
      rounds: [
        round('one', '2025-01-01', { participants: ['a', 'bc'].map(as('party')) }),
        round('two', '2025-01-02', { participants: ['ab', 'c'].map(as('party')) }),
      ],
    };
    expect(lanesFor(odd, 'table', startOf, labels).entries).toEqual([
      { roundId: 'one', round: 0, laneId: 'a+bc' },
      { roundId: 'two', round: 1, laneId: 'ab+c' },
    ]);
  });
});

describe('lanesFor place', () => {
  it('makes one lane per city, with rounds without a city in one lane', () => {
    expect(lanesFor(dataset, 'place', startOf, labels)).toEqual({
      lanes: [
        { id: '(no-place)', label: 'No fixed place' },
        { id: 'Riyadh, Saudi Arabia', label: 'Riyadh, Saudi Arabia' },
        { id: 'Jeddah, Saudi Arabia', label: 'Jeddah, Saudi Arabia' },
        { id: 'Istanbul, Türkiye', label: 'Istanbul, Türkiye' },
      ],
      entries: [
        { roundId: 'istanbul', round: 0, laneId: 'Istanbul, Türkiye' },
        { roundId: 'riyadh-us-ru', round: 1, laneId: 'Riyadh, Saudi Arabia' },
        { roundId: 'jeddah', round: 2, laneId: 'Jeddah, Saudi Arabia' },
        { roundId: 'call', round: 3, laneId: '(no-place)' },
        { roundId: 'riyadh-us-ua', round: 4, laneId: 'Riyadh, Saudi Arabia' },
        { roundId: 'shuttle', round: 5, laneId: '(no-place)' },
      ],
    });
  });

  it('puts lanes whose rounds have no known start last', () => {
    const withGaps = (r: Round) => (r.id === 'shuttle' || r.id === 'call' ? Number.NaN : startOf(r));
    expect(lanesFor(dataset, 'place', withGaps, labels).lanes.map((l) => l.id)).toEqual([
      'Riyadh, Saudi Arabia',
      'Jeddah, Saudi Arabia',
      'Istanbul, Türkiye',
      '(no-place)',
    ]);
  });
});

describe('lanesFor topic', () => {
  it('makes a lane per topic with outcomes, grouped, with each round’s combined status', () => {
    expect(lanesFor(dataset, 'topic', startOf, labels)).toEqual({
      // Security topics first (the group of the first topic), in dataset order; "sanctions" has no outcome.
      lanes: [
        { id: 'ceasefire', label: 'CEASEFIRE' },
        { id: 'energy', label: 'ENERGY' },
        { id: 'black-sea', label: 'BLACK-SEA' },
        { id: 'prisoners', label: 'PRISONERS' },
        { id: 'embassies', label: 'EMBASSIES' },
      ],
      entries: [
        { roundId: 'istanbul', round: 0, laneId: 'ceasefire', status: 'not-agreed' },
        { roundId: 'istanbul', round: 0, laneId: 'prisoners', status: 'agreed' },
        { roundId: 'riyadh-us-ru', round: 1, laneId: 'embassies', status: 'agreed' },
        { roundId: 'jeddah', round: 2, laneId: 'ceasefire', status: 'partly-agreed' },
        { roundId: 'jeddah', round: 2, laneId: 'prisoners', status: 'discussed' },
        { roundId: 'call', round: 3, laneId: 'energy', status: 'agreed' },
        { roundId: 'riyadh-us-ua', round: 4, laneId: 'energy', status: 'proposed' },
        { roundId: 'riyadh-us-ua', round: 4, laneId: 'black-sea', status: 'agreed-in-principle' },
      ],
    });
  });
});

describe('combineStatuses', () => {
  it('keeps a status all outcomes share', () => {
    expect(combineStatuses(['discussed', 'discussed'])).toBe('discussed');
  });

  it('calls agreement mixed with refusal or a mere proposal partly agreed', () => {
    expect(combineStatuses(['agreed', 'not-agreed'])).toBe('partly-agreed');
    expect(combineStatuses(['proposed', 'agreed-in-principle'])).toBe('partly-agreed');
    expect(combineStatuses(['agreed', 'discussed', 'proposed'])).toBe('partly-agreed');
  });

  it('otherwise takes the most settled status', () => {
    expect(combineStatuses(['discussed', 'agreed'])).toBe('agreed');
    expect(combineStatuses(['agreed-in-principle', 'agreed'])).toBe('agreed');
    expect(combineStatuses(['partly-agreed', 'agreed'])).toBe('agreed');
    expect(combineStatuses(['not-agreed', 'proposed'])).toBe('proposed');
    expect(combineStatuses(['discussed', 'not-agreed'])).toBe('not-agreed');
  });

  it('follows its rule for any list, statuses the schema does not know included', () => {
    // Data that was not validated may name other statuses: they never win over a known one.
    const status = fc.oneof(fc.constantFrom(...outcomeStatuses), fc.constantFrom('pending', 'unknown'));
    fc.assert(
      fc.property(fc.array(status, { minLength: 1, maxLength: 8 }), (drawn) => {
        const statuses = drawn as [OutcomeStatus, ...OutcomeStatus[]];
        const known = outcomeStatuses.filter((s) => statuses.includes(s));
        const agreed = known.includes('agreed') || known.includes('agreed-in-principle');
        const unsettled = known.includes('not-agreed') || known.includes('proposed');
        const expected = statuses.every((s) => s === statuses[0])
          ? statuses[0]
          : agreed && unsettled
            ? 'partly-agreed'
            : (known[0] ?? statuses[0]);
        expect(combineStatuses(statuses)).toBe(expected);
      }),
    );
  });
});

describe('lanesFor at scale', () => {
  it('groups 50,000 rounds in every mode', () => {
    const many: Dataset = {
      ...dataset,
      rounds: Array.from({ length: 50_000 }, (_, i) => ({ ...dataset.rounds[i % 6]!, id: `r${i}` })),
    };
    const sizes = (['table', 'place', 'topic'] as const).map(
      (mode) => lanesFor(many, mode, startOf, labels).entries.length,
    );
    // 8,333 copies of the six rounds give 8 topic entries each; the two extra rounds (istanbul, riyadh-us-ru) give 3.
    expect(sizes).toEqual([50_000, 50_000, 8_333 * 8 + 3]);
  });
});
