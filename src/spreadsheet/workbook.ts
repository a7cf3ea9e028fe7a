import type { CellValue } from './cell-values.ts';
import type { Problem } from '../domain/problem.ts';
import type { SheetLocation } from '../domain/sheet-location.ts';

export type { SheetLocation };

/** A spreadsheet as plain rows, whatever file it came from (XLSX, CSV). Row 1 is rows[0]. */
export interface WorkbookSheet {
  name: string;
  rows: CellValue[][];
}

export type Workbook = WorkbookSheet[];

/** A problem found in a spreadsheet, located the way its author can find it. */
export interface SheetProblem extends SheetLocation {
  /** In English (validate:data's words); `problem` is the same as a catalogue message, for the views. */
  message: string;
  problem?: Problem;
}

/** "participants sheet, row 4, column party", the one way a place in a workbook is written out. */
export function formatSheetLocation(place: SheetLocation): string {
  return `${place.sheet} sheet, row ${place.row}, column ${place.column}`;
}
