import type { Filters } from '../../domain/round-filters.ts';
import { fullViewUrl } from '../../features/embed/embed-mode.ts';
import { activeFilters, valueLabel, type FilterWords } from '../../features/filters/filter-entries.ts';
import type { ExportView } from './export-view.ts';

type Inputs = Omit<ExportView, 'filterLabels' | 'filterValues' | 'width' | 'url'> & {
  filters: Filters;
  /** The filters' words in the language shown: the picture, the citation and the JSON name the filters in it. */
  filterWords: FilterWords;
  /** The width of the column the timeline fills, in CSS pixels (0 before it is measured). */
  contentWidth: number;
};

/** A reader of the view on screen for exports: called when the reader asks, so it sees the view as it is then. */
export function exportViewReader(inputs: Inputs): () => ExportView {
  const { filters, filterWords, contentWidth, ...rest } = inputs;
  const { dataset } = rest;
  return () => {
    const active = activeFilters(dataset, filters, filterWords);
    // The timeline's viewport has a one-pixel border on each side.
    const width = Math.max(320, Math.round((contentWidth || 1000) - 2));
    return {
      ...rest,
      filterLabels: active.map((f) => f.label),
      // A date goes into file names as its facet's word and the ISO day ("from-2025-03-01", "від-2025-03-01").
      filterValues: active.map((f) =>
        f.facet === 'from' || f.facet === 'to'
          ? `${filterWords.filterFacetName[f.facet]} ${f.value}`
          : valueLabel(dataset, f.facet, f.value, filterWords),
      ),
      width,
      url: fullViewUrl(window.location.href),
    };
  };
}
