import { parseJsonText } from '../../domain/json-text.ts';
import { problemOf, wordProblem } from '../../domain/problem.ts';
import type { ProblemWords } from '../../domain/problem-words.ts';
import { validateDataset } from '../../domain/validate-dataset.ts';
import { importWorkbook } from '../../spreadsheet/import-workbook.ts';
import { formatSheetLocation } from '../../spreadsheet/workbook.ts';
import type { enEditor } from '../../i18n/en-editor.ts';
import type { Draft, ImportReport } from './draft-store.ts';

/** A file read into a draft, with what was wrong in it; or why it could not be read at all. */
export type FileRead = { ok: true; draft: Draft; report: ImportReport } | { ok: false; reason: string };

/**
 * Reads a Parley JSON file or a spreadsheet in the template's format. The spreadsheet code is loaded only
 * when a spreadsheet is dropped, so the editor itself opens quickly.
 */
export async function readDraftFile(
  file: File,
  t: (typeof enEditor)['editor'],
  words: ProblemWords,
): Promise<FileRead> {
  const buffer = await file.arrayBuffer();
  const start = new TextDecoder()
    .decode(buffer.slice(0, 64))
    .replace(/^\uFEFF/, '')
    .trimStart();
  if (start.startsWith('{') || /\.json$/i.test(file.name)) {
    const parsed = parseJsonText(new TextDecoder().decode(buffer));
    if (!parsed.ok) return { ok: false, reason: t.notJson(file.name, parsed.reason) };
    if (typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
      return { ok: false, reason: t.notDataset(file.name) };
    }
    const validation = validateDataset(parsed.value);
    const problems = validation.ok
      ? []
      : validation.issues.map(({ path, message, problem }) => ({
          where: path,
          message,
          ...(problem && { problem }),
        }));
    return { ok: true, draft: parsed.value as Draft, report: { fileName: file.name, problems, ignored: [] } };
  }
  try {
    const { readSpreadsheet } = await import('../../spreadsheet/read-spreadsheet.ts');
    const result = importWorkbook(await readSpreadsheet(buffer));
    const problems = result.problems.map(({ sheet, row, column, message, problem }) => ({
      where: formatSheetLocation({ sheet, row, column }),
      at: { sheet, row, column },
      message,
      ...(problem && { problem }),
    }));
    const ignored = result.ignored.map((problem) => ({ message: wordProblem(problem), problem }));
    return { ok: true, draft: result.dataset, report: { fileName: file.name, problems, ignored } };
  } catch (error) {
    // A file that is not a spreadsheet says why in the interface's language; other errors as they come.
    const found = problemOf(error);
    const reason = found ? wordProblem(found, words) : error instanceof Error ? error.message : String(error);
    return { ok: false, reason: t.unreadable(file.name, reason) };
  }
}
