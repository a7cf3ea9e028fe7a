import { problem, type Problem } from '../domain/problem.ts';
import { LIST_SEPARATOR, type Column } from './column-types.ts';

/** A cell as spreadsheet readers hand it over. */
export type CellValue = string | number | boolean | Date | null;

/** A cell read for one column: a value to set, nothing (an empty cell), or why it cannot be used. */
export type ReadCell =
  { ok: true; value: unknown } | { ok: true; empty: true } | { ok: false; problem: Problem };

const YES = new Set(['yes', 'y', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0']);

/** Reads one cell for its column; never throws. */
export function readCell(column: Column, cell: CellValue | undefined): ReadCell {
  if (cell === null || cell === undefined) return { ok: true, empty: true };
  const text = cellText(cell, column);
  if (text === '') return { ok: true, empty: true };
  switch (column.type.kind) {
    case 'bool': {
      if (typeof cell === 'boolean') return { ok: true, value: cell };
      const word = text.toLowerCase();
      if (YES.has(word)) return { ok: true, value: true };
      if (NO.has(word)) return { ok: true, value: false };
      return { ok: false, problem: problem('yesOrNo', text) };
    }
    case 'number': {
      const number = typeof cell === 'number' ? cell : Number(text.replace(',', '.'));
      return Number.isFinite(number)
        ? { ok: true, value: number }
        : { ok: false, problem: problem('notANumber', text) };
    }
    case 'list':
      return { ok: true, value: splitList(text, [LIST_SEPARATOR]) };
    case 'refs':
      // Ids never hold commas, so "S01, S02" is read the way the person meant it.
      return { ok: true, value: splitList(text, [LIST_SEPARATOR, ',']) };
    default:
      return { ok: true, value: text };
  }
}

/** Writes one value as a cell: lists joined with "; ", booleans as yes/no. */
export function writeCell(column: Column, value: unknown): string | number | null {
  if (value === undefined || value === null) return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(String).join(`${LIST_SEPARATOR} `);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'number') return column.type.kind === 'number' ? value : String(value);
  return String(value);
}

function cellText(cell: CellValue, column: Column): string {
  // A spreadsheet turns "2025-03-11" typed into a cell into a date; the template wants the text back.
  if (cell instanceof Date) {
    const iso = Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
    return column.type.kind === 'date' || column.type.kind === 'day' || iso.endsWith('T00:00:00.000Z')
      ? iso.slice(0, 10)
      : iso;
  }
  return String(cell).trim();
}

function splitList(text: string, separators: readonly string[]): string[] {
  let parts = [text];
  for (const separator of separators) parts = parts.flatMap((part) => part.split(separator));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}
