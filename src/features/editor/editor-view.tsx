import { useState, type ReactNode } from 'react';
import type { Dataset } from '../../domain/schema.ts';
import { sheetSpec } from '../../spreadsheet/sheet-specs.ts';
import { ConfirmBox } from './confirm-box.tsx';
import { draftSummary } from './draft-summary.ts';
import { draftActions, useDraftStore, type Draft } from './draft-store.ts';
import { ExportActions } from './export-actions.tsx';
import { ImportZone } from './import-zone.tsx';
import { ProblemsPanel } from './problems-panel.tsx';
import { PublishHelp } from './publish-help.tsx';
import { RecordFields } from './record-fields.tsx';
import { RoundForm } from './round-form.tsx';
import { RoundsNav } from './rounds-nav.tsx';
import { StartScreen } from './start-screen.tsx';
import { TemplateActions } from './template-actions.tsx';
import { useDraftCheck } from './use-draft-check.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';

/** What the app's preview gets: the valid part of the draft, and the round being edited. */
export interface PreviewProps {
  dataset: Dataset;
  selectedId: string | null;
  onSelect: (roundId: string) => void;
}

const meta = sheetSpec('dataset');

/**
 * The dataset editor: start from the template, a file or nothing; edit in forms; see it on the timeline as
 * it grows. The preview is passed in by the app, so this feature does not import the timeline's.
 */
export function EditorView({ renderPreview }: { renderPreview: (props: PreviewProps) => ReactNode }) {
  const draft = useDraftStore((s) => s.draft);
  const t = useMessages(enEditor).editor;
  return (
    <div className="space-y-4">
      <div>
        <h1 className="text-2xl font-semibold">{t.title}</h1>
        <p className="mt-1 max-w-3xl text-slate-700 dark:text-slate-300">{t.intro}</p>
      </div>
      {draft ? <DraftEditor draft={draft} renderPreview={renderPreview} /> : <StartScreen />}
    </div>
  );
}

function DraftEditor({
  draft,
  renderPreview,
}: {
  draft: Draft;
  renderPreview: (props: PreviewProps) => ReactNode;
}) {
  const editing = useDraftStore((s) => s.editing);
  const report = useDraftStore((s) => s.report);
  const saved = useDraftStore((s) => s.saved);
  const check = useDraftCheck(draft);
  const t = useMessages(enEditor).editor;
  const [deleting, setDeleting] = useState(false);
  const rounds = Array.isArray(draft.rounds) ? (draft.rounds as Record<string, unknown>[]) : [];
  const current = editing !== null && editing < rounds.length ? editing : null;
  const currentId = current === null ? null : rounds[current]?.id;
  const selectedId =
    typeof currentId === 'string' && check.preview.rounds.some((round) => round.id === currentId)
      ? currentId
      : null;
  const problemsIn = (index: number) => check.problemsUnder(`rounds[${index}]`);
  const currentTitle = current === null ? '' : String(rounds[current]?.title ?? '');

  return (
    <>
      <div className="flex flex-wrap items-start gap-x-6 gap-y-3 rounded-lg border border-slate-300 p-3 dark:border-slate-700">
        <ExportActions
          draft={draft}
          valid={check.problemCount === 0 ? check.preview : null}
          problemCount={check.problemCount}
        />
        <TemplateActions />
        <div className="min-w-64 flex-1">
          <ImportZone compact />
        </div>
      </div>
      <p role="status" className="font-medium">
        {draftSummary(rounds.length, check, t)}{' '}
        <span className="font-normal text-slate-600 dark:text-slate-400">{saved ? t.saved : t.notSaved}</span>
      </p>
      <ProblemsPanel draft={draft} report={report} issues={check.issues} />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-6">
          <details className="rounded-lg border border-slate-300 p-3 dark:border-slate-700">
            <summary className="cursor-pointer font-semibold">{t.datasetDetails}</summary>
            <div className="mt-3">
              <RecordFields
                columns={meta.columns}
                path={['meta']}
                record={draft.meta}
                draft={draft}
                issuesAt={check.issuesAt}
              />
            </div>
          </details>
          <section aria-labelledby="editor-rounds" className="space-y-3">
            <h2 id="editor-rounds" className="text-lg font-semibold">
              {t.rounds}
            </h2>
            <RoundsNav draft={draft} editing={current} problemsIn={problemsIn} />
          </section>
          {current !== null && (
            <section
              aria-labelledby="editor-round"
              className="space-y-3 rounded-lg border border-slate-300 p-3 dark:border-slate-700"
            >
              <div className="flex items-baseline justify-between gap-2">
                <h2 id="editor-round" className="text-lg font-semibold">
                  {t.editRound(currentTitle.trim() || t.untitled)}
                </h2>
                <button
                  type="button"
                  onClick={() => setDeleting(true)}
                  className="text-sm font-medium text-red-800 underline dark:text-red-300"
                >
                  {t.deleteThisRound}
                </button>
              </div>
              {deleting && (
                <ConfirmBox
                  message={t.deleteRoundQuestion(currentTitle.trim() || t.untitled)}
                  confirmLabel={t.deleteRound}
                  cancelLabel={t.keepIt}
                  onConfirm={() => {
                    setDeleting(false);
                    draftActions.remove(['rounds'], current);
                    draftActions.edit(null);
                  }}
                  onCancel={() => setDeleting(false)}
                />
              )}
              <RoundForm draft={draft} index={current} check={check} />
            </section>
          )}
        </div>
        {/* On a phone the preview comes first, so the timeline is in view while the forms below change it. */}
        <div className="order-first min-w-0 space-y-4 lg:sticky lg:top-4 lg:order-none lg:self-start">
          <section aria-labelledby="editor-preview" className="space-y-2">
            <h2 id="editor-preview" className="text-lg font-semibold">
              {t.preview}
            </h2>
            {renderPreview({
              dataset: check.preview,
              selectedId,
              onSelect: (id) => {
                const index = rounds.findIndex((round) => round.id === id);
                if (index >= 0) draftActions.edit(index);
              },
            })}
          </section>
          <PublishHelp />
        </div>
      </div>
    </>
  );
}
