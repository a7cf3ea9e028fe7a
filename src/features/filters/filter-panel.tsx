import { useCallback, useMemo } from 'react';
import { isoDay } from '../../domain/calendar-days.ts';
import { facetCounts, type CountedFacet, type FilterIndex } from '../../domain/filter-rounds.ts';
import type { Filters, IsoDay } from '../../domain/round-filters.ts';
import type { Dataset } from '../../domain/schema.ts';
import { DateRangeFields } from './date-range-fields.tsx';
import { DateRangeStrip } from './date-range-strip.tsx';
import { FacetCheckboxList, FacetFieldset } from './facet-checkboxes.tsx';
import { facetOptions, topicOptionGroups } from './facet-options.ts';
import { FilterChips } from './filter-chips.tsx';
import { withValue } from './filter-entries.ts';
import { ResultSummary } from './result-summary.tsx';
import { SearchBox } from './search-box.tsx';

interface Props {
  dataset: Dataset;
  index: FilterIndex;
  filters: Filters;
  onChange: (next: Filters) => void;
  matchCount: number;
  totalCount: number;
}

/** Lists longer than this show their first entries (and any ticked ones) behind "Show all N". */
const COLLAPSE_AFTER = 8;

const FACETS: { facet: Exclude<CountedFacet, 'topics'>; legend: string; collapse?: boolean }[] = [
  { facet: 'parties', legend: 'Parties' },
  { facet: 'people', legend: 'People', collapse: true },
  { facet: 'roles', legend: 'Role' },
  { facet: 'outcomes', legend: 'Outcome' },
  { facet: 'formats', legend: 'Format' },
  { facet: 'places', legend: 'Place', collapse: true },
];

/**
 * Every filter in one panel: the result count, the active filters as chips, search, one group of
 * checkboxes per facet with how many rounds each value would match given the other filters, and dates.
 */
export function FilterPanel({ dataset, index, filters, onChange, matchCount, totalCount }: Props) {
  const counts = useMemo(() => facetCounts(index, filters), [index, filters]);
  const bounds = useMemo(() => dayBounds(index), [index]);
  const onSearch = useCallback((q: string) => onChange({ ...filters, q }), [filters, onChange]);
  const optionsOf = (facet: CountedFacet) => facetOptions(dataset, index, counts, filters, facet);
  const toggle = (facet: CountedFacet) => (value: string, on: boolean) =>
    onChange(withValue(filters, facet, value, on));
  const topicGroups = topicOptionGroups(dataset, optionsOf('topics'));

  return (
    <div role="search" aria-label="Filter rounds" className="space-y-4 text-slate-900 dark:text-slate-100">
      <div className="space-y-2">
        <ResultSummary matchCount={matchCount} totalCount={totalCount} />
        <FilterChips dataset={dataset} filters={filters} onChange={onChange} />
      </div>
      <SearchBox value={filters.q} onSearch={onSearch} />
      {topicGroups.length > 0 && (
        <FacetFieldset legend="Topics">
          {topicGroups.map((group) => (
            <FacetFieldset key={group.heading} legend={group.heading} sub>
              <FacetCheckboxList options={group.options} onToggle={toggle('topics')} />
            </FacetFieldset>
          ))}
        </FacetFieldset>
      )}
      {FACETS.map(({ facet, legend, collapse }) => {
        const options = optionsOf(facet);
        if (options.length === 0) return null;
        return (
          <FacetFieldset key={facet} legend={legend}>
            <FacetCheckboxList
              options={options}
              onToggle={toggle(facet)}
              {...(collapse ? { collapseAfter: COLLAPSE_AFTER } : {})}
            />
          </FacetFieldset>
        );
      })}
      <FacetFieldset legend="Dates">
        <DateRangeStrip
          index={index}
          from={filters.from}
          to={filters.to}
          onChange={(range) => onChange({ ...filters, ...range })}
        />
        <DateRangeFields
          from={filters.from}
          to={filters.to}
          min={bounds?.min}
          max={bounds?.max}
          onChange={(range) => onChange({ ...filters, ...range })}
        />
      </FacetFieldset>
    </div>
  );
}

/** The first and last days any round covers, in UTC. */
function dayBounds(index: FilterIndex): { min: IsoDay; max: IsoDay } | undefined {
  if (index.rounds.length === 0) return undefined;
  let start = Infinity;
  let end = -Infinity;
  for (const round of index.rounds) {
    start = Math.min(start, round.start);
    end = Math.max(end, round.end);
  }
  return { min: isoDay(start), max: isoDay(end) };
}
