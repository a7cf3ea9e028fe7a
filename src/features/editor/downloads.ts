import type { Draft } from './draft-store.ts';

/** Hands a file to the browser's download, the way a link with `download` would. */
export function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns; revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from the dataset's title: "Sudan talks 2024" → "sudan-talks-2024". */
export function fileStem(draft: Draft): string {
  const title = (draft.meta as { title?: unknown } | undefined)?.title;
  const stem = String(typeof title === 'string' ? title : '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return stem || 'parley-dataset';
}

/** The spreadsheet side, loaded only when a spreadsheet is asked for. */
export async function downloadWorkbook(draft: Draft, name: string, format: 'xlsx' | 'csv'): Promise<void> {
  const [{ datasetToSheets }, { TEMPLATE_HELP }] = await Promise.all([
    import('../../spreadsheet/dataset-to-sheets.ts'),
    import('../../spreadsheet/template-help.ts'),
  ]);
  const sheets = datasetToSheets(draft);
  if (format === 'csv') {
    const { workbookToCsv } = await import('../../spreadsheet/csv-text.ts');
    saveFile(new Blob([workbookToCsv(sheets)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
    return;
  }
  const { writeXlsx } = await import('../../spreadsheet/xlsx-file.ts');
  saveFile(await writeXlsx(sheets, TEMPLATE_HELP), `${name}.xlsx`);
}
