import { useEffect, useId, useMemo, useRef } from 'react';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import { documentHistory } from '../../domain/document-history.ts';
import type { Dataset } from '../../domain/schema.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { DocumentRoundLinks } from './document-round-links.tsx';
import { DocumentSources } from './document-sources.tsx';
import { linkButton, mutedText, plainButton } from './document-styles.ts';
import { VersionStrip } from './version-strip.tsx';

interface Props {
  dataset: Dataset;
  rounds: readonly DatedRound[];
  /** The document to show; null keeps the dialog closed. */
  documentId: string | null;
  onClose: () => void;
  onSelectRound: (roundId: string) => void;
  onOpenDocument: (documentId: string) => void;
}

const heading = 'mb-2 text-base font-semibold text-slate-900 dark:text-slate-50';

/** A document's history: who drafted it, its versions in date order on a small timeline, and the rounds that dealt with each. */
export function DocumentDialog({
  dataset,
  rounds,
  documentId,
  onClose,
  onSelectRound,
  onOpenDocument,
}: Props) {
  const t = useMessages(enPanel);
  // Versions' labels and summaries and the rounds' notes are not translated: marked with the data's language.
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const history = useMemo(
    () => (documentId === null ? undefined : documentHistory(dataset.documents ?? [], documentId, rounds)),
    [dataset, documentId, rounds],
  );
  const sources = useMemo(() => new Map(dataset.sources.map((s) => [s.id, s])), [dataset]);
  const parties = useMemo(() => new Map(dataset.parties.map((p) => [p.id, p.shortName])), [dataset]);
  const open = history !== undefined;
  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (!open && dialog?.open) dialog.close();
  }, [open]);
  useEffect(() => {
    // Another document opened from a companion link starts at its top.
    ref.current?.scrollTo?.({ top: 0 });
  }, [documentId]);

  const names = (ids: readonly string[] | undefined) =>
    (ids ?? []).map((p) => parties.get(p) ?? p).join(', ');
  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      className="m-auto max-h-[calc(100dvh-1rem)] w-[min(48rem,calc(100vw-1rem))] overflow-y-auto rounded-xl bg-white p-5 text-slate-900 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100"
    >
      {history && (
        <article className="space-y-5 text-sm">
          <header className="flex items-start justify-between gap-4">
            <div>
              <p className={`text-xs font-semibold tracking-wide uppercase ${mutedText}`}>
                {vocabularyLabels().documentKind[history.document.kind]}
              </p>
              <h2 id={`${id}-title`} className="mt-1 text-xl font-semibold text-balance">
                {history.document.title}
              </h2>
            </div>
            <button type="button" onClick={onClose} className={plainButton}>
              {t.documentClose}
            </button>
          </header>
          {history.document.summary && <p className="leading-relaxed">{history.document.summary}</p>}
          <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1">
            <dt className={mutedText}>{t.documentDraftedBy}</dt>
            <dd>{names(history.document.draftedBy)}</dd>
            {history.document.receivedBy && (
              <>
                <dt className={mutedText}>{t.documentPresentedTo}</dt>
                <dd>{names(history.document.receivedBy)}</dd>
              </>
            )}
            {history.companionOf && (
              <>
                <dt className={mutedText}>{t.documentAccompanies}</dt>
                <dd>
                  <button
                    type="button"
                    onClick={() => onOpenDocument(history.companionOf?.id ?? '')}
                    className={linkButton}
                  >
                    {history.companionOf.title}
                  </button>
                </dd>
              </>
            )}
            {history.companions.length > 0 && (
              <>
                <dt className={mutedText}>{t.documentWithIt}</dt>
                <dd>
                  {history.companions.map((companion) => (
                    <button
                      key={companion.id}
                      type="button"
                      onClick={() => onOpenDocument(companion.id)}
                      className={`${linkButton} block`}
                    >
                      {companion.title}
                    </button>
                  ))}
                </dd>
              </>
            )}
          </dl>
          <span id={`${id}-new-tab`} hidden>
            {t.panelNewTab}
          </span>
          {history.versions.length > 0 && (
            <section aria-labelledby={`${id}-versions`}>
              <h3 id={`${id}-versions`} className={heading}>
                {history.versions.length === 1
                  ? t.documentVersion
                  : t.documentVersions(history.versions.length)}
              </h3>
              {history.versions.length > 1 && <VersionStrip versions={history.versions} />}
              <ol className="mt-3 space-y-4">
                {history.versions.map(({ version, dateText, rounds: links }) => (
                  <li key={version.id} className="border-l-2 border-blue-300 pl-3 dark:border-blue-800">
                    <p className={`text-xs ${mutedText}`}>{dateText}</p>
                    <h4 className="font-semibold">
                      <span>{version.label}</span>
                      {version.points !== undefined && `: ${t.panelPoints(version.points)}`}
                    </h4>
                    {version.summary && <p className="mt-0.5">{version.summary}</p>}
                    <DocumentSources ids={version.sources} sources={sources} newTabId={`${id}-new-tab`} />
                    {links.length > 0 && (
                      <div className="mt-1">
                        <span className={`text-xs font-medium ${mutedText}`}>{t.documentRounds}</span>
                        <DocumentRoundLinks links={links} onSelectRound={onSelectRound} />
                      </div>
                    )}
                  </li>
                ))}
              </ol>
            </section>
          )}
          {history.wholeDocumentRounds.length > 0 && (
            <section aria-labelledby={`${id}-rounds`}>
              <h3 id={`${id}-rounds`} className={heading}>
                {t.documentWholeRounds}
              </h3>
              <DocumentRoundLinks links={history.wholeDocumentRounds} onSelectRound={onSelectRound} />
            </section>
          )}
          <section aria-labelledby={`${id}-sources`}>
            <h3 id={`${id}-sources`} className={heading}>
              {t.documentAbout}
            </h3>
            <DocumentSources ids={history.document.sources} sources={sources} newTabId={`${id}-new-tab`} />
          </section>
        </article>
      )}
    </dialog>
  );
}
