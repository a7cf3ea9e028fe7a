import { englishProblemWords } from '../domain/problem-words.ts';

/**
 * The English of a dataset's problems, as the validators word them (problem-words.ts, shared with
 * `npm run validate:data`), and of a problem's place in a spreadsheet. Bundled with the views that list
 * problems (the failed dataset's view, the editor), which are chunks of their own, never the first picture.
 */
export const enProblems = {
  problem: englishProblemWords,
  /** "rounds sheet, row 4, column title": as formatSheetLocation (workbook.ts) writes a place in `path`. */
  problemSheetPlace: (sheet: string, row: number, column: string) =>
    `${sheet} sheet, row ${row}, column ${column}`,
};
