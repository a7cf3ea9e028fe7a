import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Dataset } from '../src/domain/schema.ts';
import { exampleSubset } from '../src/spreadsheet/example-subset.ts';
import { EXAMPLE_ROUND_IDS, EXAMPLE_SOURCE_FILE } from '../src/spreadsheet/template-example-ids.ts';

/** `npx tsx scripts/generate-template-example.ts`: rewrites the template's example rows from the data. */
const root = path.resolve(import.meta.dirname, '..');
const dataset = JSON.parse(await readFile(path.join(root, EXAMPLE_SOURCE_FILE), 'utf8')) as Dataset;
const example = exampleSubset(dataset, EXAMPLE_ROUND_IDS);
await writeFile(
  path.join(root, 'src/spreadsheet/template-example.json'),
  `${JSON.stringify(example, null, 2)}\n`,
);
console.log(`template example: ${example.rounds.length} rounds, ${example.sources.length} sources`);
