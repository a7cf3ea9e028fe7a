import type { CellValue } from './cell-values.ts';
import type { Workbook } from './workbook.ts';

/**
 * The template as one CSV file: each sheet starts with a row holding only its name in brackets ("[rounds]"),
 * then its header, notes and data rows. One file keeps every sheet together, which a CSV link needs.
 */
const SHEET_MARK = /^\[(.+)\]$/;

/** Reads the one-file CSV form of the template. */
export function csvToWorkbook(text: string): Workbook {
  const workbook: Workbook = [];
  for (const row of parseCsv(text.replace(/^\uFEFF/, ''))) {
    const mark = SHEET_MARK.exec(String(row[0] ?? '').trim());
    if (mark && row.slice(1).every((cell) => cell === '')) {
      workbook.push({ name: mark[1] ?? '', rows: [] });
    } else {
      workbook.at(-1)?.rows.push(row.map((cell) => (cell === '' ? null : cell)));
    }
  }
  // Blank separator lines between sheets are not rows of the sheet above.
  for (const sheet of workbook) {
    while (sheet.rows.length > 0 && sheet.rows.at(-1)?.every((cell) => cell === null)) sheet.rows.pop();
  }
  return workbook;
}

/** Writes a workbook as the one-file CSV form (RFC 4180 quoting, CRLF line ends). */
export function workbookToCsv(workbook: Workbook): string {
  const lines: string[] = [];
  for (const sheet of workbook) {
    if (lines.length > 0) lines.push('');
    lines.push(quote(`[${sheet.name}]`));
    for (const row of sheet.rows) lines.push(row.map((cell) => quote(cellString(cell))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** RFC 4180: fields separated by commas, quoted with "" when they hold a comma, quote or line break. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

function cellString(cell: CellValue): string {
  if (cell === null) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell);
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
