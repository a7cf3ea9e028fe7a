import type { LaneMode } from '../../domain/round-lanes.ts';

const laneModeLabels: Record<LaneMode, string> = {
  table: 'Who sits at the table',
  place: 'Place',
  topic: 'Topic',
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
  return (
    <div className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-2">
      <label className="flex items-center gap-2 text-sm">
        <span className="font-medium max-sm:sr-only">Lanes</span>
        <select
          value={laneMode}
          onChange={(event) => onLaneModeChange(event.target.value as LaneMode)}
          className="h-9 rounded-md border border-slate-500 bg-white px-2 dark:border-slate-400 dark:bg-slate-900"
        >
          {Object.entries(laneModeLabels).map(([mode, label]) => (
            <option key={mode} value={mode}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <div role="group" aria-label="Zoom" className="flex gap-1">
        <button type="button" className={button} onClick={onZoomIn} aria-label="Zoom in" title="Zoom in (+)">
          +
        </button>
        <button
          type="button"
          className={button}
          onClick={onZoomOut}
          aria-label="Zoom out"
          title="Zoom out (−)"
        >
          −
        </button>
        <button type="button" className={button} onClick={onFitAll} title="Show every round (0)">
          Fit all
        </button>
      </div>
      <div role="group" aria-label="Pan" className="flex gap-1">
        <button type="button" className={button} onClick={() => onPan(-1)} title="Earlier (Shift + ←)">
          <span aria-hidden="true">‹&nbsp;</span>Earlier
        </button>
        <button type="button" className={button} onClick={() => onPan(1)} title="Later (Shift + →)">
          Later<span aria-hidden="true">&nbsp;›</span>
        </button>
      </div>
      <p data-testid="visible-period" role="status" className="text-sm text-slate-600 dark:text-slate-300">
        {caption}
      </p>
    </div>
  );
}
