import { problem, wordProblem, type Problem } from '../domain/problem.ts';
import { csvToWorkbook } from './csv-text.ts';
import type { Workbook } from './workbook.ts';
import { readXlsx } from './xlsx-file.ts';

/** What a file's first bytes say it is. */
type FileKind = 'xlsx' | 'zip-other' | 'json' | 'csv' | 'old-excel';

/** Sniffs the content, not the name: a published link often has no extension. */
function sniffFileKind(buffer: ArrayBuffer): FileKind {
  const bytes = new Uint8Array(buffer.slice(0, 8));
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const head = new TextDecoder('latin1').decode(buffer.slice(0, 2000));
    // ODS and other zip files name their own mimetype near the start; XLSX never does.
    return head.includes('application/vnd.oasis') ? 'zip-other' : 'xlsx';
  }
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf) return 'old-excel';
  const text = new TextDecoder()
    .decode(buffer.slice(0, 200))
    .replace(/^\uFEFF/, '')
    .trimStart();
  // The one-file CSV starts with a sheet mark, "[dataset]", which a JSON array would not.
  if (/^"?\[[a-z ]+\]"?\s*[\r\n,]/.test(text)) return 'csv';
  return text.startsWith('{') || text.startsWith('[') ? 'json' : 'csv';
}

/** A file that is not a spreadsheet Parley can read: an English message, and the problem for the views to word. */
class UnreadableSpreadsheet extends Error {
  constructor(
    readonly problem: Problem,
    options?: ErrorOptions,
  ) {
    super(wordProblem(problem), options);
    this.name = 'UnreadableSpreadsheet';
  }
}

/** Reads an XLSX or one-file CSV template; throws an Error with a plain sentence (and its problem) for anything else. */
export async function readSpreadsheet(buffer: ArrayBuffer): Promise<Workbook> {
  const kind = sniffFileKind(buffer);
  if (kind === 'old-excel') throw new UnreadableSpreadsheet(problem('oldExcel'));
  if (kind === 'zip-other') throw new UnreadableSpreadsheet(problem('openDocument'));
  if (kind === 'csv') return csvToWorkbook(new TextDecoder().decode(buffer));
  try {
    return await readXlsx(buffer);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new UnreadableSpreadsheet(problem('unreadableSpreadsheet', detail), { cause: error });
  }
}
