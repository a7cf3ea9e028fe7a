import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { citationAuthorSchema, datasetSchema, sourceSchema, statementSchema } from '../src/domain/schema.ts';

/** Where the published JSON Schema lives, relative to the repository root. */
export const SCHEMA_FILE = 'public/schema/parley-dataset.schema.json';

// Refinements have no JSON Schema form, so zod drops them; these restate the ones that editors should know.
const HTTP_URL_PATTERN = '^[hH][tT][tT][pP][sS]?://[^\\s/$.?#][^\\s]*$';

/** The JSON Schema for Parley datasets as formatted text, derived from datasetSchema. */
export function renderDatasetJsonSchema(): string {
  const generated = z.toJSONSchema(datasetSchema, {
    target: 'draft-2020-12',
    // Describe what a file may contain (optional fields really optional), not what parsing returns.
    io: 'input',
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema === sourceSchema.shape.url) {
        jsonSchema.pattern = HTTP_URL_PATTERN;
        jsonSchema.format = 'uri';
      }
      if (zodSchema === statementSchema) {
        jsonSchema.oneOf = [{ required: ['quote'] }, { required: ['paraphrase'] }];
      }
      if (zodSchema === citationAuthorSchema) {
        jsonSchema.oneOf = [{ required: ['family'] }, { required: ['literal'] }];
      }
    },
  });
  const { $schema, ...rest } = generated;
  const document = {
    $schema,
    // Relative, so it resolves against wherever the schema is served; the app has no canonical URL yet.
    $id: 'parley-dataset.schema.json',
    title: 'Parley dataset',
    description:
      'Negotiation rounds with their parties, people, topics, outcomes and sources, for the Parley timeline. ' +
      'Generated from src/domain/schema.ts by npm run schema:generate; cross-references (ids that must exist) ' +
      'are checked by npm run validate:data, not by this schema.',
    ...rest,
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function main(): void {
  const file = path.resolve(import.meta.dirname, '..', SCHEMA_FILE);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, renderDatasetJsonSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) main();
