import type { LaneMode } from '../../domain/round-lanes.ts';
import { useMessages } from '../../i18n/catalogue.ts';

const laneModeLabels: Record<LaneMode, 'lanesTable' | 'lanesPlace' | 'lanesTopic'> = {
  table: 'lanesTable',
  place: 'lanesPlace',
  topic: 'lanesTopic',
};

interface Props {
  laneMode: LaneMode;
  onLaneModeChange: (mode: LaneMode) => void;
  onZoomIn: () => void;
  onZoomOut: () => void;
  onFitAll: () => void;
  /** Pan by half the window: the single-pointer alternative to dragging (WCAG 2.5.7). */
  onPan: (direction: -1 | 1) => void;
  /** The visible period in words, announced politely when it changes. */
  caption: string;
}

const button =
  'inline-flex h-9 min-w-9 items-center justify-center rounded-md border border-slate-300 bg-white px-2 text-sm font-medium hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800 dark:focus-visible:outline-blue-300';

/** Lane grouping and the zoom buttons. */
export function TimelineToolbar({
  laneMode,
  onLaneModeChange,
  onZoomIn,
  onZoomOut,
  onFitAll,
  onPan,
  caption,
}: Props) {
  const t = useMessages();
  return (
    <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-2">
      <label className="flex items-center gap-2 text-sm">
        <span className="font-medium max-sm:sr-only">{t.lanes}</span>
        <select
          value={laneMode}
          onChange={(event) => onLaneModeChange(event.target.value as LaneMode)}
          className="h-9 rounded-md border border-slate-500 bg-white px-2 dark:border-slate-400 dark:bg-slate-900"
        >
          {Object.entries(laneModeLabels).map(([mode, label]) => (
            <option key={mode} value={mode}>
              {t[label]}
            </option>
          ))}
        </select>
      </label>
      <div role="group" aria-label={t.zoom} className="flex gap-1">
        <button
          type="button"
          className={button}
          onClick={onZoomIn}
          aria-label={t.zoomIn}
          title={t.zoomInHint}
        >
          +
        </button>
        <button
          type="button"
          className={button}
          onClick={onZoomOut}
          aria-label={t.zoomOut}
          title={t.zoomOutHint}
        >
          −
        </button>
        <button type="button" className={button} onClick={onFitAll} title={t.fitAllHint}>
          {t.fitAll}
        </button>
      </div>
      <div role="group" aria-label={t.pan} className="flex gap-1">
        <button type="button" className={button} onClick={() => onPan(-1)} title={t.earlierHint}>
          <span aria-hidden="true">‹&nbsp;</span>
          {t.earlier}
        </button>
        <button type="button" className={button} onClick={() => onPan(1)} title={t.laterHint}>
          {t.later}
          <span aria-hidden="true">&nbsp;›</span>
        </button>
      </div>
      <p data-testid="visible-period" role="status" className="text-sm text-slate-600 dark:text-slate-300">
        {caption}
      </p>
    </div>
  );
}
