import { describe, expect, it } from 'vitest';
import { bundledJson } from '../test/bundled-dataset.ts';
import type { Meta } from './schema.ts';
import { validateDataset } from './validate-dataset.ts';

/** The bundled dataset with its meta changed, validated the way the app and the CLI do. */
function issuesWithMeta(patch: Partial<Record<keyof Meta, unknown>>) {
  const dataset = bundledJson();
  const result = validateDataset({ ...dataset, meta: { ...dataset.meta, ...patch } });
  return result.ok ? [] : result.issues.map((i) => `${i.path}: ${i.message}`);
}

describe('meta.citation and meta.version', () => {
  it('accept people and organisations as authors, with the optional fields', () => {
    expect(
      issuesWithMeta({
        version: '1.2',
        citation: {
          authors: [{ family: 'Vell', given: 'Ana' }, { literal: 'Parley contributors' }],
          title: 'Talks',
          publisher: 'Parley',
          year: '2026',
          url: 'https://parley.example/data/talks.json',
          doi: '10.5281/zenodo.1234567',
        },
      }),
    ).toEqual([]);
  });

  it('explain an author that is neither a person nor an organisation, or both', () => {
    expect(issuesWithMeta({ citation: { authors: [{ given: 'Ana' }] } })).toEqual([
      'meta.citation.authors[0]: must have either a family name (a person) or a literal name (an organisation), not both',
      'meta.citation.authors[0]: a given name needs a family name',
    ]);
    expect(issuesWithMeta({ citation: { authors: [{ family: 'Vell', literal: 'Vell Ltd' }] } })).toHaveLength(
      1,
    );
  });

  it('explain a citation without authors, a bad year, DOI or address', () => {
    expect(
      issuesWithMeta({ citation: { authors: [], year: '26', doi: 'zenodo 1', url: 'ftp://x.org/' } }),
    ).toEqual([
      'meta.citation.authors: must name at least one author',
      'meta.citation.year: must be a year like 2026 (got "26")',
      'meta.citation.url: must be an http(s) URL (got "ftp://x.org/")',
      'meta.citation.doi: must be a DOI like 10.5281/zenodo.1234567 (got "zenodo 1")',
    ]);
  });
});
