import { useId, useState, type DragEvent } from 'react';
import { ConfirmBox } from './confirm-box.tsx';
import { draftActions, useDraftStore } from './draft-store.ts';
import { errorTextClass } from './field-styles.ts';
import { readDraftFile } from './read-draft-file.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';
import { enProblems } from '../../i18n/en-problems.ts';

/** Drop a file here or pick one: a spreadsheet in the template's format, or a Parley JSON file. */
export function ImportZone({ compact = false }: { compact?: boolean }) {
  const id = useId();
  const [over, setOver] = useState(false);
  const [status, setStatus] = useState<{ busy: boolean; error: string | null }>({ busy: false, error: null });

  const [pending, setPending] = useState<File | null>(null);
  const hasDraft = useDraftStore((s) => s.draft !== null);
  const t = useMessages(enEditor).editor;
  const words = useMessages(enProblems).problem;

  // A file replaces the draft, so with work in progress the person confirms first.
  const offer = (file: File | undefined) => {
    if (!file) return;
    if (hasDraft) setPending(file);
    else void load(file);
  };
  const load = async (file: File) => {
    setPending(null);
    setStatus({ busy: true, error: null });
    const read = await readDraftFile(file, t, words);
    if (read.ok) {
      draftActions.load(
        read.draft,
        read.report,
        Array.isArray(read.draft.rounds) && read.draft.rounds.length > 0 ? 0 : null,
      );
      setStatus({ busy: false, error: null });
    } else setStatus({ busy: false, error: read.reason });
  };
  const drop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    offer(event.dataTransfer.files[0]);
  };

  return (
    <div
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      className={`rounded-lg border-2 border-dashed ${over ? 'border-blue-600 bg-blue-50 dark:bg-blue-950/40' : 'border-slate-400 dark:border-slate-600'} ${compact ? 'p-3' : 'p-6 text-center'}`}
    >
      <label htmlFor={id} className="cursor-pointer text-sm">
        <span className="font-semibold text-blue-800 underline dark:text-blue-300">{t.importFile}</span>
        <span className="text-slate-700 dark:text-slate-300"> {t.importOrDrop}</span>
      </label>
      <input
        id={id}
        type="file"
        accept=".xlsx,.csv,.json,application/json,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          offer(event.target.files?.[0]);
          event.target.value = '';
        }}
        className="sr-only"
      />
      <p role="status" className="text-sm">
        {status.busy ? t.reading : ''}
      </p>
      {pending && (
        <ConfirmBox
          message={t.replaceQuestion(pending.name)}
          confirmLabel={t.replaceDraft}
          cancelLabel={t.keepDraft}
          onConfirm={() => void load(pending)}
          onCancel={() => setPending(null)}
        />
      )}
      {status.error && (
        <p role="alert" className={errorTextClass}>
          {status.error}
        </p>
      )}
    </div>
  );
}
