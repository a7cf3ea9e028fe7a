import readXlsxFile from 'read-excel-file/universal';
import writeXlsxFile, { type Cell, type Sheet } from 'write-excel-file/universal';
import type { CellValue } from './cell-values.ts';
import { HELP_SHEET } from './sheets-to-dataset.ts';
import type { Workbook } from './workbook.ts';

/** Reads every sheet of an XLSX file as plain rows. */
export async function readXlsx(buffer: ArrayBuffer): Promise<Workbook> {
  const sheets = await readXlsxFile(buffer);
  return sheets.map(({ sheet, data }) => ({
    name: sheet,
    rows: data.map((row) => row.map((cell) => (cell ?? null) as CellValue)),
  }));
}

const HEADER_STYLE = { fontWeight: 'bold', backgroundColor: '#dbeafe', color: '#0f172a' } as const;
const NOTE_STYLE = { fontStyle: 'italic', color: '#475569', wrap: true, alignVertical: 'top' } as const;

/**
 * Writes a workbook as XLSX: bold headers, the notes row in grey italics, both frozen so they stay in view.
 * Every value is written as text (numbers excepted), so "2025-03-11" stays a date string, not a serial.
 */
export async function writeXlsx(workbook: Workbook, help: readonly string[]): Promise<Blob> {
  const sheets: Sheet<never>[] = [
    {
      sheet: HELP_SHEET,
      data: help.map((line, i) => [
        { value: line, type: String, ...(i === 0 ? { fontWeight: 'bold' as const } : {}) },
      ]),
      columns: [{ width: 110 }],
    },
    ...workbook.map(({ name, rows }) => ({
      sheet: name,
      data: rows.map((row, r) => row.map((cell) => toCell(cell, r))),
      columns: (rows[0] ?? []).map(() => ({ width: 28 })),
      stickyRowsCount: 2,
    })),
  ];
  return writeXlsxFile(sheets).toBlob();
}

function toCell(cell: CellValue, rowIndex: number): Cell {
  const style = rowIndex === 0 ? HEADER_STYLE : rowIndex === 1 ? NOTE_STYLE : {};
  if (cell === null) return rowIndex < 2 ? { ...style } : null;
  if (typeof cell === 'number') return { value: cell, type: Number, ...style };
  return {
    value: cell instanceof Date ? cell.toISOString().slice(0, 10) : String(cell),
    type: String,
    ...style,
  };
}
