import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../test/parse-csv.ts';
import { csvField, csvText, UTF8_BOM } from './csv-text.ts';

describe('csvField', () => {
  it('leaves plain text as it is', () => {
    expect(csvField('Istanbul')).toBe('Istanbul');
    expect(csvField('Мединский')).toBe('Мединский');
    expect(csvField('')).toBe('');
  });

  it('quotes a field with a comma, a quote or a line break, doubling the quotes', () => {
    expect(csvField('Çırağan Palace, Istanbul')).toBe('"Çırağan Palace, Istanbul"');
    expect(csvField('the "memorandum"')).toBe('"the ""memorandum"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
  });

  it('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csvField('+1 555')).toBe("'+1 555");
    expect(csvField('-2+3')).toBe("'-2+3");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('\t=1')).toBe("'\t=1");
  });

  it('leaves those characters alone anywhere but at the start', () => {
    expect(csvField('1,000 for 1,000')).toBe('"1,000 for 1,000"');
    expect(csvField('Russia–Ukraine = talks')).toBe('Russia–Ukraine = talks');
    expect(csvField('2025-05-16')).toBe('2025-05-16');
  });
});

describe('csvText', () => {
  it('starts with the UTF-8 byte-order mark and ends every row with CRLF', () => {
    const text = csvText([
      ['id', 'title'],
      ['a', 'b'],
    ]);
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    expect(text.slice(1)).toBe('id,title\r\na,b\r\n');
  });

  it('reads back as the same rows, whatever the fields hold', () => {
    const rows = [
      ['id', 'note'],
      ['x', 'a, "b"\nc'],
      ['y', ''],
      ['z', 'plain'],
    ];
    expect(parseCsv(csvText(rows).slice(1))).toEqual(rows);
  });

  it('round-trips any text, with a leading apostrophe only on cells that start like a formula', () => {
    const cell = fc.string({
      unit: fc.constantFrom('a', 'Ж', ',', '"', '\n', '\r', '=', '+', '-', '@', ' ', "'"),
    });
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1 }), (rows) => {
        const expected = rows.map((r) => r.map((v) => (/^[=+\-@\t\r]/.test(v) ? `'${v}` : v)));
        expect(parseCsv(csvText(rows).slice(1))).toEqual(expected);
      }),
    );
  });
});
