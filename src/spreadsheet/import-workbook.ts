import type { Dataset } from '../domain/schema.ts';
import { validateDataset, type DatasetValidation } from '../domain/validate-dataset.ts';
import { validateReferences } from '../domain/validate-references.ts';
import { problem, type Problem } from '../domain/problem.ts';
import type { ValidationIssue } from '../domain/validation-issue.ts';
import { sheetProblem, sheetsToDataset } from './sheets-to-dataset.ts';
import type { SheetProblem, Workbook } from './workbook.ts';

/** A workbook read as a dataset: the object built, every problem located in the sheets, and the verdict. */
export interface WorkbookImport {
  dataset: Record<string, unknown>;
  problems: SheetProblem[];
  /** Sheets and columns that are not part of the template, left out (not errors). */
  ignored: Problem[];
  validation: DatasetValidation;
}

/** Builds the dataset and validates it, telling each problem by sheet, row and column. */
export function importWorkbook(workbook: Workbook): WorkbookImport {
  const assembled = sheetsToDataset(workbook);
  const validation = validateDataset(assembled.dataset);
  const problems = [...assembled.problems];
  if (!validation.ok) {
    for (const issue of [...validation.issues, ...referenceIssues(assembled.dataset, validation.issues)]) {
      const place = assembled.locator.locate(issue.path) ?? { sheet: 'dataset', row: 1, column: 'title' };
      // "missing" is the schema's word for an absent field; in a sheet, that is an empty cell.
      if (issue.problem?.key === 'missing') problems.push(sheetProblem(place, problem('emptyRequiredCell')));
      else
        problems.push({ ...place, message: issue.message, ...(issue.problem && { problem: issue.problem }) });
    }
  }
  problems.sort((a, b) => sheetOrder(workbook, a.sheet) - sheetOrder(workbook, b.sheet) || a.row - b.row);
  return { dataset: assembled.dataset, problems, ignored: assembled.ignored, validation };
}

function sheetOrder(workbook: Workbook, name: string): number {
  const index = workbook.findIndex((sheet) => sheet.name.trim().toLowerCase() === name);
  return index < 0 ? Number.MAX_SAFE_INTEGER : index;
}

/**
 * The validator checks references only once the schema passes; a spreadsheet's author would then fix one
 * batch of problems only to meet the next. The sheets always build the dataset's shape, so the reference
 * checks can run anyway; anything they trip over is simply not reported.
 */
function referenceIssues(
  dataset: Record<string, unknown>,
  known: readonly ValidationIssue[],
): ValidationIssue[] {
  const seen = new Set(known.map((issue) => issue.path));
  try {
    // A check that read a value the schema already reported missing would only repeat it, less clearly.
    return validateReferences(dataset as unknown as Dataset).filter(
      (issue) => !seen.has(issue.path) && !issue.message.includes('undefined'),
    );
  } catch {
    return [];
  }
}
