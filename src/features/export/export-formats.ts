/** What the Download menu offers, in its order, with the words a reader sees and a screen reader says. */
export const exportFormats = [
  { format: 'csv', label: 'Rounds as CSV (spreadsheet)' },
  { format: 'json', label: 'Rounds as JSON (Parley dataset)' },
  { format: 'png', label: 'Timeline image (PNG)' },
  { format: 'svg', label: 'Timeline image (SVG)' },
] as const;

export type ExportFormat = (typeof exportFormats)[number]['format'];
