import { useState } from 'react';
import { downloadWorkbook } from './downloads.ts';
import type { Draft } from './draft-store.ts';
import { buttonClass, errorTextClass } from './field-styles.ts';

/** The template's examples as a draft; loaded only when asked for. */
export async function loadTemplateExample(): Promise<Draft> {
  const { default: example } = await import('../../spreadsheet/template-example.json');
  return structuredClone(example) as Draft;
}

/** "Download template" (XLSX) and the same as one CSV file. */
export function TemplateActions() {
  const [error, setError] = useState<string | null>(null);
  const download = (format: 'xlsx' | 'csv') => {
    setError(null);
    loadTemplateExample()
      .then((example) => downloadWorkbook(example, 'parley-template', format))
      .catch((cause: unknown) => setError(`The template could not be made: ${String(cause)}`));
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button type="button" onClick={() => download('xlsx')} className={buttonClass}>
        Download template
      </button>
      <button type="button" onClick={() => download('csv')} className={buttonClass}>
        Template as CSV
      </button>
      {error && (
        <p role="alert" className={errorTextClass}>
          {error}
        </p>
      )}
    </div>
  );
}
