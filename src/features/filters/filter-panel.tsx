import { useCallback, useMemo, useRef } from 'react';
import { isoDay } from '../../domain/calendar-days.ts';
import { facetCounts, type CountedFacet, type FilterIndex } from '../../domain/filter-rounds.ts';
import type { Filters, IsoDay } from '../../domain/round-filters.ts';
import type { Dataset } from '../../domain/schema.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enFilterPanel } from '../../i18n/en-filter-panel.ts';
import { enFilters } from '../../i18n/en-filters.ts';
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
  /** Announce the count here: true in the modal sheet, where the page's own status region can't be heard. */
  liveCount?: boolean;
}

/** Lists longer than this show their top entries (and any ticked ones) behind "Show all N". */
const COLLAPSE_AFTER = 8;
/** Facets that list every value at once do so up to this many; a dataset with more collapses them too. */
const SHORT_LIST = 30;

/** The facets after the topics, in panel order; the long lists collapse whatever their length. */
const FACETS: { facet: Exclude<CountedFacet, 'topics'>; collapse?: boolean }[] = [
  { facet: 'parties' },
  { facet: 'people', collapse: true },
  { facet: 'roles' },
  { facet: 'outcomes' },
  { facet: 'formats' },
  { facet: 'statuses' },
  { facet: 'places', collapse: true },
];

/** Collapse the lists meant to be short as well, once a dataset makes them long. */
const collapseFor = (collapse: boolean | undefined, length: number) =>
  collapse || length > SHORT_LIST ? { collapseAfter: COLLAPSE_AFTER } : {};

/**
 * Every filter in one panel: the result count, the active filters as chips, search, one group of
 * checkboxes per facet with how many rounds each value would match given the other filters, and dates.
 */
export function FilterPanel({
  dataset,
  index,
  filters,
  onChange,
  matchCount,
  totalCount,
  liveCount = false,
}: Props) {
  const t = useMessages(enFilterPanel);
  const filterWords = useMessages(enFilters);
  const counts = useMemo(() => facetCounts(index, filters), [index, filters]);
  const bounds = useMemo(() => dayBounds(index), [index]);
  const onSearch = useCallback((q: string) => onChange({ ...filters, q }), [filters, onChange]);
  const optionsOf = (facet: CountedFacet) => facetOptions(dataset, index, counts, filters, facet);
  const toggle = (facet: CountedFacet) => (value: string, on: boolean) =>
    onChange(withValue(filters, facet, value, on));
  const topicGroups = topicOptionGroups(dataset, optionsOf('topics'), t);
  const rootRef = useRef<HTMLDivElement>(null);
  const searchInput = useCallback(() => rootRef.current?.querySelector('input[type="search"]'), []);

  return (
    <div
      ref={rootRef}
      role="search"
      aria-label={t.filterRounds}
      className="space-y-4 text-slate-900 dark:text-slate-100"
    >
      <div className="space-y-2">
        <ResultSummary matchCount={matchCount} totalCount={totalCount} live={liveCount} />
        <FilterChips
          dataset={dataset}
          filters={filters}
          onChange={onChange}
          focusWhenEmpty={searchInput}
          t={filterWords}
        />
      </div>
      <SearchBox value={filters.q} onSearch={onSearch} />
      {topicGroups.length > 0 && (
        <FacetFieldset legend={t.filterFacet.topics.legend}>
          {topicGroups.map((group) => (
            <FacetFieldset key={group.heading} legend={group.heading} sub>
              <FacetCheckboxList
                options={group.options}
                onToggle={toggle('topics')}
                noun={t.filterTopicGroupValues[group.group].noun}
                listName={t.filterTopicGroupValues[group.group].list}
                {...collapseFor(false, group.options.length)}
              />
            </FacetFieldset>
          ))}
        </FacetFieldset>
      )}
      {FACETS.map(({ facet, collapse }) => {
        const options = optionsOf(facet);
        if (options.length === 0) return null;
        return (
          <FacetFieldset key={facet} legend={t.filterFacet[facet].legend}>
            <FacetCheckboxList
              options={options}
              onToggle={toggle(facet)}
              noun={t.filterFacet[facet].noun}
              listName={t.filterFacet[facet].list}
              {...collapseFor(collapse, options.length)}
            />
          </FacetFieldset>
        );
      })}
      <FacetFieldset legend={t.filterDates}>
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
