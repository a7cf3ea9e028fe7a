import { preloadablePart } from '../../components/preloadable-part.ts';

/**
 * The searchable list, with the list virtualiser it draws its rows with (10 kB gzip), is a chunk of its own:
 * only a facet of more than RENDER_ALL_UP_TO values, opened in full, shows it, so the filter panel, which every
 * reader gets once the timeline is drawn, should not bring it (the app fetches it ahead: lazy-parts.ts).
 */
export const LazyFacetSearchList = preloadablePart(() =>
  import('./facet-search-list.tsx').then((m) => m.FacetSearchList),
);
