import { useId } from 'react';
import { roundDocuments } from '../../domain/document-history.ts';
import { formatEdtf } from '../../domain/date-precision.ts';
import type { PlanDocument, Round } from '../../domain/schema.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { focusRing, mutedText, sectionHeading } from './panel-styles.ts';
import { SourceCitations } from './source-citations.tsx';

interface Props {
  round: Round;
  documents: readonly PlanDocument[];
  onOpenDocument: ((documentId: string) => void) | undefined;
  /** `lang` for the references' notes and versions' labels, which the dataset does not translate. */
}

/** The plans and declarations the round discussed, presented or produced, each opening its version history. */
export function DocumentsSection({ round, documents, onOpenDocument }: Props) {
  const t = useMessages(enPanel);
  const headingId = useId();
  const entries = roundDocuments(round, documents);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={sectionHeading}>
        {t.panelDocuments}
      </h3>
      <ul className="space-y-3 text-sm">
        {entries.map(({ reference, document, version }, i) => (
          <li
            key={`${document.id}-${version?.id ?? 'all'}-${i}`}
            className="border-l-2 border-slate-200 pl-3 dark:border-slate-700"
          >
            <p className={`text-xs ${mutedText}`}>{vocabularyLabels().documentKind[document.kind]}</p>
            <h4 className="font-semibold">{document.title}</h4>
            {version && (
              <p className={mutedText}>
                <span>{version.label}</span>
                {[formatEdtf(version.date), version.points && t.panelPoints(version.points)]
                  .filter(Boolean)
                  .map((fact) => ` · ${fact}`)
                  .join('')}
              </p>
            )}
            <p className="mt-0.5">
              {reference.note && <span>{reference.note}</span>}
              <SourceCitations ids={reference.sources} />
            </p>
            {onOpenDocument && (
              <button
                type="button"
                onClick={() => onOpenDocument(document.id)}
                aria-label={t.panelVersionsOf(document.title)}
                className={`mt-1 min-h-11 rounded-md px-2 text-left font-medium text-blue-800 underline decoration-1 underline-offset-2 hover:bg-slate-100 sm:min-h-9 dark:text-blue-300 dark:hover:bg-slate-800 ${focusRing}`}
              >
                {document.versions.length > 1
                  ? t.panelAllVersions(document.versions.length)
                  : t.panelAboutDocument}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
