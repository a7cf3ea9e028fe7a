import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { StringPool } from './string-pool.ts';

// Whether two equal strings share memory cannot be seen from script (=== compares contents): the heap figure
// it saves is a benchmark's (docs/performance-log.md). What a test can hold the pool to is changing nothing else.
describe('StringPool', () => {
  it('leaves any JSON value equal to what it was, with one pool across many values', () => {
    const pool = new StringPool();
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(pool.share(structuredClone(value))).toEqual(value);
      }),
    );
  });

  it('holds each distinct string once, from every depth of the values it was given', () => {
    const pool = new StringPool();
    pool.share({ id: 'r1', participants: [{ party: 'ua', delegation: [{ person: 'p1' }] }] });
    // The values 'r1', 'ua' and 'p1' (keys are the engine's, shared already).
    expect(pool.size).toBe(3);
    // Only 'r2' is new: the rest were seen in the first round, in objects and arrays alike.
    pool.share({
      id: 'r2',
      participants: [{ party: 'ua', delegation: [{ person: 'p1' }] }],
      sources: ['r1'],
    });
    expect(pool.size).toBe(4);
  });

  it('works in place: the same arrays and objects come back', () => {
    const round = { id: 'r1', participants: [{ party: 'ua', delegation: [{ person: 'p1' }] }] };
    const participants = round.participants;
    const shared = new StringPool().share(round);
    expect(shared).toBe(round);
    expect(shared.participants).toBe(participants);
  });

  it('gives an object no key that Object.prototype lends it', () => {
    const pool = new StringPool();
    // The pool holds an equal string of its own, so a lent value would be written back, as an own key.
    pool.share({ seen: ['lent', 'value'].join(' ') });
    Object.defineProperty(Object.prototype, 'lent', {
      value: 'lent value',
      enumerable: true,
      configurable: true,
      writable: true,
    });
    let own: boolean;
    try {
      own = Object.hasOwn(pool.share({ id: 'r1' }), 'lent');
    } finally {
      delete (Object.prototype as Record<string, unknown>)['lent'];
    }
    expect(own).toBe(false);
  });
});
