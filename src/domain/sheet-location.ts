/**
 * Where something sits in a spreadsheet, as the person sees it: sheet name, row number, column header. Here,
 * beside the issues that carry it, because a dataset read from a spreadsheet reports its problems this way.
 */
export interface SheetLocation {
  sheet: string;
  /** 1-based, as the spreadsheet numbers rows. */
  row: number;
  column: string;
}
