import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import type { LaneMode } from '../../domain/round-lanes.ts';
import type { Dataset } from '../../domain/schema.ts';
import type { ViewState } from '../../state/view-state.ts';
import { useElementWidth } from '../../hooks/use-element-width.ts';
import { useVisibleBand } from '../../hooks/use-visible-band.ts';
import { axisTicks } from './axis-ticks.ts';
import { assignRows, layoutMarks } from './mark-layout.ts';
import { MarkButtons } from './mark-buttons.tsx';
import { darkPalette, lightPalette } from './mark-palette.ts';
import { MarkTooltip } from './mark-tooltip.tsx';
import { TimeAxis, axisCaption } from './time-axis.tsx';
import { zoomWindow } from './time-scale.ts';
import { TimelineCanvas } from './timeline-canvas.tsx';
import { buildTimelineModel } from './timeline-model.ts';
import { TimelineToolbar } from './timeline-toolbar.tsx';
import { useMarkKeys } from './use-mark-keys.ts';
import { useRevealSelection } from './use-reveal-selection.ts';
import { useTimelineWindow } from './use-timeline-window.ts';
import { useZoomGestures } from './use-zoom-gestures.ts';

export interface TimelineProps {
  dataset: Dataset;
  /** The rounds to show, in time order. */
  rounds: readonly DatedRound[];
  laneMode: LaneMode;
  /** In topic lanes, only these topics (all when empty). */
  onlyTopics: readonly string[];
  selectedId: string | null;
  windowDays: ViewState['window'];
  dark: boolean;
  /** Rounds drawn faded rather than hidden. */
  dimmed: ReadonlySet<string> | null;
  onSelect: (roundId: string) => void;
  onWindowChange: (days: ViewState['window']) => void;
  onLaneModeChange: (mode: LaneMode) => void;
}

let readyMarked = false;

/**
 * Rows are stacked for zoom levels a factor 1.25 apart, not for every zoom frame, so a zoom gesture restacks
 * a few times instead of sixty times a second. Rounding up to the coarser level stacks as if slightly more
 * zoomed out, which separates marks a little more than needed and never lets them overlap.
 */
function stackingLevel(msPerPx: number): number {
  return Math.pow(1.25, Math.ceil(Math.log(msPerPx) / Math.log(1.25)));
}

