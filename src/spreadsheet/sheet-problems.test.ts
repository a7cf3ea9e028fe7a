import { describe, expect, it } from 'vitest';
import type { Dataset } from '../domain/schema.ts';
import type { CellValue } from './cell-values.ts';
import { datasetToSheets } from './dataset-to-sheets.ts';
import { importWorkbook } from './import-workbook.ts';
import { SHEETS } from './sheet-specs.ts';
import example from './template-example.json';
import type { Workbook } from './workbook.ts';

/** The template with its examples, and a way to overwrite one cell by sheet, data row and header. */
function template() {
  const workbook = datasetToSheets(example as Dataset);
  const set = (sheet: string, row: number, column: string, value: CellValue) => {
    const rows = workbook.find((s) => s.name === sheet)?.rows ?? [];
    const index = rows[0]?.indexOf(column) ?? -1;
    const cells = rows[row - 1];
    if (index < 0 || !cells) throw new Error(`no cell ${sheet} ${row} ${column}`);
    cells[index] = value;
  };
  return { workbook, set };
}

const where = (workbook: Workbook) =>
  importWorkbook(workbook).problems.map(({ sheet, row, column }) => `${sheet}!${row}:${column}`);

describe('problems in a spreadsheet', () => {
  it('name the sheet, row and column of each broken cell', () => {
    const { workbook, set } = template();
    set('rounds', 3, 'title', null);
    set('rounds', 4, 'kind', 'meeting');
    set('rounds', 5, 'date', '2025-13-45');
    set('participants', 3, 'role', 'guest');
    set('delegates', 4, 'head', 'perhaps');
    set('outcomes', 3, 'sources', 'S999');
    set('statements', 3, 'paraphrase', 'A paraphrase beside the quote.');
    set('sources', 4, 'url', 'ftp://example.org/file');
    set('people', 3, 'party', null);
    set('topics', 3, 'group', 'culture');
    set('parties', 3, 'colour', 'blue');
    set('dataset', 3, 'updated', 'last week');
    expect(new Set(where(workbook))).toEqual(
      new Set([
        'rounds!3:title',
        'rounds!4:kind',
        'participants!3:role',
        'delegates!4:head',
        'statements!3:quote',
        'sources!4:url',
        'people!3:party',
        'topics!3:group',
        'parties!3:colour',
        'dataset!3:updated',
        // Reference and date problems are found alongside the schema's.
        'outcomes!3:sources',
        'rounds!5:date',
      ]),
    );
  });

  it('name wrong references and dates even while other cells break the schema', () => {
    const { workbook, set } = template();
    set('rounds', 3, 'title', null);
    set('outcomes', 4, 'topic', 'ceasfire');
    set('rounds', 5, 'date', '2025-13-45');
    expect(new Set(where(workbook))).toEqual(
      new Set(['rounds!3:title', 'outcomes!4:topic', 'rounds!5:date']),
    );
  });

  it('name the cell once the schema passes and a reference or date is wrong', () => {
    const { workbook, set } = template();
    set('rounds', 5, 'date', '2025-13-45');
    set('outcomes', 3, 'proposed by', 'atlantis');
    set('outcomes', 4, 'sources', 'S01; S999');
    set('related', 3, 'related round', 'nowhere-2025');
    expect(new Set(where(workbook))).toEqual(
      new Set(['rounds!5:date', 'outcomes!3:proposed by', 'outcomes!4:sources', 'related!3:related round']),
    );
  });

  it('name the row that points at a missing parent, and a missing sheet by its header row', () => {
    const { workbook, set } = template();
    set('outcomes', 3, 'round', 'no-such-round');
    set('delegates', 3, 'party', 'tr');
    const withoutTopics = workbook.filter((sheet) => sheet.name !== 'topics');
    const problems = importWorkbook(withoutTopics).problems;
    expect(problems.slice(0, 3).map(({ sheet, row, column }) => `${sheet}!${row}:${column}`)).toEqual(
      expect.arrayContaining(['outcomes!3:round', 'delegates!3:party']),
    );
    expect(problems.find((p) => p.sheet === 'topics')).toMatchObject({ row: 1, column: 'id' });
    for (const problem of problems) expect(problem.message).not.toBe('');
  });

  it('always point at a sheet of the template and a column of that sheet', () => {
    const { workbook } = template();
    // Blank out every third cell of every data row: a thoroughly broken file.
    for (const sheet of workbook) {
      sheet.rows.slice(2).forEach((row) => row.forEach((_, i) => i % 3 === 0 && (row[i] = 'x y')));
    }
    const problems = importWorkbook(workbook).problems;
    expect(problems.length).toBeGreaterThan(20);
    for (const problem of problems) {
      const spec = SHEETS.find((sheet) => sheet.name === problem.sheet);
      expect(spec, problem.sheet).toBeDefined();
      const headers = [...(spec?.keys ?? []), ...(spec?.columns ?? [])].map((column) => column.header);
      expect(headers).toContain(problem.column);
      expect(problem.row).toBeGreaterThanOrEqual(1);
    }
  });
});
