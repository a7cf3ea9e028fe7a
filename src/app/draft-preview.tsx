import { useMemo, useState } from 'react';
import { datedRoundsInTimeOrder } from '../domain/dated-rounds.ts';
import type { LaneMode } from '../domain/round-lanes.ts';
import { DetailPanel } from '../features/detail-panel/detail-panel.tsx';
import type { PreviewProps } from '../features/editor/editor-view.tsx';
import { Timeline } from '../features/timeline/timeline.tsx';
import { useMessages } from '../i18n/catalogue.ts';
import { enEditor } from '../i18n/en-editor.ts';
import type { ViewState } from '../state/view-state.ts';

/** The editor's preview: the reader's own timeline and detail panel, on the valid part of the draft. */
export function DraftPreview({ dataset, selectedId, onSelect, dark }: PreviewProps & { dark: boolean }) {
  const rounds = useMemo(() => datedRoundsInTimeOrder(dataset.rounds), [dataset]);
  const [lanes, setLanes] = useState<LaneMode>('table');
  const [windowDays, setWindowDays] = useState<ViewState['window']>(null);
  const [closedFor, setClosedFor] = useState<string | null>(null);
  const t = useMessages(enEditor).editor;
  if (rounds.length === 0) {
    return (
      <p className="rounded-lg border border-dashed border-slate-400 p-6 text-center text-sm text-slate-700 dark:border-slate-600 dark:text-slate-300">
        {t.noPreview}
      </p>
    );
  }
  const panelOpen = selectedId !== null && closedFor !== selectedId;
  return (
    <div className="space-y-3">
      <Timeline
        dataset={dataset}
        rounds={rounds}
        laneMode={lanes}
        onlyTopics={[]}
        selectedId={selectedId}
        windowDays={windowDays}
        dark={dark}
        dimmed={null}
        onSelect={(id) => {
          setClosedFor(null);
          onSelect(id);
        }}
        onWindowChange={setWindowDays}
        onLaneModeChange={setLanes}
      />
      {panelOpen && (
        <div className="h-[22rem] rounded-lg lg:h-[30rem] border border-slate-300 dark:border-slate-700">
          <DetailPanel
            dataset={dataset}
            rounds={rounds}
            roundId={selectedId}
            onClose={() => setClosedFor(selectedId)}
            onSelect={onSelect}
          />
        </div>
      )}
    </div>
  );
}
