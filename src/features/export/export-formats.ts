/** What the Download menu offers, in its order, with the key of the words a reader sees and a screen reader says. */
export const exportFormats = [
  { format: 'csv', label: 'formatCsv' },
  { format: 'json', label: 'formatJson' },
  { format: 'png', label: 'formatPng' },
  { format: 'svg', label: 'formatSvg' },
] as const;

export type ExportFormat = (typeof exportFormats)[number]['format'];
