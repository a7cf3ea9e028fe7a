import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderDatasetJsonSchema, SCHEMA_FILE } from '../../scripts/generate-schema.ts';

const committedFile = new URL(`../../${SCHEMA_FILE}`, import.meta.url);

describe('the published JSON Schema', () => {
  it('matches what datasetSchema generates', () => {
    const committed = existsSync(committedFile) ? readFileSync(committedFile, 'utf8') : '';
    if (committed !== renderDatasetJsonSchema()) {
      expect.fail(`${SCHEMA_FILE} is out of date: run npm run schema:generate`);
    }
  });

  it('targets draft 2020-12 and requires the six parts of a dataset', () => {
    const schema = JSON.parse(renderDatasetJsonSchema()) as Record<string, unknown>;
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.title).toBe('Parley dataset');
    expect(schema.required).toEqual(['meta', 'parties', 'people', 'topics', 'sources', 'rounds']);
  });

  it('gives editors the http(s) rule for source URLs that the validator applies', () => {
    type Shape = { properties: { sources: { items: { properties: { url: { pattern: string } } } } } };
    const schema = JSON.parse(renderDatasetJsonSchema()) as Shape;
    const url = new RegExp(schema.properties.sources.items.properties.url.pattern);
    expect(['https://example.org/a', 'HTTP://EXAMPLE.ORG'].map((value) => url.test(value))).toEqual([
      true,
      true,
    ]);
    expect(
      ['javascript:alert(1)', 'ftp://example.org', '//example.org/x', 'news/1'].some((v) => url.test(v)),
    ).toBe(false);
  });
});
