import type { ComponentType } from 'react';
import { preloadablePart, type PreloadablePart } from '../components/preloadable-part.ts';
import { LazyFacetSearchList } from '../features/filters/lazy-facet-search-list.ts';
import { onceTimelineReady } from '../features/timeline/ready-mark.ts';
import type { ViewState } from '../state/view-state.ts';
import { loadPrintView } from './print/lazy-print-view.ts';

/*
 * The parts of the explore view a reader needs only after the first timeline is on screen (or, for the embed's
 * header, only in an embed): the buttons that start a story, Download and Cite, the detail panel,
 * a document's dialog, a story's card, the list view, the explanation of an empty result, the phone's filter sheet, and the legend
 * under the timeline (it explains the marks once they are drawn, so it need not hold them up). Each is a chunk of its own, so the first load carries
 * only what draws the timeline; preloadLazyParts fetches them (all but the embed's header) right after, so a click
 * never waits on the network, and, being preloadable parts, they then render at once.
 */
/** What preloadLazyParts fetches: every part made by partFetchedAhead, a long facet's searchable list, the print view. */
const fetchedAhead: (() => Promise<unknown>)[] = [
  LazyFacetSearchList.preload,
  () => loadPrintView().catch(() => undefined),
];

/** A preloadable part that preloadLazyParts fetches, so that no part can be made and left out of the list. */
function partFetchedAhead<P extends object>(load: () => Promise<ComponentType<P>>): PreloadablePart<P> {
  const part = preloadablePart(load);
  fetchedAhead.push(part.preload);
  return part;
}

export const LazySelectionPanel = partFetchedAhead(() =>
  import('./selection-panel.tsx').then((m) => m.SelectionPanel),
);
export const LazyDocumentDialog = partFetchedAhead(() =>
  import('../features/documents/document-dialog.tsx').then((m) => m.DocumentDialog),
);
export const LazyStoryCard = partFetchedAhead(() =>
  import('../features/story/story-card.tsx').then((m) => m.StoryCard),
);
export const LazyRoundsTable = partFetchedAhead(() =>
  import('../features/list-view/rounds-table.tsx').then((m) => m.RoundsTable),
);
export const LazyEmptyResult = partFetchedAhead(() =>
  import('../features/filters/empty-result.tsx').then((m) => m.EmptyResult),
);
export const LazyFilterPanel = partFetchedAhead(() =>
  import('../features/filters/filter-panel.tsx').then((m) => m.FilterPanel),
);
export const LazyTimelineLegend = partFetchedAhead(() =>
  import('../features/timeline/timeline-legend.tsx').then((m) => m.TimelineLegend),
);
export const LazyFiltersSheet = partFetchedAhead(() =>
  import('./filters-sheet.tsx').then((m) => m.FiltersSheet),
);
export const LazyStoryLauncher = partFetchedAhead(() =>
  import('../features/story/story-launcher.tsx').then((m) => m.StoryLauncher),
);
export const LazyExportControls = partFetchedAhead(() =>
  import('./export/export-controls.tsx').then((m) => m.ExportControls),
);
/**
 * The embed's title and credit: only embeds need it, so it is not fetched ahead for every reader; main.tsx asks
 * for it (LazyEmbedHeader.preload) as an embed starts, and renders once it is here.
 */
export const LazyEmbedHeader = preloadablePart(() =>
  import('../features/embed/embed-header.tsx').then((m) => m.EmbedHeader),
);

let preloading = false;

/** Fetches every lazy part once the timeline is ready (or soon, on a page that shows no timeline first). */
export function preloadLazyParts(): void {
  if (preloading) return;
  preloading = true;
  onceTimelineReady(() => {
    for (const preload of fetchedAhead) void preload();
  });
}

/**
 * Fetches, as the page starts, the parts a link opens with its dataset: a round's details, a document, a
 * story's card, the list view and the filters beside it. Asked for only once the dataset had come, they were
 * held back by React's Suspense throttle and came about 270 ms after the timeline, though their chunks took a
 * few milliseconds.
 */
export function preloadPartsTheLinkOpens(view: ViewState): void {
  const opened = [
    view.round !== null && LazySelectionPanel,
    view.document !== null && LazyDocumentDialog,
    view.story !== null && LazyStoryCard,
    view.view === 'list' && LazyRoundsTable,
    view.view === 'list' && LazyFilterPanel,
  ];
  for (const part of opened) if (part) void part.preload();
}
