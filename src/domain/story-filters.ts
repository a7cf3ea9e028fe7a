import { emptyFilters, type Filters } from './round-filters.ts';
import type { StoryView } from './schema.ts';

/** The filters a story step names, as complete Filters: every facet it leaves out is unfiltered. */
export function storyStepFilters(view: StoryView | undefined): Filters {
  const f = view?.filters;
  if (f === undefined) return emptyFilters;
  return {
    topics: f.topics ?? [],
    parties: f.parties ?? [],
    people: f.people ?? [],
    roles: f.roles ?? [],
    outcomes: f.outcomes ?? [],
    formats: f.formats ?? [],
    statuses: f.statuses ?? [],
    places: f.places ?? [],
    from: f.from ?? null,
    to: f.to ?? null,
    q: f.q ?? '',
  };
}
