import { useEffect, useId, useMemo, useRef, type ReactNode } from 'react';
import { CopyButton } from '../../components/copy-button.tsx';
import type { Meta } from '../../domain/schema.ts';
import {
  bibtexCitation,
  citationParts,
  cslJsonCitation,
  dayInWords,
  formattedCitation,
  type CitedView,
} from './citation-formats.ts';
import { datasetSlug } from './export-file-name.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enExport } from '../../i18n/en-export.ts';

export interface CiteDialogProps extends Omit<CitedView, 'key'> {
  meta: Meta;
  /** Where the dataset was loaded from: its file name keys the BibTeX entry. */
  datasetUrl: string;
  onClose: () => void;
}

const box =
  'w-full rounded-md border border-slate-300 bg-slate-50 p-2 font-mono text-xs text-slate-900 dark:border-slate-600 dark:bg-slate-950 dark:text-slate-100';

/** The dataset's suggested citation for the view on screen: as text, BibTeX and CSL-JSON, each to copy. */
export function CiteDialog({ meta, datasetUrl, onClose, ...shown }: CiteDialogProps) {
  const view: CitedView = { ...shown, key: datasetSlug(datasetUrl, meta.title) };
  const t = useMessages(enExport);
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const { text, bibtex, csl } = useMemo(() => {
    const parts = citationParts(meta);
    return {
      text: formattedCitation(parts, view, t),
      bibtex: bibtexCitation(parts, view),
      csl: cslJsonCitation(parts, view),
    };
    // The view is fixed while the dialog is open: it was read when the reader opened it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [meta, t]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-about`}
      onClose={onClose}
      className="m-auto w-[min(48rem,calc(100vw-1rem))] rounded-xl bg-white p-5 text-slate-900 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center justify-between gap-4">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {t.citeTitle}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="h-9 rounded-md border border-slate-300 px-3 text-sm font-medium dark:border-slate-600"
        >
          {t.citeClose}
        </button>
      </div>
      <p id={`${id}-about`} className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        {t.citeAbout(meta.version ?? '', view.filters.join('; '), dayInWords(view.accessed))}
      </p>
      <dl className="mt-3 text-sm">
        <dt className="font-medium">{t.citeAddress}</dt>
        <dd className="break-all text-slate-700 dark:text-slate-300">{view.url}</dd>
      </dl>
      <Section
        id={`${id}-text`}
        title={t.citation}
        copyLabel={t.copyCitation}
        done={t.citationCopied}
        value={text}
      >
        <p id={`${id}-text`} className={`${box} font-sans text-sm`}>
          {text}
        </p>
      </Section>
      <Section
        id={`${id}-bibtex`}
        title="BibTeX"
        copyLabel={t.copyBibtex}
        done={t.bibtexCopied}
        value={bibtex}
      >
        <pre
          id={`${id}-bibtex`}
          aria-labelledby={`${id}-bibtex-heading`}
          className={`${box} overflow-x-auto`}
          tabIndex={0}
        >
          {bibtex}
        </pre>
      </Section>
      <Section id={`${id}-csl`} title="CSL-JSON" copyLabel={t.copyCsl} done={t.cslCopied} value={csl}>
        <pre
          id={`${id}-csl`}
          aria-labelledby={`${id}-csl-heading`}
          className={`${box} max-h-48 overflow-auto`}
          tabIndex={0}
        >
          {csl}
        </pre>
      </Section>
    </dialog>
  );
}

interface SectionProps {
  id: string;
  title: string;
  copyLabel: string;
  done: string;
  value: string;
  children: ReactNode;
}

function Section({ id, title, copyLabel, done, value, children }: SectionProps) {
  return (
    <section aria-labelledby={`${id}-heading`} className="mt-4 space-y-2">
      <h3 id={`${id}-heading`} className="text-sm font-semibold">
        {title}
      </h3>
      {children}
      <CopyButton text={value} label={copyLabel} done={done} />
    </section>
  );
}
