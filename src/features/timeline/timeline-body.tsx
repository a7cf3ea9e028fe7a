import { useDeferredValue, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVisibleBand } from '../../hooks/use-visible-band.ts';
import { MarkButtons } from './mark-buttons.tsx';
import type { MarkGeometry } from './mark-layout.ts';
import { darkPalette, lightPalette } from './mark-palette.ts';
import { MarkTooltip, TOOLTIP_ID } from './mark-tooltip.tsx';
import type { TooltipState } from './use-tooltip.ts';
import type { TimeWindow } from './time-scale.ts';
import { markTimelineReady } from './ready-mark.ts';
import { TimelineCanvas } from './timeline-canvas.tsx';
import type { TimelineView } from './timeline-view.ts';
import { useDensityGroups } from './use-density-groups.ts';
import { useDensityPick } from './use-density-pick.ts';
import { HEADING_TOP, useHeadingReport } from './use-lane-headings.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enTimeline } from '../../i18n/en-timeline.ts';

interface Props {
  view: TimelineView;
  width: number;
  dark: boolean;
  selectedId: string | null;
  /** Rounds drawn faded rather than hidden. */
  dimmed: ReadonlySet<string> | null;
  /** The marks that get a button, and the one holding the tab stop. */
  buttons: readonly MarkGeometry[];
  activeKey: string | null;
  /** In topic lanes, a mark's outcome is its lane topic's, and its name says so. */
  topicLanes: boolean;
  tooltip: TooltipState | null;
  /** The visible window, and zooming to a period: the density view's groups use both. */
  window: TimeWindow;
  /** A gesture is moving the window: the groups wait until it settles. */
  moving: boolean;
  onZoomTo: (window: TimeWindow) => void;
  /** The pointer on the floating tooltip keeps it open; leaving it lets it hide. */
  onTooltipEnter: () => void;
  onTooltipLeave: () => void;
  onSelect: (roundId: string) => void;
  /** `shown`: the focus is visible (:focus-visible), so its tooltip may show. */
  onFocusMark: (key: string | null, shown?: boolean) => void;
  onHoverMark: (key: string | null) => void;
  onMarkKey: (event: KeyboardEvent<HTMLButtonElement>, roundId: string) => void;
  /** Receives the lane headings' heights, so lanes make room for headings that wrap. */
  onHeadingHeights: (heights: ReadonlyMap<string, number>) => void;
}

/**
 * Renders a view model: marks on a canvas (only the band inside the browser window), lane headings, a button
 * per mark over the canvas, labels and the tooltip. It computes no geometry of its own.
 */
