import { describe, expect, it } from 'vitest';
import { appendIn, getIn, removeIn, setIn } from './json-path-update.ts';

describe('setIn', () => {
  it('replaces a nested value and copies only the objects on the way', () => {
    const root = {
      rounds: [{ title: 'a', location: { city: 'Riyadh' } }, { title: 'b' }],
      meta: { title: 'm' },
    };
    const next = setIn(root, ['rounds', 0, 'location', 'city'], 'Jeddah');
    expect(getIn(next, ['rounds', 0, 'location', 'city'])).toBe('Jeddah');
    expect(getIn(root, ['rounds', 0, 'location', 'city'])).toBe('Riyadh');
    expect(next.meta).toBe(root.meta);
    expect(next.rounds[1]).toBe(root.rounds[1]);
  });

  it('removes the key for undefined, so an emptied optional field is absent', () => {
    const next = setIn(
      { round: { dateLabel: 'early March', title: 't' } },
      ['round', 'dateLabel'],
      undefined,
    );
    expect(next).toEqual({ round: { title: 't' } });
    expect('dateLabel' in next.round).toBe(false);
  });

  it('creates arrays for numeric segments (a longitude before any coordinates)', () => {
    expect(setIn({}, ['location', 'coordinates', 0], 29.0)).toEqual({ location: { coordinates: [29.0] } });
  });
});

describe('appendIn and removeIn', () => {
  it('append to a missing list and remove by index', () => {
    const withTwo = appendIn(
      appendIn({ round: {} }, ['round', 'statements'], { a: 1 }),
      ['round', 'statements'],
      { a: 2 },
    );
    expect(getIn(withTwo, ['round', 'statements'])).toEqual([{ a: 1 }, { a: 2 }]);
    expect(getIn(removeIn(withTwo, ['round', 'statements'], 0), ['round', 'statements'])).toEqual([{ a: 2 }]);
  });
});
