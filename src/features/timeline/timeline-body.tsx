import { useMemo, useRef, type KeyboardEvent } from 'react';
import { useVisibleBand } from '../../hooks/use-visible-band.ts';
import { MarkButtons } from './mark-buttons.tsx';
import type { MarkGeometry } from './mark-layout.ts';
import { darkPalette, lightPalette } from './mark-palette.ts';
import { MarkTooltip } from './mark-tooltip.tsx';
import { markTimelineReady } from './ready-mark.ts';
import { TimelineCanvas } from './timeline-canvas.tsx';
import type { TimelineView } from './timeline-view.ts';
import { useDensityPick } from './use-density-pick.ts';

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
  /** The mark whose tooltip is shown. */
  hovered: MarkGeometry | undefined;
  onSelect: (roundId: string) => void;
  onFocusMark: (key: string | null) => void;
  onHoverMark: (key: string | null) => void;
  onMarkKey: (event: KeyboardEvent<HTMLButtonElement>, roundId: string) => void;
}

/**
 * Renders a view model: marks on a canvas (only the band inside the browser window), lane headings, a button
 * per mark over the canvas, labels and the tooltip. It computes no geometry of its own.
 */
export function TimelineBody({ view, width, dark, selectedId, dimmed, buttons, hovered, ...focus }: Props) {
  const { rows, layout, gridlines } = view;
  const bodyRef = useRef<HTMLDivElement>(null);
  const band = useVisibleBand(bodyRef, rows.height);
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
          marks={layout.marks}
          lanes={rows.lanes}
          gridlines={gridlines}
          gridColour={dark ? 'rgba(148,163,184,0.12)' : 'rgba(100,116,139,0.12)'}
          palette={dark ? darkPalette : lightPalette}
          selectedRoundId={selectedId}
          dimmed={dimmed}
          onFirstDraw={markTimelineReady}
        />
      )}
      {rows.lanes.map((lane, index) => (
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
            marks={buttonsByLane[index] ?? []}
            selectedId={selectedId}
            activeKey={focus.activeKey}
            onSelect={focus.onSelect}
            onFocusMark={focus.onFocusMark}
            onHoverMark={focus.onHoverMark}
            onKeyDown={focus.onMarkKey}
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
  );
}
