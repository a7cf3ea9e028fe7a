import { useState } from 'react';
import { downloadWorkbook } from './downloads.ts';
import type { Draft } from './draft-store.ts';
import { buttonClass, errorTextClass } from './field-styles.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';

/** The template's examples as a draft; loaded only when asked for. */
export async function loadTemplateExample(): Promise<Draft> {
  const { default: example } = await import('../../spreadsheet/template-example.json');
  return structuredClone(example) as Draft;
}

/** "Download template" (XLSX) and the same as one CSV file. */
export function TemplateActions() {
  const [error, setError] = useState<string | null>(null);
  const t = useMessages(enEditor).editor;
  const download = (format: 'xlsx' | 'csv') => {
    setError(null);
    loadTemplateExample()
      .then((example) => downloadWorkbook(example, 'parley-template', format))
      .catch((cause: unknown) => setError(t.templateFailed(String(cause))));
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => download('xlsx')} className={buttonClass}>
        {t.downloadTemplate}
      </button>
      <button type="button" onClick={() => download('csv')} className={buttonClass}>
        {t.templateCsv}
      </button>
      {error && (
        <p role="alert" className={errorTextClass}>
          {error}
        </p>
      )}
    </div>
  );
}
