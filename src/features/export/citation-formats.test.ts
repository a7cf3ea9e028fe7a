import { describe, expect, it } from 'vitest';
import type { Meta } from '../../domain/schema.ts';
import { enExport } from '../../i18n/en-export.ts';
import { ukExport } from '../../i18n/uk-export.ts';
import {
  bibtexCitation,
  citationParts,
  cslJsonCitation,
  formattedCitation,
  type CitedView,
} from './citation-formats.ts';

const meta: Meta = {
  title: 'Northland–Southland talks',
  description: 'Example.',
  languages: ['en'],
  licence: 'CC0-1.0',
  updated: '2025-06-27',
  maintainer: { name: 'Example maintainers' },
};
const view: CitedView = {
  url: 'https://parley.example/?place=Lakeside&q=50%25',
  filters: ['Place: Lakeside'],
  accessed: new Date('2026-12-02T10:00:00Z'),
  key: 'northland-talks',
};

describe('citationParts', () => {
  it('falls back to the maintainer as author and the year of the last update', () => {
    const parts = citationParts(meta);
    expect(parts.authors).toEqual([{ literal: 'Example maintainers' }]);
    expect(parts.year).toBe('2025');
    expect(parts.title).toBe(meta.title);
  });
});

describe('formattedCitation', () => {
  it('names authors, year, title, version, the view’s address and the access date', () => {
    const parts = citationParts({
      ...meta,
      version: '1.2',
      citation: { authors: [{ family: 'Vell', given: 'Ana' }, { literal: 'Lake Union' }], year: '2026' },
    });
    expect(formattedCitation(parts, view, enExport)).toBe(
      'Vell, Ana & Lake Union. (2026). Northland–Southland talks (Version 1.2) [Data set]. ' +
        'Retrieved 2 December 2026, from https://parley.example/?place=Lakeside&q=50%25 (view: Place: Lakeside)',
    );
  });
});

describe('formattedCitation in Ukrainian', () => {
  it('word the formatted citation in Ukrainian, keeping its shape', () => {
    const parts = citationParts({
      title: 'Переговори',
      description: '',
      languages: ['uk'],
      licence: 'CC0-1.0',
      updated: '2025-06-27',
      maintainer: { name: 'Укладачі' },
      version: '1.2',
    });
    const shown = {
      url: 'https://parley.example/',
      filters: [],
      accessed: new Date('2026-12-02T10:00:00Z'),
      key: 'k',
    };
    expect(formattedCitation(parts, shown, ukExport)).toMatch(
      /^Укладачі\. \(2025\)\. Переговори \(версія 1\.2\) \[Набір даних\]\. Дата звернення: .+\. URL: https:\/\/parley\.example\/$/,
    );
  });
});

describe('bibtexCitation', () => {
  it('is one @misc entry with braced organisation names, escaped text and the raw URL', () => {
    const parts = citationParts({
      ...meta,
      title: 'Talks & more_50%',
      citation: { authors: [{ literal: 'A & B' }] },
    });
    const entry = bibtexCitation(parts, view);
    expect(entry).toMatch(/^@misc\{northland-talks-2025,\n/);
    expect(entry).toContain('author  = {{A \\& B}},');
    expect(entry).toContain('title   = {{Talks \\& more\\_50\\%}},');
    expect(entry).toContain('url     = {https://parley.example/?place=Lakeside&q=50%25},');
    expect(entry).toContain('urldate = {2026-12-02},');
    expect(entry.endsWith('\n}')).toBe(true);
    // Balanced braces: BibTeX stops reading an entry at the brace that closes it.
    let depth = 0;
    for (const [i, c] of [...entry].entries()) {
      if (c === '{' && entry[i - 1] !== '\\') depth += 1;
      if (c === '}' && entry[i - 1] !== '\\') depth -= 1;
      expect(depth).toBeGreaterThanOrEqual(0);
    }
    expect(depth).toBe(0);
  });
});

describe('cslJsonCitation', () => {
  it('is a CSL-JSON array with one dataset item', () => {
    const parts = citationParts({
      ...meta,
      version: '1.2',
      citation: { authors: [{ family: 'Vell' }], doi: '10.5281/zenodo.1' },
    });
    const [item] = JSON.parse(cslJsonCitation(parts, view)) as Record<string, unknown>[];
    expect(item).toMatchObject({
      type: 'dataset',
      title: meta.title,
      author: [{ family: 'Vell' }],
      issued: { 'date-parts': [[2025]] },
      accessed: { 'date-parts': [[2026, 12, 2]] },
      version: '1.2',
      DOI: '10.5281/zenodo.1',
      URL: view.url,
    });
  });
});
