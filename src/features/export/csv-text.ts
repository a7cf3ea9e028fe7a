/** The byte-order mark that makes Excel read a CSV file as UTF-8 (Cyrillic, "Türkiye", "Çırağan"). */
export const UTF8_BOM = '\uFEFF';

// A spreadsheet runs a cell that starts with one of these as a formula (=HYPERLINK(…), +cmd|…, @SUM(…)).
// Tab and carriage return count too: some spreadsheets strip them and then read the formula behind.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field: text that a spreadsheet could run as a formula gets a leading apostrophe (the OWASP
 * advice, shown by spreadsheets as plain text), and a field with a comma, quote or line break is quoted
 * with its quotes doubled (RFC 4180).
 */
export function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

/** A whole CSV file: BOM, then one line per row, CRLF line ends as RFC 4180 and Excel expect. */
export function csvText(rows: readonly (readonly string[])[]): string {
  return UTF8_BOM + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
