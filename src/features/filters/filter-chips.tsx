import { useRef } from 'react';
import { emptyFilters, type Filters } from '../../domain/round-filters.ts';
import type { Dataset } from '../../domain/schema.ts';
import { enFilters } from '../../i18n/en-filters.ts';
import { focusSoon } from '../../utils/focus-soon.ts';
import { activeFilters, withoutFilter } from './filter-entries.ts';
import { focusRing, linkButton } from './filter-styles.ts';

interface Props {
  dataset: Dataset;
  filters: Filters;
  onChange: (next: Filters) => void;
  /** Where focus goes once no chip is left (the chips vanish with the last one). */
  focusWhenEmpty: () => Element | null | undefined;
  /**
   * The words in the reader's language, from the caller's useMessages: this module is on the first load's
   * path, and importing the catalogue here splits the first load into more chunks (see the size script).
   */
  t?: typeof enFilters;
}

/** The active filters as removable chips ("Topic: Ceasefire ✕"), and one button that clears them all. */
export function FilterChips({ dataset, filters, onChange, focusWhenEmpty, t = enFilters }: Props) {
  const listRef = useRef<HTMLUListElement>(null);
  const active = activeFilters(dataset, filters, t);
  if (active.length === 0) return null;
  // A removed chip hands focus to the chip that takes its place, else the one before it, else (none left)
  // to the place the parent names: never to the page body.
  const remove = (next: Filters, index: number) => {
    const list = listRef.current;
    onChange(next);
    focusSoon(() => {
      const chips = [...(list?.isConnected ? list.querySelectorAll('button') : [])];
      return [chips[index], chips[index - 1], focusWhenEmpty()];
    });
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul ref={listRef} aria-label={t.activeFiltersLabel} className="flex flex-wrap gap-2">
        {active.map(({ facet, value, label }, index) => (
          <li key={`${facet}:${value}`}>
            <button
              type="button"
              aria-label={t.removeFilter(label)}
              onClick={() => remove(withoutFilter(filters, facet, value), index)}
              className={`inline-flex min-h-11 items-center gap-1 rounded-full border border-slate-500 bg-slate-100 px-3 text-sm text-slate-900 hover:bg-slate-200 sm:min-h-8 dark:border-slate-400 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 ${focusRing}`}
            >
              {label}
              <span aria-hidden="true">✕</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => remove({ ...emptyFilters }, -1)} className={linkButton}>
        {t.clearAllFilters}
      </button>
    </div>
  );
}
