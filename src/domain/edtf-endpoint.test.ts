import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { grammarEndpoint, plainEndpoint } from './edtf-endpoint.ts';

const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('plainEndpoint', () => {
  it('agrees with the EDTF grammar on every real calendar day, month and year', () => {
    const day = fc
      .date({
        min: new Date('0000-01-01T00:00:00Z'),
        max: new Date('2999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    const forms = fc.oneof(
      day,
      day.map((d) => d.slice(0, 7)),
      day.map((d) => d.slice(0, 4)),
    );
    fc.assert(
      fc.property(forms, fc.constantFrom('', '?', '~', '%'), (text, qualifier) => {
        expect(plainEndpoint(text + qualifier)).toEqual(grammarEndpoint(text + qualifier));
      }),
      { numRuns: 400 },
    );
  });

  it('reads a qualifier as the grammar does: ? uncertain, ~ approximate, % both', () => {
    expect(plainEndpoint('2025-03~')).toMatchObject({
      precision: 'month',
      approximate: true,
      uncertain: false,
    });
    expect(plainEndpoint('2025-05-16?')).toMatchObject({
      precision: 'day',
      approximate: false,
      uncertain: true,
    });
    expect(plainEndpoint('2025%')).toMatchObject({ precision: 'year', approximate: true, uncertain: true });
  });

  it('leaves other forms to the grammar and its wording', () => {
    for (const text of ['2025-21', '2025-03-1X', '2025-13', '2025-13~', '2025-05~?', 'soon']) {
      expect(plainEndpoint(text)).toBeNull();
    }
  });

  it('refuses a day the calendar lacks, qualified or not (the grammar takes 29 February in any year)', () => {
    for (const text of ['2025-02-30', '2025-02-29', '2025-02-29?', '2023-04-31~', '2025-01-00%']) {
      expect(plainEndpoint(text)).toBe(`not a day in the calendar: ${text}`);
    }
    expect(plainEndpoint('2024-02-29?')).toMatchObject({ precision: 'day', uncertain: true });
  });

  it('covers a whole month to its last millisecond', () => {
    expect(plainEndpoint(`2025-${pad(2, 2)}`)).toEqual({
      start: Date.UTC(2025, 1, 1),
      end: Date.UTC(2025, 2, 1) - 1,
      precision: 'month',
      approximate: false,
      uncertain: false,
    });
  });
});
