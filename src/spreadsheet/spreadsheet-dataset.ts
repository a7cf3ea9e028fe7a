import type { DatasetValidation } from '../domain/validate-dataset.ts';
import { ROOT_PATH } from '../domain/validation-issue.ts';
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
    return { ok: false, issues: [{ path: ROOT_PATH, message }], problemCount: 1, problemCountExact: true };
  }
  if (result.validation.ok && result.problems.length === 0) return result.validation;
  const issues = result.problems.map((problem) => ({
    path: formatSheetLocation(problem),
    message: problem.message,
  }));
  return { ok: false, issues, problemCount: issues.length, problemCountExact: true };
}
