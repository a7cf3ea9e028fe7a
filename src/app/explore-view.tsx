import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { DatasetModel } from '../domain/dataset-model.ts';
import type { Filters } from '../domain/round-filters.ts';
import { LazyPart } from '../components/lazy-part.tsx';
import { FilterChips } from '../features/filters/filter-chips.tsx';
import { activeFilters } from '../features/filters/filter-entries.ts';
import { useElementWidth } from '../hooks/use-element-width.ts';
import { exportViewReader } from './export/export-view-reader.ts';
import { Timeline } from '../features/timeline/timeline.tsx';
import { useMessages } from '../i18n/catalogue.ts';
import { enFilters } from '../i18n/en-filters.ts';
import { enStatus } from '../i18n/en-status.ts';
import { useViewStore, viewActions } from '../state/view-store.ts';
import { correctView } from '../url/url-sync.ts';
import { CoverageNote } from './coverage-note.tsx';
import {
  LazyDocumentDialog,
  LazyEmptyResult,
  LazyFiltersSheet,
  LazyTimelineLegend,
  LazyFilterPanel,
  LazyRoundsTable,
  LazySelectionPanel,
  preloadLazyParts,
  LazyEmbedHeader,
  LazyStoryLauncher,
  LazyExportControls,
} from './lazy-parts.ts';
import { DatasetIntro } from './dataset-intro.tsx';
import type { EmbedMode } from '../features/embed/embed-mode.ts';
import { InlineFilters } from './inline-filters.tsx';
import { PrintViewWhenLoaded } from './print/lazy-print-view.ts';
import { usePrinting } from './print/use-printing.ts';
import { LiveStatus } from './live-status.tsx';
import { roundsFocusTargets } from './rounds-focus.ts';
import { useFilteredRounds } from './use-filtered-rounds.ts';
import { UnmatchedSwitch, ViewSwitch } from './view-controls.tsx';
import { ExportButtonsSpace } from './export/export-buttons-space.tsx';
import { LazyPartAfterFirstPicture } from './after-first-picture.tsx';
import { goToStep } from '../features/story/story-actions.ts';
import { useWindowTransition } from '../features/story/use-window-transition.ts';
import { selectAndLeaveStory, useStoryMode } from './story-mode.tsx';

const replaceFilters = (next: Filters) => viewActions.setFilters(next);
const closeDocument = () => viewActions.openDocument(null);
const showRoundFromDocument = (roundId: string) => {
  viewActions.openDocument(null);
  viewActions.selectRound(roundId);
};

/** The dataset explored: filters, timeline or list, and the selected round's details. */
interface Props {
  /** The dataset with its rounds dated, in time order, and indexed for filtering (built by the query). */
  model: DatasetModel;
  /** Where the dataset was loaded from, for the names of downloaded files. */
  datasetUrl: string;
  dark: boolean;
  embed: EmbedMode;
}

