import { describe, expect, it } from 'vitest';
import { bundledData } from '../test/bundled-dataset.ts';
import { emptyFilters, type Filters } from './round-filters.ts';
import { knownFilterValues } from './validate-filters.ts';

describe('knownFilterValues', () => {
  const { dataset } = bundledData();
  const check = (patch: Partial<Filters>) => knownFilterValues({ ...emptyFilters, ...patch }, dataset);

  it('keeps filters the dataset knows, without notices', () => {
    const filters: Filters = {
      topics: ['ceasefire-comprehensive', 'pow-exchange'],
      parties: ['ua', 'tr'],
      people: ['zelensky'],
      roles: ['mediator'],
      outcomes: ['agreed'],
      formats: ['in-person'],
      statuses: ['held'],
      places: ['Istanbul'],
      from: '2025-03-01',
      to: '2025-06-30',
      q: 'Çırağan',
    };
    expect(knownFilterValues(filters, dataset)).toEqual({ filters, notices: [] });
  });

  it('drops an unknown topic and lists the most similar known ones first', () => {
    const { filters, notices } = check({ topics: ['cease-fire', 'black-sea'] });
    expect(filters.topics).toEqual(['black-sea']);
    expect(notices).toEqual([
      {
        kind: 'unknown-values',
        facet: 'topics',
        count: 1,
        examples: ['cease-fire'],
        known: expect.arrayContaining(['ceasefire-comprehensive']) as string[],
        moreKnown: true,
      },
    ]);
    expect((notices[0] as { known: string[] }).known[0]).toBe('ceasefire-comprehensive');
  });

  it('drops unknown parties, people and places, one notice each', () => {
    const { filters, notices } = check({ parties: ['ru2', 'ru'], people: ['nobody'], places: ['Atlantis'] });
    expect(filters).toMatchObject({ parties: ['ru'], people: [], places: [] });
    expect(notices.map((n) => n.kind === 'unknown-values' && [n.facet, n.examples])).toEqual([
      ['parties', ['ru2']],
      ['people', ['nobody']],
      ['places', ['Atlantis']],
    ]);
    expect(notices[0]).toMatchObject({ known: expect.arrayContaining(['ru']) as string[] });
    expect((notices[0] as { known: string[] }).known[0]).toBe('ru');
  });

  it('reads a place written with other case or accents as the city the data names', () => {
    expect(check({ places: ['istanbul', 'RIYADH'] })).toEqual({
      filters: { ...emptyFilters, places: ['Istanbul', 'Riyadh'] },
      notices: [],
    });
  });

  it('drops values outside the vocabularies', () => {
    const { filters, notices } = check({ roles: ['chair' as 'host'], formats: ['hybrid' as 'mixed'] });
    expect(filters.roles).toEqual([]);
    expect(filters.formats).toEqual([]);
    expect(notices[0]).toEqual({
      kind: 'unknown-values',
      facet: 'roles',
      count: 1,
      examples: ['chair'],
      known: ['party', 'mediator', 'host', 'observer'],
      moreKnown: false,
    });
  });

  it('cuts a long value short', () => {
    expect(check({ people: ['x'.repeat(50)] }).notices[0]).toMatchObject({
      examples: [`${'x'.repeat(40)}…`],
    });
  });

  it('keeps each value once', () => {
    expect(check({ parties: ['ua', 'ua'] }).filters.parties).toEqual(['ua']);
  });

  it('drops the end date when it comes before the start, and says so', () => {
    expect(check({ from: '2025-05-01', to: '2025-04-01' })).toEqual({
      filters: { ...emptyFilters, from: '2025-05-01' },
      notices: [{ kind: 'end-before-start', from: '2025-05-01', to: '2025-04-01' }],
    });
  });

  it('drops a day that does not exist', () => {
    const { filters, notices } = check({ from: '2025-02-30', to: 'soon' });
    expect(filters.from).toBeNull();
    expect(filters.to).toBeNull();
    expect(notices).toEqual([
      { kind: 'bad-day', end: 'start', value: '2025-02-30' },
      { kind: 'bad-day', end: 'end', value: 'soon' },
    ]);
  });

  it('summarises many unknown values of a facet in one notice, with a few examples and suggestions', () => {
    const unknown = Array.from({ length: 2600 }, (_, i) => `party-${i}`);
    const { filters, notices } = check({
      parties: ['ua', ...unknown, 'ru'],
      people: ['nobody-1', 'nobody-2'],
    });
    expect(filters.parties).toEqual(['ua', 'ru']);
    expect(notices).toMatchObject([
      { facet: 'parties', count: 2600, examples: ['party-0', 'party-1', 'party-2'] },
      { facet: 'people', count: 2, examples: ['nobody-1', 'nobody-2'] },
    ]);
  });

  it('matches thousands of values against thousands of known ones, keeping the known in link order', () => {
    const many = {
      ...dataset,
      parties: Array.from({ length: 20_000 }, (_, i) => ({ ...dataset.parties[0]!, id: `known-${i}` })),
    };
    const asked = Array.from({ length: 20_000 }, (_, i) => (i % 2 === 0 ? `known-${i}` : `unknown-${i}`));
    const { filters, notices } = knownFilterValues({ ...emptyFilters, parties: asked }, many);
    expect(filters.parties).toEqual(asked.filter((id) => id.startsWith('known-')));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({
      count: 10_000,
      examples: ['unknown-1', 'unknown-3', 'unknown-5'],
      known: expect.arrayContaining(['known-1']) as string[],
    });
    expect((notices[0] as { known: string[] }).known[0]).toBe('known-1');
  });
});
