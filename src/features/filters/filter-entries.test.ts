import { afterEach, describe, expect, it } from 'vitest';
import { englishDates, setDateLocale } from '../../domain/date-locale.ts';
import { emptyFilters, type Filters } from '../../domain/round-filters.ts';
import { facetCounts } from '../../domain/filter-rounds.ts';
import { facetOptions, topicOptionGroups } from './facet-options.ts';
import { activeFilters, addedFilter, valueLabel, withValue } from './filter-entries.ts';
import { bundledFilterData } from './filters-test-data.ts';

const { dataset, index } = bundledFilterData();

describe('valueLabel', () => {
  it('uses the words the reader sees elsewhere', () => {
    expect(valueLabel(dataset, 'topics', 'ceasefire-comprehensive')).toBe('Ceasefire');
    expect(valueLabel(dataset, 'parties', 'ru')).toBe('Russia');
    expect(valueLabel(dataset, 'people', 'ibrahim-kalin')).toBe('İbrahim Kalın');
    expect(valueLabel(dataset, 'roles', 'party')).toBe('Negotiating party');
    expect(valueLabel(dataset, 'outcomes', 'not-agreed')).toBe('Not agreed');
    expect(valueLabel(dataset, 'formats', 'in-person')).toBe('In person');
    expect(valueLabel(dataset, 'from', '2025-07-23')).toBe('23 July 2025');
  });

  it('shows an id the dataset lacks as itself', () => {
    expect(valueLabel(dataset, 'topics', 'cease-fire')).toBe('cease-fire');
    expect(valueLabel(dataset, 'roles', 'chair')).toBe('chair');
  });
});

describe('places', () => {
  const translated = dataset.translations?.uk?.places ?? {};
  const inUkrainian = () => setDateLocale({ ...englishDates, code: 'uk' });
  afterEach(() => setDateLocale(englishDates));
  const placeOptions = () =>
    facetOptions(dataset, index, facetCounts(index, emptyFilters), emptyFilters, 'places');

  it('are named as the rounds write them in English, in English order', () => {
    const options = placeOptions();
    expect(options.map((o) => o.value)).toEqual(index.values.places);
    expect(options.every((o) => o.label === o.value)).toBe(true);
  });

  it('are named in the interface’s language where the dataset translates them, and listed in its order', () => {
    // The bundled data translates its places into Ukrainian.
    const named = index.values.places.filter((place) => translated[place] !== undefined);
    expect(named.length).toBeGreaterThan(2);
    inUkrainian();
    for (const place of named) expect(valueLabel(dataset, 'places', place)).toBe(translated[place]);
    const labels = placeOptions().map((o) => o.label);
    expect(labels).toEqual(
      index.values.places.map((place) => translated[place] ?? place).sort(new Intl.Collator('uk').compare),
    );
    expect(activeFilters(dataset, { ...emptyFilters, places: [named[0]!] })[0]!.label).toContain(
      translated[named[0]!]!,
    );
  });
});

describe('activeFilters', () => {
  it('ignores a blank search and counts a date bound', () => {
    expect(activeFilters(dataset, { ...emptyFilters, q: '   ' })).toEqual([]);
    expect(activeFilters(dataset, { ...emptyFilters, to: '2025-03-01' })).toHaveLength(1);
  });
});

describe('withValue', () => {
  it('adds in the order chosen, removes, and leaves the filters alone when nothing changes', () => {
    const one = withValue(emptyFilters, 'parties', 'ua', true);
    expect(withValue(one, 'parties', 'ru', true).parties).toEqual(['ua', 'ru']);
    expect(withValue(one, 'parties', 'ua', false).parties).toEqual([]);
    expect(withValue(one, 'parties', 'ua', true)).toBe(one);
  });
});

describe('addedFilter', () => {
  const before: Filters = { ...emptyFilters, topics: ['black-sea'] };
  it('names the value a change added', () => {
    expect(addedFilter(before, { ...before, topics: ['black-sea', 'pow-exchange'] })).toEqual({
      facet: 'topics',
      value: 'pow-exchange',
    });
    expect(addedFilter(before, { ...before, q: 'istanbul' })).toEqual({ facet: 'q', value: 'istanbul' });
    expect(addedFilter(before, { ...before, to: '2025-05-01' })).toEqual({
      facet: 'to',
      value: '2025-05-01',
    });
  });

  it('names nothing when a change only removed values', () => {
    expect(addedFilter(before, emptyFilters)).toBeUndefined();
  });
});

describe('facetOptions', () => {
  it('lists people with the most matches first, ties in dataset order', () => {
    const counts = facetCounts(index, emptyFilters);
    const people = facetOptions(dataset, index, counts, emptyFilters, 'people');
    expect(people.map((p) => p.count)).toEqual([...people.map((p) => p.count)].sort((a, b) => b - a));
    expect(people).toHaveLength(dataset.people.length);
  });

  it('keeps a chosen value the dataset lacks, so it can be unticked', () => {
    const filters = { ...emptyFilters, topics: ['cease-fire'] };
    const topics = facetOptions(dataset, index, facetCounts(index, filters), filters, 'topics');
    expect(topics.at(-1)).toEqual({ value: 'cease-fire', label: 'cease-fire', count: 0, checked: true });
    expect(topicOptionGroups(dataset, topics).at(-1)?.heading).toBe('Other');
  });

  it('gives outcome statuses their glyph', () => {
    const counts = facetCounts(index, emptyFilters);
    const outcomes = facetOptions(dataset, index, counts, emptyFilters, 'outcomes');
    expect(outcomes.find((o) => o.value === 'agreed')?.glyph).toBe('✓');
  });
});
