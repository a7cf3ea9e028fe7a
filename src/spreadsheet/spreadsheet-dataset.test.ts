import { describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/schema.ts';
import { workbookToCsv } from './csv-text.ts';
import { datasetToSheets } from './dataset-to-sheets.ts';
import { isSpreadsheetBody } from './spreadsheet-body.ts';
import { datasetFromSpreadsheet } from './spreadsheet-dataset.ts';
import example from './template-example.json';
import { TEMPLATE_HELP } from './template-help.ts';
import { writeXlsx } from './xlsx-file.ts';

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

describe('a published spreadsheet for ?data=', () => {
  it('is recognised by its zip signature, its type, its name or the template first line, and JSON is not', async () => {
    const xlsx = await (await writeXlsx(datasetToSheets(example as Dataset), TEMPLATE_HELP)).arrayBuffer();
    expect(isSpreadsheetBody(xlsx, 'application/octet-stream', 'https://x.org/data')).toBe(true);
    const csv = bytes(workbookToCsv(datasetToSheets(example as Dataset)));
    expect(isSpreadsheetBody(csv, 'text/plain', 'https://x.org/data')).toBe(true);
    expect(isSpreadsheetBody(bytes('a,b'), 'text/csv; charset=utf-8', 'https://x.org/d')).toBe(true);
    expect(isSpreadsheetBody(bytes('a,b'), '', 'https://docs.example/pub?output=csv')).toBe(true);
    expect(isSpreadsheetBody(bytes('{"meta":{}}'), 'application/json', 'https://x.org/d.json')).toBe(false);
    expect(isSpreadsheetBody(bytes('not json'), 'application/json', 'https://x.org/d.json')).toBe(false);
  });

  it('reads the template as XLSX and as one-file CSV into the same valid dataset', async () => {
    const sheets = datasetToSheets(example as Dataset);
    const fromXlsx = await datasetFromSpreadsheet(
      await (await writeXlsx(sheets, TEMPLATE_HELP)).arrayBuffer(),
    );
    const fromCsv = await datasetFromSpreadsheet(bytes(workbookToCsv(sheets)));
    expect(fromXlsx.ok && fromXlsx.dataset.rounds.length).toBe(example.rounds.length);
    expect(fromCsv).toEqual(fromXlsx);
  });

  it('names the sheet, row and column of each problem in the issue path', async () => {
    const sheets = datasetToSheets(example as Dataset);
    const outcomes = sheets.find((sheet) => sheet.name === 'outcomes');
    const row = outcomes?.rows[2];
    if (!outcomes || !row) throw new Error('no outcomes');
    row[outcomes.rows[0]?.indexOf('topic') ?? -1] = 'no-such-topic';
    const result = await datasetFromSpreadsheet(bytes(workbookToCsv(sheets)));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]?.path).toBe('outcomes sheet, row 3, column topic');
  });

  it('explains an old .xls file instead of failing obscurely', async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0, 0, 0]).buffer;
    const result = await datasetFromSpreadsheet(xls);
    expect(!result.ok && result.issues[0]?.message).toMatch(/old Excel file \(\.xls\)/);
  });
});
