import { useId, useRef } from 'react';
import { emptyFilters, type Filters } from '../../domain/round-filters.ts';
import type { Dataset } from '../../domain/schema.ts';
import { enFilters } from '../../i18n/en-filters.ts';
import { focusSoon, type FocusCandidates } from '../../utils/focus-soon.ts';
import { activeFilters, withoutFilter } from './filter-entries.ts';
import { focusRing, linkButton } from './filter-styles.ts';

interface Props {
  dataset: Dataset;
  filters: Filters;
  /** The filter value the reader chose last; when absent or no longer active, the last one listed. */
  lastFilter?: { facet: keyof Filters; value: string };
  onChange: (next: Filters) => void;
  /** Where focus goes when a removed filter brings rounds back and this message vanishes. */
  focusWhenGone: FocusCandidates;
  /** The words in the reader's language, from the caller's useMessages (as FilterChips takes them). */
  t?: typeof enFilters;
}

/**
 * Shown instead of rounds when none match: says which filters together exclude everything, and offers
 * to take back the last one (or to clear them all).
 */
export function EmptyResult({ dataset, filters, lastFilter, onChange, focusWhenGone, t = enFilters }: Props) {
  const headingId = useId();
  const sectionRef = useRef<HTMLElement>(null);
  // The button pressed may vanish (rounds are back, or "Clear all" with one filter left): focus follows to
  // the rounds, or to the button that remains here.
  const change = (next: Filters) => {
    const section = sectionRef.current;
    onChange(next);
    focusSoon((lastTry) =>
      section?.isConnected ? [...section.querySelectorAll('button')] : focusWhenGone(lastTry),
    );
  };
  const active = activeFilters(dataset, filters, t);
  const last =
    active.find((f) => f.facet === lastFilter?.facet && f.value === lastFilter.value) ?? active.at(-1);
  return (
    <section
      ref={sectionRef}
      aria-labelledby={headingId}
      className="rounded-lg border border-dashed border-slate-400 p-4 text-slate-900 dark:border-slate-500 dark:text-slate-100"
    >
      <h2 id={headingId} className="font-semibold">
        {t.noMatchHeading}
      </h2>
      {active.length > 0 ? (
        <p className="mt-1 text-sm">
          {active.length === 1
            ? t.noMatchOne(active[0]?.label ?? '')
            : t.noMatchAll(active.map((f) => f.label).join('; '))}
        </p>
      ) : (
        <p className="mt-1 text-sm">{t.noRounds}</p>
      )}
      <div className="mt-3 flex flex-wrap items-center gap-3">
        {last && (
          <button
            type="button"
            onClick={() => change(withoutFilter(filters, last.facet, last.value))}
            className={`min-h-11 rounded-md bg-sky-800 px-4 text-sm font-medium text-white hover:bg-sky-900 sm:min-h-9 dark:bg-sky-300 dark:text-slate-950 dark:hover:bg-sky-200 ${focusRing}`}
          >
            {t.removeLastFilter(last.label)}
          </button>
        )}
        {active.length > 1 && (
          <button type="button" onClick={() => change({ ...emptyFilters })} className={linkButton}>
            {t.clearAllFilters}
          </button>
        )}
      </div>
    </section>
  );
}
