import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeListValue, encodeListValue } from './list-value.ts';

const read = (text: string, limit?: number) => decodeListValue(text, limit).values;

describe('encodeListValue', () => {
  it('joins plain values with commas, as links always did', () => {
    expect(encodeListValue(['ua', 'ru', 'Istanbul'])).toBe('ua,ru,Istanbul');
  });

  it('escapes a comma and a backslash inside a value', () => {
    expect(encodeListValue(['Istanbul, Turkey', 'Turkey'])).toBe('Istanbul\\, Turkey,Turkey');
    expect(encodeListValue(['a\\b'])).toBe('a\\\\b');
  });

  it('escapes whitespace only at the ends of a value', () => {
    expect(encodeListValue([' Washington, D.C. '])).toBe('\\ Washington\\, D.C.\\ ');
  });
});

describe('decodeListValue', () => {
  it('reads an old plain list exactly as before: split on commas, each value trimmed', () => {
    expect(read('ua, ru ,Istanbul')).toEqual(['ua', 'ru', 'Istanbul']);
    expect(read('a,,b')).toEqual(['a', '', 'b']);
  });

  it('keeps an escaped comma inside its value', () => {
    expect(read('Istanbul\\, Turkey,Turkey')).toEqual(['Istanbul, Turkey', 'Turkey']);
  });

  it('reads a backslash at the very end as itself', () => {
    expect(read('a\\')).toEqual(['a\\']);
  });

  it('stops keeping values at the limit but counts them all', () => {
    expect(decodeListValue('a,b,c,d', 2)).toEqual({ values: ['a', 'b'], total: 4 });
  });
});

// Any well-formed Unicode text: a URL cannot carry a lone surrogate, so none is generated.
const anyText = fc.string({ unit: 'grapheme', maxLength: 20 });
const tricky = fc.stringMatching(/^[ ,\\a\u00a0\t]{0,8}$/);
const value = fc.oneof(
  anyText,
  tricky,
  fc.constantFrom('Istanbul, Turkey', 'Washington, D.C.', '', '100%', 'Київ'),
);

describe('the list encoding', () => {
  it('reads back every non-empty list of strings it writes', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), (values) => {
        expect(read(encodeListValue(values))).toEqual(values);
      }),
      { numRuns: 1000 },
    );
  });

  it('reads back every list through a real query string', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), (values) => {
        const query = new URLSearchParams({ place: encodeListValue(values) }).toString();
        expect(read(new URLSearchParams(query).get('place') ?? '')).toEqual(values);
      }),
      { numRuns: 500 },
    );
  });

  it('reads an old link of values without commas, backslashes or end spaces unchanged', () => {
    const plain = fc.stringMatching(/^[^,\\\s](?:[^,\\]*[^,\\\s])?$/);
    fc.assert(
      fc.property(fc.array(plain, { minLength: 1, maxLength: 6 }), (values) => {
        expect(read(values.join(','))).toEqual(values);
        expect(encodeListValue(values)).toBe(values.join(','));
      }),
    );
  });
});
