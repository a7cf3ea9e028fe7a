import { useRef, type KeyboardEvent } from 'react';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import type { LaneMode } from '../../domain/round-lanes.ts';
import type { Dataset } from '../../domain/schema.ts';
import type { ViewState } from '../../state/view-state.ts';
import { useElementWidth } from '../../hooks/use-element-width.ts';
import { TimeAxis, axisCaption } from './time-axis.tsx';
import { TimelineBody } from './timeline-body.tsx';
import { panWindow } from './time-scale.ts';
import type { TimelineModel } from './timeline-model.ts';
import { useTimelineModel } from './use-timeline-model.ts';
import { TimelineToolbar } from './timeline-toolbar.tsx';
import { useMarkFocus } from './use-mark-focus.ts';
import { useRevealSelection } from './use-reveal-selection.ts';
import { useTimelineView } from './use-timeline-view.ts';
import { useTimelineWindow } from './use-timeline-window.ts';
import { useZoomGestures } from './use-zoom-gestures.ts';
import { useZoomKeys } from './use-zoom-keys.ts';
import { ZoomHint } from './zoom-hint.tsx';
import { MarkTooltip } from './mark-tooltip.tsx';
import { useTooltip } from './use-tooltip.ts';
import { useLaneHeadings } from './use-lane-headings.ts';
import { focusSoon } from '../../utils/focus-soon.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enTimeline } from '../../i18n/en-timeline.ts';

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

/**
 * The interactive timeline: composes the model (rounds → marks and lanes), the window and its gestures, the
 * view model (window → rows → layout), the focus and keys, and the renderer.
 */
export function Timeline(props: TimelineProps) {
  const words = useMessages(enTimeline);
  const { model, pending } = useTimelineModel(
    props.dataset,
    props.rounds,
    props.laneMode,
    props.onlyTopics,
    words,
  );
  if (model === null) {
    return (
      // id="rounds": the skip link and focus after a change land here until the marks exist.
      <section id="rounds" tabIndex={-1} aria-label={words.timeline}>
        <p
          role="status"
          className="flex min-h-48 items-center justify-center rounded-md border border-slate-200 p-6 text-sm text-slate-700 dark:border-slate-800 dark:text-slate-300"
        >
          {words.placingRounds(props.rounds.length)}
        </p>
      </section>
    );
  }
  return <TimelineOfModel {...props} model={model} pending={pending} />;
}

/**
 * The timeline once a model is built: see Timeline. `pending` while that model is an earlier one, kept on screen
 * while the marks of the rounds now chosen are made (large datasets, useTimelineModel).
 */
function TimelineOfModel(props: TimelineProps & { model: TimelineModel; pending: boolean }) {
  const { rounds, laneMode, selectedId, model, pending } = props;
  const viewportRef = useRef<HTMLDivElement>(null);
  const t = useMessages();
  const words = useMessages(enTimeline);
  const width = useElementWidth(viewportRef);
  const { window, moving, setWindow, getWindow, fitAll } = useTimelineWindow(
    model.bounds,
    props.windowDays,
    props.onWindowChange,
  );
  const zoomHint = useZoomGestures(viewportRef, { width, getWindow, setWindow });
  const laneHeadings = useLaneHeadings();
  const view = useTimelineView(model, window, width, laneHeadings.headings);
  const focus = useMarkFocus({
    rounds,
    model,
    layout: view.layout,
    selectedId,
    getWindow,
    setWindow,
    container: viewportRef,
  });
  useRevealSelection({ selectedId, startOf: focus.startOf, getWindow, setWindow, container: viewportRef });
  const zoom = useZoomKeys({ getWindow, setWindow, fitAll });
  const empty = focus.buttons.length === 0;
  const tips = useTooltip(focus);
  // Zooming or panning by key can take the focused mark out of the window, and its button with it: focus
  // then moves to the tab stop that replaces it, or to the viewport, so + − 0 and the arrows keep working.
  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    zoom.onKeyDown(event);
    if (!event.defaultPrevented) return;
    const viewport = viewportRef.current;
    focusSoon(() => [viewport?.querySelector('button[data-round-id][tabindex="0"]'), viewport]);
  };

  return (
    <section
      aria-label={words.timeline}
      aria-busy={pending || undefined}
      className="relative"
      onKeyDown={onKeyDown}
    >
      <TimelineToolbar
        laneMode={laneMode}
        onLaneModeChange={props.onLaneModeChange}
        onZoomIn={zoom.zoomIn}
        onZoomOut={zoom.zoomOut}
        onFitAll={fitAll}
        onPan={(direction) => {
          const w = getWindow();
          setWindow(panWindow(w, (direction * (w[1] - w[0])) / 2), true);
        }}
        caption={axisCaption(window, t.showingPeriod)}
      />
      <div
        ref={viewportRef}
        id="rounds"
        data-bench="timeline-viewport"
        tabIndex={empty ? 0 : -1}
        aria-label={empty ? t.emptyViewport : undefined}
        className="relative cursor-grab overflow-hidden rounded-md border border-slate-200 select-none active:cursor-grabbing focus-visible:outline-3 focus-visible:outline-blue-600 dark:border-slate-800"
      >
        {width > 0 && <TimeAxis ticks={view.ticks} width={width} />}
        <TimelineBody
          view={view}
          width={width}
          dark={props.dark}
          selectedId={selectedId}
          dimmed={props.dimmed}
          buttons={focus.buttons}
          activeKey={focus.activeKey}
          topicLanes={laneMode === 'topic'}
          tooltip={tips.tooltip}
          window={window}
          moving={moving}
          onZoomTo={(period) => setWindow(period, true)}
          onTooltipEnter={tips.keepOpen}
          onTooltipLeave={tips.release}
          onSelect={props.onSelect}
          onFocusMark={focus.onFocusMark}
          onHoverMark={tips.hover}
          onMarkKey={focus.onMarkKey}
          onHeadingHeights={laneHeadings.report}
        />
        <ZoomHint at={zoomHint} />
        {/* Always there, so that its words are announced when they come; empty (and hidden) otherwise. */}
        <p
          role="status"
          className="pointer-events-none absolute top-8 right-2 rounded-md bg-white/90 px-2 py-1 text-xs text-slate-800 shadow-sm empty:hidden dark:bg-slate-900/90 dark:text-slate-200"
        >
          {pending ? words.placingRounds(rounds.length) : ''}
        </p>
      </div>
      {tips.tooltip && !tips.tooltip.floating && (
        <MarkTooltip mark={tips.tooltip.mark} placement="below-timeline" />
      )}
      <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{words.keysLine}</p>
    </section>
  );
}
