import { useEffect, useMemo, useRef } from 'react';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import type { Dataset } from '../../domain/schema.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { datasetLanguage, useForeignLang } from '../../i18n/foreign-lang.ts';
import { CitationContext, type CitationInfo } from './citation-context.ts';
import { DisputesSection } from './disputes-section.tsx';
import { DocumentsSection } from './documents-section.tsx';
import { MissingRoundPanel } from './missing-round-panel.tsx';
import { OutcomesSection } from './outcomes-section.tsx';
import { PanelHeader } from './panel-header.tsx';
import { panelLookups } from './panel-model.ts';
import { PanelToolbar } from './panel-toolbar.tsx';
import { ParticipantsSection } from './participants-section.tsx';
import { RelatedRounds } from './related-rounds.tsx';
import { buildRoundView } from './round-view.ts';
import { SessionsSection } from './sessions-section.tsx';
import { SourcesSection } from './sources-section.tsx';
import { StatementsSection } from './statements-section.tsx';
import { useEscapeToClose } from './use-escape-to-close.ts';

interface Props {
  dataset: Dataset;
  /** The dataset's rounds in time order; Previous round and Next round follow it. */
  rounds: DatedRound[];
  roundId: string;
  onClose: () => void;
  onSelect: (id: string) => void;
  /** Move focus to the title when the panel opens and whenever another round is shown. */
  focusOnOpen?: boolean;
  /** Opens a document's version history; without it the panel lists documents without the button. */
  onOpenDocument?: (documentId: string) => void;
  /**
   * Grow with the content instead of scrolling inside a box: in an embed the frame's height follows the
   * content, so the article's page scroll carries the panel and nothing inside the frame scrolls on its own.
   */
  grows?: boolean;
}

/**
 * The selected round's details as one scrollable column. The layout around it decides where it sits
 * (beside the timeline, or as a bottom sheet), so it fills its container's height and scrolls itself.
 */
export function DetailPanel({
  dataset,
  rounds,
  roundId,
  onClose,
  onSelect,
  focusOnOpen = false,
  onOpenDocument,
  grows = false,
}: Props) {
  const lookups = useMemo(() => panelLookups(dataset), [dataset]);
  const view = useMemo(
    () => buildRoundView(roundId, rounds, dataset, lookups),
    [roundId, rounds, dataset, lookups],
  );
  const citations = useMemo<CitationInfo | null>(
    () => (view ? { roundId, numbers: view.sources.numbers, sources: lookups.sources } : null),
    [view, roundId, lookups],
  );
  const t = useMessages(enPanel);
  // The data's own text the dataset does not translate (quotes, sessions, disputes) is marked with its language.
  const dataLang = useForeignLang()(datasetLanguage(dataset.meta));
  const rootRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEscapeToClose(onClose);
  useEffect(() => {
    // A newly selected round starts at its title, not at the previous round's scroll position.
    if (rootRef.current) rootRef.current.scrollTop = 0;
    if (focusOnOpen) headingRef.current?.focus();
  }, [roundId, focusOnOpen]);

  return (
    // scroll-padding keeps a focused link out from under the sticky toolbar (WCAG 2.4.11).
    <section
      ref={rootRef}
      role="region"
      aria-label={t.panelRegion}
      data-round-details=""
      className={`rounded-[inherit] text-slate-900 dark:text-slate-100 ${grows ? '' : 'h-full scroll-pt-16 scroll-pb-2 overflow-y-auto overscroll-contain'}`}
    >
      {view && citations ? (
        <CitationContext value={citations}>
          <PanelToolbar previous={view.previous} next={view.next} onSelect={onSelect} onClose={onClose} />
          {/* Sections follow the order of citationLists in round-view.ts, so source numbers rise top to bottom. */}
          <div className="space-y-6 px-4 pt-4 pb-8">
            <PanelHeader dated={view.dated} headingRef={headingRef} />
            <ParticipantsSection groups={view.participants} />
            <SessionsSection sessions={view.dated.round.sessions ?? []} lookups={lookups} />
            <OutcomesSection groups={view.outcomes} lookups={lookups} />
            <DocumentsSection
              round={view.dated.round}
              documents={dataset.documents ?? []}
              onOpenDocument={onOpenDocument}
            />
            <StatementsSection
              statements={view.dated.round.statements ?? []}
              lookups={lookups}
              roundStart={view.dated.date.start}
              dataLang={dataLang}
            />
            <DisputesSection disputes={view.dated.round.disputes ?? []} />
            <RelatedRounds links={view.related} onSelect={onSelect} />
            <SourcesSection roundId={roundId} order={view.sources.order} sources={lookups.sources} />
          </div>
        </CitationContext>
      ) : (
        <MissingRoundPanel roundId={roundId} headingRef={headingRef} onClose={onClose} />
      )}
    </section>
  );
}
