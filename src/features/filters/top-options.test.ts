import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FacetOption } from './facet-options.ts';
import { matchingOptions, topOptions } from './top-options.ts';

const option = (value: string, count: number, checked = false): FacetOption => ({
  value,
  label: value,
  count,
  checked,
});

describe('topOptions', () => {
  it('keeps the values with the most rounds and every ticked one, in display order', () => {
    const options = [option('a', 1), option('b', 5), option('c', 0, true), option('d', 5), option('e', 3)];
    expect(topOptions(options, 2).map((o) => o.value)).toEqual(['b', 'c', 'd']);
  });

  it('breaks ties by display order', () => {
    const options = [option('a', 2), option('b', 2), option('c', 2)];
    expect(topOptions(options, 2).map((o) => o.value)).toEqual(['a', 'b']);
  });

  it('agrees with sorting the whole list by count', () => {
    const counts = fc.array(fc.nat({ max: 6 }), { maxLength: 60 });
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 10 }), (list, top) => {
        const options = list.map((count, i) => option(`v${i}`, count));
        const expected = options
          .map((o, i) => ({ o, i }))
          .sort((a, b) => b.o.count - a.o.count || a.i - b.i)
          .slice(0, top)
          .sort((a, b) => a.i - b.i)
          .map(({ o }) => o);
        expect(topOptions(options, top)).toEqual(expected);
      }),
    );
  });
});

describe('matchingOptions', () => {
  const fold = (text: string) => text.toLowerCase();
  it('keeps the options whose label holds every word of the query', () => {
    const options = [option('Istanbul, Turkey', 1), option('Turkey', 1), option('Ankara', 1)];
    expect(matchingOptions(options, 'turk', fold).map((o) => o.value)).toEqual([
      'Istanbul, Turkey',
      'Turkey',
    ]);
    expect(matchingOptions(options, ' turkey  istanbul', fold).map((o) => o.value)).toEqual([
      'Istanbul, Turkey',
    ]);
    expect(matchingOptions(options, '  ', fold)).toBe(options);
  });
});
