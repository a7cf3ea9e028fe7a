import { useEffect, useMemo, useState } from 'react';
import type { DatedRound } from '../domain/dated-rounds.ts';
import { filterRounds, keepsEveryRound, type FilterIndex } from '../domain/filter-rounds.ts';
import type { Filters } from '../domain/round-filters.ts';
import type { Dataset } from '../domain/schema.ts';
import { knownFilterValues, type KnownFilters } from '../domain/validate-filters.ts';
import { addedFilter } from '../features/filters/filter-entries.ts';
import { onceTimelineReady } from '../features/timeline/ready-mark.ts';
import { useViewStore, viewActions } from '../state/view-store.ts';
import { correctView } from '../url/url-sync.ts';

export interface FilteredRounds {
  index: FilterIndex;
  filters: Filters;
  /** Matching rounds in time order. */
  matches: readonly DatedRound[];
  /** Whether the round of this id matches the filters. */
  isMatch: (roundId: string) => boolean;
  lastFilter: { facet: keyof Filters; value: string } | undefined;
}

/** The store's filters applied to the dataset; values the dataset doesn't know are dropped with a notice. */
export function useFilteredRounds(
  dataset: Dataset,
  rounds: readonly DatedRound[],
  index: FilterIndex,
): FilteredRounds {
  const stored = useViewStore((s) => s.filters);

  // Links may name topics or people another dataset has: keep what this one knows and say what was ignored.
  // The check runs as the dataset arrives, and that first render already uses its result: a link naming
  // 20,000 unknown people never draws 20,000 chips before the correction reaches the store.
  const [checked] = useState(() => new WeakMap<Dataset, { asked: Filters; known: KnownFilters }>());
  let check = checked.get(dataset);
  if (!check) {
    const asked = useViewStore.getState().filters;
    check = { asked, known: knownFilterValues(asked, dataset) };
    checked.set(dataset, check);
  }
  const filters = stored === check.asked && check.known.notices.length > 0 ? check.known.filters : stored;
  useEffect(() => {
    const { asked, known } = checked.get(dataset) ?? {};
    if (known && known.notices.length > 0 && useViewStore.getState().filters === asked) {
      viewActions.addNotices(known.notices);
      correctView(() => viewActions.setFilters(known.filters));
    }
  }, [dataset, checked]);

  // Search texts are folded when a search first needs them, and ahead of it in idle time once the timeline is
  // drawn: that code is a chunk of its own, since nothing on the way to the first picture needs it, and the idle
  // moments before that picture are the gaps between the slices that build it (folding took 39 ms of them at
  // 100,000 rounds). Should the chunk not come, searching folds all.
  useEffect(() => {
    let current = true;
    let stop: (() => void) | undefined;
    const cancelWait = onceTimelineReady(() =>
      import('./fold-search-ahead.ts').then(
        ({ foldSearchAhead }) => {
          if (current) stop = foldSearchAhead(index.searchTexts);
        },
        () => undefined,
      ),
    );
    return () => {
      current = false;
      cancelWait();
      stop?.();
    };
  }, [index]);

  const { matches, isMatch } = useMemo(() => {
    // Unfiltered, as most views are, no set of 100,000 ids is built at all.
    if (keepsEveryRound(index, filters)) return { matches: rounds, isMatch: () => true };
    const ids = new Set(filterRounds(index, filters));
    return { matches: rounds.filter((d) => ids.has(d.round.id)), isMatch: (id: string) => ids.has(id) };
  }, [index, filters, rounds]);

  // The filter added most recently, for "remove the last filter" when nothing matches.
  const [tracked, setTracked] = useState<{ filters: Filters; last: FilteredRounds['lastFilter'] }>({
    filters,
    last: undefined,
  });
  if (tracked.filters !== filters) {
    setTracked({ filters, last: addedFilter(tracked.filters, filters) ?? tracked.last });
  }

  return { index, filters, matches, isMatch, lastFilter: tracked.last };
}
