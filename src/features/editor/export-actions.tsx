import { useState } from 'react';
import type { Dataset } from '../../domain/schema.ts';
import { ConfirmBox } from './confirm-box.tsx';
import { downloadWorkbook, fileStem, saveFile } from './downloads.ts';
import { draftActions, type Draft } from './draft-store.ts';
import { buttonClass, primaryButtonClass } from './field-styles.ts';

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
  const stem = fileStem(draft);
  const exportJson = () => {
    // A valid draft is written as the validator reads it (trimmed, in schema order); a draft with problems as
    // it stands, so nothing typed is lost.
    const body = JSON.stringify(valid ?? draft, null, 2);
    saveFile(new Blob([`${body}\n`], { type: 'application/json' }), `${stem}.json`);
    setNote(
      problemCount > 0
        ? `Exported ${stem}.json with ${problemCount} ${problemCount === 1 ? 'problem' : 'problems'} left: Parley will not show it until they are fixed.`
        : `Exported ${stem}.json.`,
    );
  };
  return (
    <div>
      <div className="flex flex-wrap items-center gap-2">
        <button type="button" onClick={exportJson} className={primaryButtonClass}>
          Export JSON
        </button>
        <button
          type="button"
          onClick={() =>
            void downloadWorkbook(valid ?? draft, stem, 'xlsx').then(() => setNote(`Exported ${stem}.xlsx.`))
          }
          className={buttonClass}
        >
          Export spreadsheet
        </button>
        <button type="button" onClick={() => setConfirming(true)} className={buttonClass}>
          Start over
        </button>
      </div>
      <p role="status" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        {note}
      </p>
      {confirming && (
        <ConfirmBox
          message="Start over? The draft is deleted from this browser. Export it first to keep a copy."
          confirmLabel="Delete the draft"
          cancelLabel="Keep the draft"
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
