import { useMessages } from '../i18n/catalogue.ts';
import type { MetaDateWords } from '../domain/dataset-model.ts';
import type { Dataset } from '../domain/schema.ts';

/**
 * "Data up to 21 March 2026", where the timeline ends, so that nobody reads the silence after the last source as
 * the end of the talks; with the dataset's own note on its coverage and the date it was last updated.
 */
export function CoverageNote({ dataset, dates }: { dataset: Dataset; dates: MetaDateWords }) {
  const { coverage } = dataset.meta;
  const t = useMessages();
  if (!coverage || !dates.coverage) return null;
  return (
    <p className="mt-2 flex flex-wrap items-baseline justify-end gap-x-2 text-right text-sm text-slate-700 dark:text-slate-300">
      <strong className="font-semibold text-slate-900 dark:text-slate-100">
        {t.dataUpTo(dates.coverage.to)}
      </strong>
      <span className="text-slate-600 dark:text-slate-400">
        {t.dataSpan(dates.coverage.from, dates.updated)}
      </span>
      {coverage.note && (
        <span className="basis-full text-xs text-slate-600 dark:text-slate-400">{coverage.note}</span>
      )}
    </p>
  );
}