export function TimelineBody({ view, width, dark, selectedId, dimmed, buttons, tooltip, ...focus }: Props) {
  const { rows, layout, gridlines } = view;
  const t = useMessages(enTimeline);
  const bodyRef = useRef<HTMLDivElement>(null);
  const band = useVisibleBand(bodyRef, rows.height);
  useHeadingReport(
    bodyRef,
    focus.onHeadingHeights,
    `${width}|${rows.lanes.map((l) => `${l.lane.id}:${l.folded}`).join()}`,
  );
  // Too many marks for a button each: the rest are exposed as groups by lane and period, for keyboard and
  // screen-reader users. The groups take a pass over every mark (up to 100,000) and render hundreds of
  // buttons, so they follow settled windows only, not every frame of a drag or a wheel zoom (their buttons
  // cannot be used mid-gesture), and in a deferred render. Groups computed over other rows (another zoom
  // level, filter or lane mode: lanes and heights differ) are not shown, nor any group in a detailed view,
  // which has a button per mark at once.
  const [settled, setSettled] = useState({ layout, window: focus.window, buttons, lanes: rows.lanes });
  const changed = settled.layout !== layout || settled.window !== focus.window || settled.buttons !== buttons;
  if (!focus.moving && changed) setSettled({ layout, window: focus.window, buttons, lanes: rows.lanes });
  const grouped = useDeferredValue(settled);
  const { groups, DensityButtons } = useDensityGroups(grouped);
  const shownGroups = layout.detailed || grouped.lanes !== rows.lanes ? [] : groups;
  // Buttons grouped by lane in one pass, not one filter over all buttons per lane.
  const buttonsByLane = useMemo(() => {
    const groups = rows.lanes.map((): MarkGeometry[] => []);
    for (const mark of buttons) groups[mark.item.lane]?.push(mark);
    return groups;
  }, [rows.lanes, buttons]);
  const pick = useDensityPick({
    body: bodyRef,
    layout,
    onHoverMark: focus.onHoverMark,
    onSelect: focus.onSelect,
  });
  return (
    <div
      ref={bodyRef}
      className="relative"
      style={{ height: rows.height, cursor: pick.cursor }}
      onPointerMove={pick.onPointerMove}
      onPointerLeave={pick.onPointerLeave}
      onClick={pick.onClick}
    >
      {width > 0 && (
        <TimelineCanvas
          width={width}
          band={band}
          layout={layout}
          lanes={rows.lanes}
          gridlines={gridlines}
          gridColour={dark ? 'rgba(148,163,184,0.12)' : 'rgba(100,116,139,0.12)'}
          palette={dark ? darkPalette : lightPalette}
          selectedRoundId={selectedId}
          dimmed={dimmed}
          onFirstDraw={markTimelineReady}
        />
      )}
      {rows.lanes.map((lane, index) => {
        const laneButtons = buttonsByLane[index] ?? [];
        const laneGroups = shownGroups.filter((g) => g.lane === index);
        // The lane's name is the group's name; the count of folded rounds is text a screen reader reads too.
        // The heading wraps rather than being cut, and the lane grows to fit it (useHeadingReport).
        const heading = (
          <div
            data-lane-heading={lane.lane.id}
            className="pointer-events-none absolute left-2 text-xs leading-4 font-semibold tracking-wide break-words text-slate-600 uppercase dark:text-slate-300"
            style={{ top: lane.top + HEADING_TOP, maxWidth: Math.max(width - 16, 0) }}
          >
            <span aria-hidden="true">{lane.lane.label}</span>
            {lane.folded > 0 && (
              <span className="font-normal normal-case">
                <span aria-hidden="true"> · </span>
                <span className="sr-only">{lane.lane.label}: </span>
                {t.laneFolded(lane.folded)}
              </span>
            )}
          </div>
        );
        // A lane with no button in view is no group: an empty "Lane:" group would say nothing.
        if (laneButtons.length + laneGroups.length === 0) return <div key={lane.lane.id}>{heading}</div>;
        return (
          <div key={lane.lane.id} role="group" aria-label={t.lane(lane.lane.label)}>
            {heading}
            <MarkButtons
              marks={laneButtons}
              selectedId={selectedId}
              activeKey={focus.activeKey}
              topic={focus.topicLanes ? lane.lane.label : undefined}
              dimmed={dimmed}
              tooltip={tooltip ? { key: tooltip.mark.item.key, id: TOOLTIP_ID } : null}
              onSelect={focus.onSelect}
              onFocusMark={focus.onFocusMark}
              onHoverMark={focus.onHoverMark}
              onKeyDown={focus.onMarkKey}
            />
            {DensityButtons && <DensityButtons groups={laneGroups} onZoomTo={focus.onZoomTo} />}
          </div>
        );
      })}
      {layout.labels.map((label) => (
        <span
          key={label.id}
          aria-hidden="true"
          data-mark-label={label.id}
          className="pointer-events-none absolute overflow-hidden text-xs text-ellipsis whitespace-nowrap text-slate-800 dark:text-slate-100"
          // The layout reserved room for the text at normal spacing, and a gap to the next mark; wider spacing
          // (WCAG 1.4.12 overrides) ends in an ellipsis there instead of running into that gap or over the next
          // mark. The full title is in the mark's name and its tooltip.
          style={{
            left: label.x,
            top: label.row - 8,
            lineHeight: '16px',
            // One pixel of slack for the estimate's rounding: the gap to the next mark keeps it clear.
            maxWidth: label.width + 1,
          }}
        >
          {label.text}
        </span>
      ))}
      {tooltip?.floating && (
        <MarkTooltip
          mark={tooltip.mark}
          placement={{ width }}
          onMouseEnter={focus.onTooltipEnter}
          onMouseLeave={focus.onTooltipLeave}
        />
      )}
    </div>
  );
}
