import { useState } from 'react';
import type { Dataset } from '../../domain/schema.ts';
import { ConfirmBox } from './confirm-box.tsx';
import { downloadWorkbook, fileStem, saveFile } from './downloads.ts';
import { draftActions, type Draft } from './draft-store.ts';
import { buttonClass, primaryButtonClass } from './field-styles.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';

interface Props {
  draft: Draft;
  /** The draft as a valid dataset, when it has no problems. */
  valid: Dataset | null;
  problemCount: number;
}

/** Export the draft (JSON or spreadsheet) and Start over, which asks first. */
export function ExportActions({ draft, valid, problemCount }: Props) {
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const t = useMessages(enEditor).editor;
  const stem = fileStem(draft);
  const exportJson = () => {
    // A valid draft is written as the validator reads it (trimmed, in schema order); a draft with problems as
    // it stands, so nothing typed is lost.
    const body = JSON.stringify(valid ?? draft, null, 2);
    saveFile(new Blob([`${body}\n`], { type: 'application/json' }), `${stem}.json`);
    setNote(
      problemCount > 0 ? t.exportedWithProblems(`${stem}.json`, problemCount) : t.exported(`${stem}.json`),
    );
  };
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={exportJson} className={primaryButtonClass}>
          {t.exportJson}
        </button>
        <button
          type="button"
          onClick={() =>
            void downloadWorkbook(valid ?? draft, stem, 'xlsx').then(() =>
              setNote(t.exported(`${stem}.xlsx`)),
            )
          }
          className={buttonClass}
        >
          {t.exportSpreadsheet}
        </button>
        <button type="button" onClick={() => setConfirming(true)} className={buttonClass}>
          {t.startOver}
        </button>
      </div>
      <p role="status" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {note}
      </p>
      {confirming && (
        <ConfirmBox
          message={t.startOverQuestion}
          confirmLabel={t.deleteDraft}
          cancelLabel={t.keepDraft}
          onConfirm={() => {
            setConfirming(false);
            draftActions.startOver();
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
}
