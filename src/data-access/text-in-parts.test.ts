import fc from 'fast-check';
import { expect, it } from 'vitest';
import { TextInParts } from './text-in-parts.ts';

it('slices as the joined text would, before and after it is joined, however it was cut', () => {
  fc.assert(
    fc.property(fc.array(fc.string()), fc.nat(), fc.nat(), (parts, a, b) => {
      const text = new TextInParts();
      for (const part of parts) text.push(part);
      const whole = parts.join('');
      const [from, to] = [a % (whole.length + 2), b % (whole.length + 2)];
      expect(text.length).toBe(whole.length);
      expect(text.slice(from, to)).toBe(whole.slice(from, to));
      expect(text.slice(from, Infinity)).toBe(whole.slice(from));
      expect(text.whole()).toBe(whole);
      expect(text.slice(from, to)).toBe(whole.slice(from, to));
    }),
    { numRuns: 500 },
  );
});

it('takes offsets before the text as its start, joined or not, and lets go of it all when cleared', () => {
  const text = new TextInParts();
  for (const part of ['{"a"', ':', '1}']) text.push(part);
  expect(text.slice(-3, 4)).toBe('{"a"');
  text.whole();
  expect(text.slice(-3, 4)).toBe('{"a"');
  text.clear();
  expect([text.length, text.whole()]).toEqual([0, '']);
});

it('refuses a part once the text is joined, rather than lose it', () => {
  const text = new TextInParts();
  text.push('{"a":');
  text.whole();
  expect(() => text.push('1}')).toThrow('already joined');
});
