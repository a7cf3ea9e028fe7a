import { describe, expect, it } from 'vitest';
import type { Dataset, Person, Round } from '../../domain/schema.ts';
import { numberSources, outcomeGroups, panelLookups, participantGroups, positionAt } from './panel-model.ts';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

const person = (positions: Person['positions']): Person => ({ id: 'p', name: 'P', party: 'a', positions });

const dataset: Dataset = {
  meta: {
    title: 'T',
    description: 'D',
    languages: ['en'],
    licence: 'CC0',
    updated: '2025-01-01',
    maintainer: { name: 'M' },
  },
  parties: [
    { id: 'a', name: 'Republic of A', shortName: 'A', kind: 'state' },
    { id: 'b', name: 'B', shortName: 'B', kind: 'state' },
    { id: 'm', name: 'Mediating Union', shortName: 'MU', kind: 'organisation' },
  ],
  people: [
    { id: 'ann', name: 'Ann', party: 'a', positions: [{ title: 'Envoy' }] },
    { id: 'bob', name: 'Bob', party: 'a', positions: [] },
    {
      id: 'cy',
      name: 'Cy',
      party: 'a',
      positions: [{ title: 'Minister', to: '2024' }, { title: 'Adviser' }],
    },
  ],
  topics: [
    { id: 't1', label: 'Topic one', description: 'd', group: 'security' },
    { id: 't2', label: 'Topic two', description: 'd', group: 'economic' },
  ],
  sources: [],
  rounds: [],
};

const round: Round = {
  id: 'r',
  kind: 'talks',
  title: 'R',
  date: '2025-03-11',
  participants: [
    { party: 'm', role: 'mediator', sources: ['S9'] },
    {
      party: 'a',
      role: 'party',
      attendance: 'remote',
      delegation: [
        { person: 'bob', sources: ['S2'] },
        { person: 'ann', head: true, sources: ['S1'] },
        { person: 'cy', head: false, sources: ['S3'] },
      ],
      sources: ['S1'],
    },
    { party: 'b', role: 'party', attendance: 'in-person', sources: ['S4'] },
  ],
  outcomes: [
    { topic: 't2', status: 'agreed', summary: 'second topic, first outcome', sources: ['S1'] },
    { topic: 't1', status: 'proposed', summary: 'first topic', proposedBy: 'a', sources: ['S2'] },
    { topic: 'gone', status: 'discussed', summary: 'unknown topic', sources: ['S3'] },
    { topic: 't2', status: 'not-agreed', summary: 'second topic, second outcome', sources: ['S4'] },
  ],
  sources: ['S1'],
};

describe('panelLookups', () => {
  it('indexes parties, people and topics by id', () => {
    const lookups = panelLookups(dataset);
    expect(lookups.parties.get('m')?.shortName).toBe('MU');
    expect(lookups.people.get('cy')?.name).toBe('Cy');
    expect(lookups.topics.get('t2')?.label).toBe('Topic two');
    expect(lookups.sources.size).toBe(0);
  });
});

describe('positionAt', () => {
  it('gives no title when several undated positions could apply, rather than guess', () => {
    expect(positionAt(person([{ title: 'First' }, { title: 'Second' }]), at('2025-01-01'))).toBeUndefined();
  });

  it('gives the only position when there is one, dated or not', () => {
    expect(positionAt(person([{ title: 'Only' }]), at('2025-01-01'))).toBe('Only');
  });

  it('returns the position in effect at the date when positions have dates', () => {
    const p = person([
      { title: 'Defence Minister', from: '2023-09-06', to: '2025-07-17' },
      { title: 'Secretary', from: '2025-07-17' },
    ]);
    expect(positionAt(p, at('2025-03-23'))).toBe('Defence Minister');
    expect(positionAt(p, at('2025-07-23'))).toBe('Secretary');
  });

  it('reads "to" as inclusive of its whole unit', () => {
    const p = person([{ title: 'Old', to: '2025-03' }]);
    expect(positionAt(p, at('2025-03-31'))).toBe('Old');
    expect(positionAt(p, at('2025-04-01'))).toBeUndefined();
  });

  it('returns undefined for a person without positions', () => {
    expect(positionAt(person([]), at('2025-01-01'))).toBeUndefined();
  });
});

describe('participantGroups', () => {
  it('groups by role in the vocabulary order, heads of delegation first, with positions at the date', () => {
    const groups = participantGroups(round, panelLookups(dataset), at('2025-03-11'));
    expect(groups.map((g) => [g.role, g.heading, g.participants.map((p) => p.name)])).toEqual([
      ['party', 'Negotiating parties', ['Republic of A', 'B']],
      ['mediator', 'Mediators', ['Mediating Union']],
    ]);
    const a = groups[0]?.participants[0];
    expect(a?.attendance).toBe('remotely');
    expect(groups[0]?.participants[1]?.attendance).toBe('in person');
    expect(groups[1]?.participants[0]?.attendance).toBeUndefined();
    expect(a?.delegates).toEqual([
      { personId: 'ann', name: 'Ann', position: 'Envoy', head: true, sources: ['S1'] },
      { personId: 'bob', name: 'Bob', position: undefined, head: false, sources: ['S2'] },
      { personId: 'cy', name: 'Cy', position: 'Adviser', head: false, sources: ['S3'] },
    ]);
  });
});

describe('outcomeGroups', () => {
  it('groups outcomes by topic in dataset topic order, unknown topics last under their id', () => {
    const groups = outcomeGroups(round, dataset.topics);
    expect(groups.map((g) => [g.label, g.outcomes.map((o) => o.summary)])).toEqual([
      ['Topic one', ['first topic']],
      ['Topic two', ['second topic, first outcome', 'second topic, second outcome']],
      ['gone', ['unknown topic']],
    ]);
  });
});

describe('numberSources', () => {
  it('numbers each source once, by its first appearance in reading order', () => {
    const numbering = numberSources([['S3', 'S1'], [], ['S1', 'S7'], ['S3', 'S2']]);
    expect(numbering.order).toEqual(['S3', 'S1', 'S7', 'S2']);
    expect([...numbering.numbers]).toEqual([
      ['S3', 1],
      ['S1', 2],
      ['S7', 3],
      ['S2', 4],
    ]);
  });

  it('returns an empty numbering for no citations', () => {
    expect(numberSources([]).order).toEqual([]);
  });
});
