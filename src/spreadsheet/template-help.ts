import { SHEETS } from './sheet-specs.ts';

/** The "read me" sheet: how to fill in the template, in the words a newsroom would use. */
export const TEMPLATE_HELP: readonly string[] = [
  'Parley dataset template',
  'Each sheet holds one kind of thing. Row 1 names the columns; row 2 explains each column and what it accepts. Your rows start at row 3.',
  'The example rows are three real rounds of the Russia\u2013Ukraine talks; replace them with your own, keeping the header rows.',
  'Rows refer to each other by id: a participant names its round\u2019s id and its party\u2019s id. Several ids in one cell are separated by ";".',
  'Every fact needs at least one source: add the page to the sources sheet, then put its id in the sources column.',
  'Dates follow EDTF: 2025-03-11 is a day, 2025-03-23/2025-03-25 a range, 2025-03~ about March 2025, 2025-05-16? an uncertain day.',
  'Import the file in Parley\u2019s editor (Create) to preview it and see any problems by sheet, row and column.',
  '',
  'Sheets:',
  ...SHEETS.map((sheet) => `${sheet.name}: ${sheet.row}.`),
];
