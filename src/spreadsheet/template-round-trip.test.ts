import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/schema.ts';
import { roundKinds } from '../domain/vocabularies.ts';
import { bundledJson } from '../test/bundled-dataset.ts';
import { csvToWorkbook, workbookToCsv } from './csv-text.ts';
import { datasetToSheets } from './dataset-to-sheets.ts';
import { exampleSubset } from './example-subset.ts';
import { importWorkbook } from './import-workbook.ts';
import { readSpreadsheet } from './read-spreadsheet.ts';
import { EXAMPLE_ROUND_IDS, EXAMPLE_SOURCE_FILE } from './template-example-ids.ts';
import example from './template-example.json';
import { TEMPLATE_HELP } from './template-help.ts';
import { writeXlsx } from './xlsx-file.ts';

const exampleDataset = example as Dataset;

function validOrThrow(result: ReturnType<typeof importWorkbook>): Dataset {
  expect(result.problems).toEqual([]);
  if (!result.validation.ok) throw new Error('invalid');
  return result.validation.dataset;
}

describe('the spreadsheet template', () => {
  it('holds the bundled rounds it names, unchanged apart from links to rounds left out', () => {
    const source = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../..', EXAMPLE_SOURCE_FILE), 'utf8'),
    ) as Dataset;
    expect(exampleDataset).toEqual(exampleSubset(source, EXAMPLE_ROUND_IDS));
    expect(exampleDataset.rounds.map((round) => round.id)).toEqual(EXAMPLE_ROUND_IDS);
  });

  it('round-trips template → XLSX file → dataset → template', async () => {
    const sheets = datasetToSheets(exampleDataset);
    const blob = await writeXlsx(sheets, TEMPLATE_HELP);
    const read = await readSpreadsheet(await blob.arrayBuffer());
    const { $schema: _schema, ...withoutSchema } = exampleDataset;
    const dataset = validOrThrow(importWorkbook(read));
    expect(dataset).toEqual(withoutSchema);
    expect(datasetToSheets(dataset)).toEqual(sheets);
  });

  it('round-trips through the one-file CSV form', () => {
    const sheets = datasetToSheets(exampleDataset);
    const back = csvToWorkbook(workbookToCsv(sheets));
    const dataset = validOrThrow(importWorkbook(back));
    expect(datasetToSheets(dataset)).toEqual(sheets);
  });

  // Documents, stories and translations have no sheets yet: the editor's spreadsheet leaves them out (they
  // stay in JSON).
  it('carries every field of the bundled dataset (sessions, disputes, positions, coordinates) but documents and stories', () => {
    const bundled = bundledJson();
    const {
      $schema: _schema,
      documents: _documents,
      stories: _stories,
      translations: _translations,
      ...carried
    } = bundled;
    const rounds = carried.rounds.map(({ documents: _roundDocuments, ...round }) => round);
    const dataset = validOrThrow(
      importWorkbook(csvToWorkbook(workbookToCsv(datasetToSheets({ ...carried, rounds })))),
    );
    expect(dataset).toEqual({ ...carried, rounds });
  });

  it('has a header row and a notes row on every sheet, and the notes name allowed values', () => {
    for (const sheet of datasetToSheets(exampleDataset)) {
      const [header = [], notes = []] = sheet.rows;
      expect(notes).toHaveLength(header.length);
      for (const note of notes) expect(String(note)).toMatch(/^(Required|Optional)\. \S/);
    }
    const rounds = datasetToSheets(exampleDataset).find((sheet) => sheet.name === 'rounds');
    const kindNote = rounds?.rows[1]?.[rounds.rows[0]?.indexOf('kind') ?? -1];
    expect(kindNote).toContain(`One of: ${roundKinds.join(', ')}.`);
  });
});
