import type { CellValue } from './cell-values.ts';

/** A spreadsheet as plain rows, whatever file it came from (XLSX, CSV). Row 1 is rows[0]. */
export interface WorkbookSheet {
  name: string;
  rows: CellValue[][];
}

export type Workbook = WorkbookSheet[];

/** Where a problem sits in a spreadsheet, as the person sees it: sheet name, row number, column header. */
export interface SheetLocation {
  sheet: string;
  /** 1-based, as the spreadsheet numbers rows. */
  row: number;
  column: string;
}

/** A problem found in a spreadsheet, located the way its author can find it. */
export interface SheetProblem extends SheetLocation {
  message: string;
}

/** "participants sheet, row 4, column party", the one way a place in a workbook is written out. */
export function formatSheetLocation(place: SheetLocation): string {
  return `${place.sheet} sheet, row ${place.row}, column ${place.column}`;
}
