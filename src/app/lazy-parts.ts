import { lazy } from 'react';
import { onceTimelineReady } from '../features/timeline/ready-mark.ts';
import { loadPrintView } from './print/lazy-print-view.ts';

/*
 * The parts of the explore view a reader needs only after the first timeline is on screen (or, for the embed's
 * header, only in an embed): the buttons that start a story, Download and Cite, the detail panel,
 * a document's dialog, a story's card, the list view, the explanation of an empty result, the phone's filter sheet, and the legend
 * under the timeline (it explains the marks once they are drawn, so it need not hold them up). Each is a chunk of its own, so the first load carries
 * only what draws the timeline; preloadLazyParts fetches them right after, so a click never waits on the network.
 */
const loaders = {
  selectionPanel: () => import('./selection-panel.tsx'),
  documentDialog: () => import('../features/documents/document-dialog.tsx'),
  storyCard: () => import('../features/story/story-card.tsx'),
  roundsTable: () => import('../features/list-view/rounds-table.tsx'),
  emptyResult: () => import('../features/filters/empty-result.tsx'),
  filterPanel: () => import('../features/filters/filter-panel.tsx'),
  filtersSheet: () => import('./filters-sheet.tsx'),
  timelineLegend: () => import('../features/timeline/timeline-legend.tsx'),
  embedHeader: () => import('../features/embed/embed-header.tsx'),
  storyLauncher: () => import('../features/story/story-launcher.tsx'),
  exportControls: () => import('./export/export-controls.tsx'),
  // A long facet's searchable list (facet-checkboxes.tsx loads it when it is opened), fetched ahead like the rest.
  facetSearchList: () => import('../features/filters/facet-search-list.tsx'),
  printView: loadPrintView,
};

export const LazySelectionPanel = lazy(() =>
  loaders.selectionPanel().then((m) => ({ default: m.SelectionPanel })),
);
export const LazyDocumentDialog = lazy(() =>
  loaders.documentDialog().then((m) => ({ default: m.DocumentDialog })),
);
export const LazyStoryCard = lazy(() => loaders.storyCard().then((m) => ({ default: m.StoryCard })));
export const LazyRoundsTable = lazy(() => loaders.roundsTable().then((m) => ({ default: m.RoundsTable })));
export const LazyEmptyResult = lazy(() => loaders.emptyResult().then((m) => ({ default: m.EmptyResult })));
export const LazyFilterPanel = lazy(() => loaders.filterPanel().then((m) => ({ default: m.FilterPanel })));
export const LazyTimelineLegend = lazy(() =>
  loaders.timelineLegend().then((m) => ({ default: m.TimelineLegend })),
);
export const LazyFiltersSheet = lazy(() => loaders.filtersSheet().then((m) => ({ default: m.FiltersSheet })));
export const LazyStoryLauncher = lazy(() =>
  loaders.storyLauncher().then((m) => ({ default: m.StoryLauncher })),
);
export const LazyExportControls = lazy(() =>
  loaders.exportControls().then((m) => ({ default: m.ExportControls })),
);
/** The embed's title and credit: only embeds need it, so main.tsx asks for it as an embed starts. */
export const LazyEmbedHeader = lazy(() => loaders.embedHeader().then((m) => ({ default: m.EmbedHeader })));

/**
 * Starts fetching the embed's header beside the dataset; the promise settles when it is here (or could not
 * come: its part then says so), so that the first render can wait for it.
 */
export function preloadEmbedHeader(): Promise<unknown> {
  return loaders.embedHeader().catch(() => undefined);
}

let preloading = false;

/** Fetches every lazy part once the timeline is ready (or soon, on a page that shows no timeline first). */
export function preloadLazyParts(): void {
  if (preloading) return;
  preloading = true;
  onceTimelineReady(() => {
    for (const loader of Object.values(loaders)) void loader();
  });
}
