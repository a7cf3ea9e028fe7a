import { emptyFilters, type Filters } from '../../domain/round-filters.ts';
import type { Dataset } from '../../domain/schema.ts';
import { activeFilters, withoutFilter } from './filter-entries.ts';
import { focusRing, linkButton } from './filter-styles.ts';

interface Props {
  dataset: Dataset;
  filters: Filters;
  onChange: (next: Filters) => void;
}

/** The active filters as removable chips ("Topic: Ceasefire ✕"), and one button that clears them all. */
export function FilterChips({ dataset, filters, onChange }: Props) {
  const active = activeFilters(dataset, filters);
  if (active.length === 0) return null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ul aria-label="Active filters" className="flex flex-wrap gap-2">
        {active.map(({ facet, value, label }) => (
          <li key={`${facet}:${value}`}>
            <button
              type="button"
              aria-label={`Remove filter ${label}`}
              onClick={() => onChange(withoutFilter(filters, facet, value))}
              className={`inline-flex min-h-11 items-center gap-1 rounded-full border border-slate-400 bg-slate-100 px-3 text-sm text-slate-900 hover:bg-slate-200 sm:min-h-8 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700 ${focusRing}`}
            >
              {label}
              <span aria-hidden="true">✕</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => onChange({ ...emptyFilters })} className={linkButton}>
        Clear all filters
      </button>
    </div>
  );
}
