import type { DatasetValidation } from '../domain/validate-dataset.ts';
import { problemOf } from '../domain/problem.ts';
import { ROOT_PATH, type ValidationIssue } from '../domain/validation-issue.ts';
import { importWorkbook } from './import-workbook.ts';
import { readSpreadsheet } from './read-spreadsheet.ts';
import { formatSheetLocation } from './workbook.ts';

/**
 * Turns a published spreadsheet (XLSX, or the template's one-file CSV) into a validated dataset, for
 * `?data=`. Problems are given by sheet, row and column, the way the spreadsheet's author will look for them.
 */
export async function datasetFromSpreadsheet(buffer: ArrayBuffer): Promise<DatasetValidation> {
  let result;
  try {
    result = importWorkbook(await readSpreadsheet(buffer));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const found = problemOf(error);
    const issue: ValidationIssue = { path: ROOT_PATH, message, ...(found && { problem: found }) };
    return { ok: false, issues: [issue], problemCount: 1, problemCountExact: true };
  }
  if (result.validation.ok && result.problems.length === 0) return result.validation;
  // The path in English words (validate:data, the host page); the place as its parts, for the views to word.
  const issues = result.problems.map(({ sheet, row, column, message, problem }): ValidationIssue => ({
    path: formatSheetLocation({ sheet, row, column }),
    message,
    ...(problem && { problem }),
    cell: { sheet, row, column },
  }));
  return { ok: false, issues, problemCount: issues.length, problemCountExact: true };
}