/** The interactive timeline: axis, lanes, marks on a canvas with a button per mark, zoom and pan. */
export function Timeline(props: TimelineProps) {
  const { dataset, rounds, laneMode, onlyTopics, selectedId, dark, dimmed, onSelect } = props;
  const viewportRef = useRef<HTMLDivElement>(null);
  const width = useElementWidth(viewportRef);
  const model = useMemo(
    () => buildTimelineModel(dataset, rounds, laneMode, onlyTopics),
    [dataset, rounds, laneMode, onlyTopics],
  );
  const maxDuration = useMemo(
    () => model.items.reduce((max, i) => Math.max(max, i.end - i.start), 0),
    [model],
  );
  const { window, setWindow, getWindow, fitAll } = useTimelineWindow(
    model.bounds,
    props.windowDays,
    props.onWindowChange,
  );
  useZoomGestures(viewportRef, { width, getWindow, setWindow });

  const stackingScale = width > 0 ? stackingLevel((window[1] - window[0]) / width) : 1;
  const rows = useMemo(() => assignRows(model, stackingScale), [model, stackingScale]);
  const bodyRef = useRef<HTMLDivElement>(null);
  const band = useVisibleBand(bodyRef, rows.height);
  // The axis and the canvas's gridlines share one set of ticks per window.
  const ticks = useMemo(() => axisTicks(window, Math.max(width, 1)), [window, width]);
  const gridlines = useMemo(() => ticks.minor.map((t) => t.x), [ticks]);
  const layout = useMemo(
    () => layoutMarks(model, rows, window, Math.max(width, 1), maxDuration),
    [model, rows, window, width, maxDuration],
  );

  // Focus and hover follow marks (keys), not rounds: in topic lanes one round has a mark in several lanes,
  // and only one of them may hold the timeline's tab stop.
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const [hoveredKey, setHoveredKey] = useState<string | null>(null);
  const [targetRound, setTargetRound] = useState<string | null>(null);
  const pendingFocus = useRef<string | null>(null);
  const order = useMemo(() => rounds.map((d) => d.round.id), [rounds]);
  const startById = useMemo(() => new Map(rounds.map((d) => [d.round.id, d.date.start.getTime()])), [rounds]);
  const focusRound = useCallback((id: string) => {
    pendingFocus.current = id;
    setTargetRound(id);
  }, []);
  const startOf = useCallback((id: string) => startById.get(id), [startById]);
  const onMarkKey = useMarkKeys({ order, startOf, getWindow, setWindow, focusRound });
  useRevealSelection({ selectedId, startOf, getWindow, setWindow, container: viewportRef });

  const keyOfRound = (id: string | null) =>
    id === null ? undefined : layout.marks.find((m) => m.item.roundId === id)?.item.key;
  const activeKey =
    (layout.marks.some((m) => m.item.key === focusedKey) ? focusedKey : undefined) ??
    keyOfRound(targetRound) ??
    keyOfRound(selectedId) ??
    layout.marks[0]?.item.key ??
    null;
  // Every visible mark is a button, folded ones included, so every round can be reached and named; in the
  // density view (too many marks) only the marks in use are.
  const buttonMarks = layout.detailed
    ? layout.marks
    : layout.marks.filter(
        (m) => m.item.key === activeKey || m.item.roundId === selectedId || m.item.roundId === targetRound,
      );

  useEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const button = viewportRef.current?.querySelector<HTMLButtonElement>(
      `button[data-round-id="${CSS.escape(id)}"]`,
    );
    if (button) {
      pendingFocus.current = null;
      button.focus();
    }
  });

  const onFirstDraw = useCallback(() => {
    if (readyMarked) return;
    readyMarked = true;
    performance.mark('timeline-ready');
  }, []);

  const zoomBy = (factor: number) => {
    const w = getWindow();
    setWindow(zoomWindow(w, factor, (w[0] + w[1]) / 2), true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === '+' || event.key === '=') zoomBy(0.5);
    else if (event.key === '-' || event.key === '_') zoomBy(2);
    else if (event.key === '0') fitAll();
    else return;
    event.preventDefault();
  };

  const hovered = layout.marks.find((m) => m.item.key === (hoveredKey ?? focusedKey));

  return (
    <section aria-label="Timeline" className="relative" onKeyDown={onKeyDown}>
      <TimelineToolbar
        laneMode={laneMode}
        onLaneModeChange={props.onLaneModeChange}
        onZoomIn={() => zoomBy(0.5)}
        onZoomOut={() => zoomBy(2)}
        onFitAll={fitAll}
        caption={axisCaption(window)}
      />
      <div
        ref={viewportRef}
        id="rounds"
        data-bench="timeline-viewport"
        tabIndex={buttonMarks.length === 0 ? 0 : -1}
        aria-label={
          buttonMarks.length === 0 ? 'Timeline viewport: no round in view. Use + and − to zoom.' : undefined
        }
        className="relative cursor-grab overflow-hidden rounded-md border border-slate-200 select-none active:cursor-grabbing focus-visible:outline-3 focus-visible:outline-blue-600 dark:border-slate-800"
      >
        {width > 0 && <TimeAxis ticks={ticks} width={width} />}
        <div ref={bodyRef} className="relative" style={{ height: rows.height }}>
          {width > 0 && (
            <TimelineCanvas
              width={width}
              band={band}
              marks={layout.marks}
              lanes={rows.lanes}
              gridlines={gridlines}
              gridColour={dark ? 'rgba(148,163,184,0.12)' : 'rgba(100,116,139,0.12)'}
              palette={dark ? darkPalette : lightPalette}
              selectedRoundId={selectedId}
              dimmed={dimmed}
              onFirstDraw={onFirstDraw}
            />
          )}
          {rows.lanes.map((lane) => (
            <div key={lane.lane.id} role="group" aria-label={`Lane: ${lane.lane.label}`}>
              <div
                aria-hidden="true"
                className="pointer-events-none absolute left-2 truncate text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300"
                style={{ top: lane.top + 4, maxWidth: width - 16 }}
              >
                {lane.lane.label}
                {lane.folded > 0 && (
                  <span className="font-normal normal-case"> · {lane.folded} more, zoom in</span>
                )}
              </div>
              <MarkButtons
                marks={buttonMarks.filter((m) => rows.lanes[m.item.lane] === lane)}
                selectedId={selectedId}
                activeKey={activeKey}
                onSelect={onSelect}
                onFocusMark={setFocusedKey}
                onHoverMark={setHoveredKey}
                onKeyDown={onMarkKey}
              />
            </div>
          ))}
          {layout.labels.map((label) => (
            <span
              key={label.id}
              aria-hidden="true"
              className="pointer-events-none absolute text-xs whitespace-nowrap text-slate-800 dark:text-slate-100"
              style={{ left: label.x, top: label.row - 8, lineHeight: '16px' }}
            >
              {label.text}
            </span>
          ))}
          {hovered && <MarkTooltip mark={hovered} width={width} />}
        </div>
      </div>
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
        Keys: ← → previous or next round · Shift + ← → pan · + − zoom · 0 fit all · Enter open · Esc close
      </p>
    </section>
  );
}