export function ExploreView({ model, datasetUrl, dark, embed }: Props) {
  const { dataset, rounds } = model;
  // Filters hold the values as the data writes them (place=Istanbul), whatever language the page is in.
  const { index, filters, matches, isMatch, lastFilter } = useFilteredRounds(
    model.original ?? dataset,
    rounds,
    model.index,
  );
  const selectedId = useViewStore((s) => s.round);
  const documentId = useViewStore((s) => s.document);
  const view = useViewStore((s) => s.view);
  const lanes = useViewStore((s) => s.lanes);
  const windowDays = useViewStore((s) => s.window);
  const unmatched = useViewStore((s) => s.unmatched);
  const [sheetOpen, setSheetOpen] = useState(false);
  const [sheetAsked, setSheetAsked] = useState(false);
  if (sheetOpen && !sheetAsked) setSheetAsked(true);
  const t = useMessages();
  const filterWords = useMessages(enFilters);
  const words = useMessages(enStatus);
  const printing = usePrinting();
  const story = useStoryMode(dataset, embed.embedded);
  const glide = useWindowTransition(windowDays, story.active);
  const selected = selectedId !== null && rounds.some((d) => d.round.id === selectedId) ? selectedId : null;
  const active = activeFilters(dataset, filters);
  const filtersButtonRef = useRef<HTMLButtonElement>(null);
  // The chips above the rounds vanish with the last one: focus goes to the Filters button next to them,
  // or (an embed without filters) to the rounds.
  const focusWhenNoChips = useCallback(
    () => filtersButtonRef.current ?? roundsFocusTargets(true).find(Boolean),
    [],
  );

  useEffect(preloadLazyParts, []);
  // Once opened, the document dialog stays mounted, so closing it can hand focus back as it always has.
  const [documentsShown, setDocumentsShown] = useState(documentId !== null);
  if (documentId !== null && !documentsShown) setDocumentsShown(true);

  useEffect(() => {
    if (selectedId !== null && selected === null) {
      viewActions.addNotices([{ kind: 'unknown-id', key: 'round', value: selectedId }]);
      correctView(() => viewActions.selectRound(null));
    }
  }, [selectedId, selected]);

  useEffect(() => {
    if (documentId !== null && !(dataset.documents ?? []).some((d) => d.id === documentId)) {
      viewActions.addNotices([{ kind: 'unknown-id', key: 'document', value: documentId }]);
      correctView(() => viewActions.openDocument(null));
    }
  }, [documentId, dataset]);

  const close = useCallback(() => {
    const id = useViewStore.getState().round;
    viewActions.selectRound(null);
    // Focus goes back to where the reader opened the round from, so the keyboard path continues there.
    // A round the filters hide has no mark: then the timeline or list itself takes focus.
    const mark = id ? document.querySelector<HTMLElement>(`[data-round-id="${CSS.escape(id)}"]`) : null;
    (mark ?? (roundsFocusTargets(true).find(Boolean) as HTMLElement | undefined))?.focus();
  }, []);

  const dim = unmatched === 'dim' && matches.length < rounds.length;
  const shown = dim ? rounds : matches;
  const dimmed = useMemo(
    () => (dim ? new Set(rounds.filter((d) => !isMatch(d.round.id)).map((d) => d.round.id)) : null),
    [dim, rounds, isMatch],
  );
  // The parts around the first picture that it does not need wait until the timeline has drawn it.
  const timelineFirst = view === 'timeline' && matches.length > 0 && !printing;
  const panel = (inSheet: boolean) => (
    <div className="space-y-4">
      <UnmatchedSwitch />
      {/* A sheet opens on the reader's click, and shows its filters at once. */}
      <LazyPartAfterFirstPicture
        what={words.partFilters}
        timelineFirst={timelineFirst && !inSheet}
        part={LazyFilterPanel}
        props={{
          dataset,
          index,
          filters,
          onChange: replaceFilters,
          matchCount: matches.length,
          totalCount: rounds.length,
          liveCount: inSheet,
        }}
      />
    </div>
  );
  const openedTitle =
    selected === null ? null : (rounds.find((d) => d.round.id === selected)?.round.title ?? null);
  const showPanel = selected !== null && embed.showPanel && !story.active;
  // With a round open, screens narrower than 1280 px give the filters' column to the timeline (the filters
  // move to the sheet), so the panel docks beside a timeline of readable width instead of squeezing it.
  const columns = showPanel
    ? 'lg:grid-cols-[minmax(0,1fr)_24rem] xl:grid-cols-[17rem_minmax(0,1fr)_26rem]'
    : story.active && !embed.embedded
      ? 'lg:grid-cols-[17rem_minmax(0,1fr)_26rem]'
      : 'lg:grid-cols-[17rem_minmax(0,1fr)]';
  const contentRef = useRef<HTMLDivElement>(null);
  const contentWidth = useElementWidth(contentRef);
  const exportView = exportViewReader({
    dataset,
    datasetUrl,
    matches,
    shown,
    dimmed,
    totalRounds: rounds.length,
    filters,
    filterWords,
    laneMode: lanes,
    onlyTopics: filters.topics,
    window: windowDays,
    selectedId: selected,
    dark,
    contentWidth,
  });
  // Embedded, the page is as tall as its content (the host sizes the iframe to it): no sidebar, no sticky or
  // fixed panel, which would measure against the iframe's own height and make it grow without end.
  const layout = embed.embedded
    ? ''
    : `lg:grid lg:gap-6 ${columns} ${showPanel ? 'max-lg:pb-[52dvh]' : ''} ${story.active ? 'max-lg:pb-[48dvh]' : ''}`;
  const sidebar = !embed.embedded && embed.showFilters;
  const sheetButton = embed.embedded ? '' : showPanel ? 'xl:hidden' : 'lg:hidden';

  return (
    <div className={layout}>
      <LiveStatus matchCount={matches.length} totalCount={rounds.length} openedTitle={openedTitle} />
      {sidebar && (
        <aside
          aria-label={t.filters}
          className={`max-lg:hidden print:hidden ${showPanel ? 'max-xl:hidden' : ''} lg:sticky lg:top-4 lg:max-h-[calc(100dvh-2rem)] lg:overflow-y-auto lg:pr-1`}
        >
          {panel(false)}
        </aside>
      )}
      <div ref={contentRef} className="min-w-0">
        {embed.embedded ? (
          <LazyPart what={words.partEmbedHeader}>
            <LazyEmbedHeader dataset={dataset} updated={model.metaDates.updated} />
          </LazyPart>
        ) : (
          <DatasetIntro dataset={dataset} />
        )}
        {!embed.embedded && !story.active && (
          <div className="mt-3 print:hidden">
            <LazyPartAfterFirstPicture
              what={words.partStoryButtons}
              timelineFirst={timelineFirst}
              part={LazyStoryLauncher}
              props={{ stories: dataset.stories ?? [], onStart: (id: string) => goToStep(dataset, id, 1) }}
              // One row of Story buttons is kept free while they arrive, so the timeline below does not jump.
              fallback={(dataset.stories?.length ?? 0) > 0 && <div className="min-h-11 sm:min-h-9" />}
            />
          </div>
        )}
        <div className="mt-4 mb-3 flex flex-wrap items-center justify-between gap-3 print:hidden">
          <div className="flex flex-wrap items-center gap-3">
            {embed.showFilters && (
              <button
                ref={filtersButtonRef}
                type="button"
                onClick={() => setSheetOpen(embed.embedded ? (open) => !open : true)}
                {...(embed.embedded ? { 'aria-expanded': sheetOpen, 'aria-controls': 'embed-filters' } : {})}
                className={`h-9 rounded-md border border-slate-300 px-3 text-sm font-medium dark:border-slate-600 ${sheetButton}`}
              >
                {active.length > 0 ? t.filtersActive(active.length) : t.filters}
              </button>
            )}
            <p className={`text-sm text-slate-600 dark:text-slate-400 ${sheetButton}`}>
              {t.roundsOf(matches.length, rounds.length)}
            </p>
          </div>
          <div className="flex flex-wrap items-center gap-2">
            {matches.length > 0 && (
              <LazyPartAfterFirstPicture
                what={words.partExportButtons}
                timelineFirst={timelineFirst}
                part={LazyExportControls}
                props={{ view: exportView }}
                fallback={<ExportButtonsSpace />}
              />
            )}
            <ViewSwitch />
          </div>
        </div>
        {embed.embedded && sheetOpen && (
          <InlineFilters
            onClose={() => setSheetOpen(false)}
            opener={filtersButtonRef}
            activeCount={active.length}
          >
            {panel(true)}
          </InlineFilters>
        )}
        <div className={`mb-3 print:hidden ${sheetButton}`}>
          <FilterChips
            dataset={dataset}
            filters={filters}
            onChange={replaceFilters}
            focusWhenEmpty={focusWhenNoChips}
            t={filterWords}
          />
        </div>
        {/* Paper gets the whole period and a table of the rounds instead of the interactive views. */}
        {printing && matches.length > 0 && <PrintViewWhenLoaded readView={exportView} />}
        {matches.length === 0 ? (
          <div id="rounds" tabIndex={-1}>
            <LazyPart what={words.partEmptyResult}>
              <LazyEmptyResult
                dataset={dataset}
                filters={filters}
                {...(lastFilter ? { lastFilter } : {})}
                onChange={replaceFilters}
                focusWhenGone={roundsFocusTargets}
                t={filterWords}
              />
            </LazyPart>
          </div>
        ) : view === 'timeline' ? (
          <div className="print:hidden">
            <Timeline
              dataset={dataset}
              rounds={shown}
              laneMode={lanes}
              onlyTopics={filters.topics}
              selectedId={glide.settling ? null : selected}
              windowDays={glide.window}
              dark={dark}
              dimmed={dimmed}
              // A pressed mark pressed again un-presses: the details close, focus stays on the mark.
              onSelect={(id) => (id === selected ? close() : selectAndLeaveStory(id))}
              onWindowChange={viewActions.setWindow}
              onLaneModeChange={viewActions.setLanes}
            />
            <CoverageNote dataset={dataset} dates={model.metaDates} />
            <LazyPartAfterFirstPicture
              what={words.partLegend}
              timelineFirst={timelineFirst}
              part={LazyTimelineLegend}
              props={{ open: !embed.embedded }}
            />
          </div>
        ) : (
          // id="rounds" here, around the lazy list rather than in it: the skip link, and focus after closing
          // a round, land on the list while its chunk is still on the way, and stay there when it arrives.
          <div id="rounds" tabIndex={-1} className="print:hidden">
            <LazyPart what={words.partList} fallback={<p role="status">{t.loadingList}</p>}>
              <LazyRoundsTable
                dataset={dataset}
                rounds={matches}
                selectedId={selected}
                onSelect={selectAndLeaveStory}
              />
            </LazyPart>
          </div>
        )}
        {view !== 'timeline' && matches.length > 0 && (
          <CoverageNote dataset={dataset} dates={model.metaDates} />
        )}
      </div>
      {story.card}
      {showPanel && (
        <LazyPart what={words.partDetails}>
          <LazySelectionPanel
            inline={embed.embedded}
            dataset={dataset}
            rounds={rounds}
            roundId={selected}
            matchesFilters={isMatch(selected)}
            onClose={close}
          />
        </LazyPart>
      )}
      {documentsShown && (
        <LazyPart what={words.partDocument}>
          <LazyDocumentDialog
            dataset={dataset}
            rounds={rounds}
            documentId={documentId}
            onClose={closeDocument}
            onSelectRound={showRoundFromDocument}
            onOpenDocument={viewActions.openDocument}
          />
        </LazyPart>
      )}
      {/* The sheet is fetched and mounted at its first opening, then stays, so closing returns focus as a
          native dialog does. */}
      {!embed.embedded && sheetAsked && (
        <LazyPart what={words.partFilters}>
          <LazyFiltersSheet
            open={sheetOpen}
            onClose={() => setSheetOpen(false)}
            activeCount={active.length}
            matchCount={matches.length}
          >
            {panel(true)}
          </LazyFiltersSheet>
        </LazyPart>
      )}
    </div>
  );
}
