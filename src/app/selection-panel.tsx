import type { DatedRound } from '../domain/dated-rounds.ts';
import type { Dataset } from '../domain/schema.ts';
import { useMessages } from '../i18n/catalogue.ts';
import { enPanel } from '../i18n/en-panel.ts';
import { DetailPanel } from '../features/detail-panel/detail-panel.tsx';
import { viewActions } from '../state/view-store.ts';
import { focusSoon } from '../utils/focus-soon.ts';

interface Props {
  dataset: Dataset;
  rounds: readonly DatedRound[];
  roundId: string;
  /** False when the current filters exclude the selected round. */
  matchesFilters: boolean;
  /** In an embed the panel follows the timeline in the page flow, at its natural height. */
  inline: boolean;
  onClose: () => void;
}

const placed =
  'max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:h-[50dvh] max-lg:rounded-t-2xl max-lg:border-t max-lg:shadow-[0_-8px_24px_rgba(0,0,0,0.18)] lg:sticky lg:top-4 lg:h-[calc(100dvh-2rem)] lg:rounded-lg lg:border';

/** The detail panel in its place: beside the timeline on wide screens, a bottom sheet on narrow ones. */
export function SelectionPanel({ dataset, rounds, roundId, matchesFilters, inline, onClose }: Props) {
  const t = useMessages(enPanel);
  // "Clear filters" disappears with the notice it sits in: focus moves on to the round's title below it.
  const clearFilters = () => {
    viewActions.clearFilters();
    focusSoon(() => [document.querySelector('[data-round-details] h2[tabindex="-1"]')]);
  };
  return (
    <div
      // On narrow screens the panel is a bottom sheet; index.css keeps focused page content above it.
      {...(inline ? {} : { 'data-bottom-sheet': '' })}
      className={`z-30 flex flex-col print:hidden border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-950 ${inline ? 'mt-4 rounded-lg border' : placed}`}
    >
      {!matchesFilters && (
        <p
          role="status"
          className="flex flex-wrap items-center gap-2 border-b border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-100"
        >
          {t.panelOutsideFilters}
          <button
            type="button"
            onClick={clearFilters}
            className="font-medium underline focus-visible:outline-3 focus-visible:outline-blue-600"
          >
            {t.panelClearFilters}
          </button>
        </p>
      )}
      {/* Inline in an embed the panel grows with its content; the frame follows it and the article scrolls. */}
      <div className={inline ? '' : 'min-h-0 flex-1'}>
        <DetailPanel
          dataset={dataset}
          rounds={[...rounds]}
          roundId={roundId}
          onClose={onClose}
          onSelect={viewActions.selectRound}
          onOpenDocument={viewActions.openDocument}
          grows={inline}
        />
      </div>
    </div>
  );
}
