import type { TimelinePicture } from '../../features/export/timeline-picture.ts';
// The picture is the timeline as drawn, so it is laid out and styled by the timeline's own pure modules:
// its model, its view model (rows, marks, labels, ticks), its encoding spec and its shapes.
import { markStyle } from '../../features/timeline/encoding.ts';
import {
  allMarks,
  LAYOUT,
  markLeft,
  markRight,
  type MarkGeometry,
} from '../../features/timeline/mark-layout.ts';
import { darkPalette, lightPalette, type MarkPalette } from '../../features/timeline/mark-palette.ts';
import { pointShapePath } from '../../features/timeline/mark-shapes.ts';
import { axisCaption } from '../../features/timeline/time-axis.tsx';
import { clampWindow, DEFAULT_DOMAIN, paddedDomain } from '../../features/timeline/time-scale.ts';
import { buildTimelineModel } from '../../features/timeline/timeline-model.ts';
import { timelineView } from '../../features/timeline/timeline-view.ts';
import { daysToWindow } from '../../features/timeline/window-days.ts';
import { pictureThemes } from '../../features/export/picture-themes.ts';
import type { ExportWords } from '../../i18n/en-export.ts';
import type { ExportView } from './export-view.ts';
import { pictureLegend } from './picture-legend.ts';

/** The radius the canvas draws points at. */
export const POINT_RADIUS = LAYOUT.pointWidth / 2 - 1;

/**
 * The view's timeline as picture data: the same window, lanes, rows, ticks and labels as on screen, with its
 * lines of text in `words` (the page's language).
 */
export function pictureFromView(
  view: ExportView,
  credit: { source: string; made: string },
  words: ExportWords,
): TimelinePicture {
  const { dataset, width } = view;
  const model = buildTimelineModel(dataset, view.shown, view.laneMode, view.onlyTopics);
  // The window as the timeline resolves it from the URL's days (use-timeline-window.ts).
  const bounds = model.bounds ?? DEFAULT_DOMAIN;
  const window = view.window ? clampWindow(daysToWindow(view.window), bounds) : paddedDomain(bounds);
  const { rows, layout, ticks, gridlines } = timelineView(model, window, width);
  const palette = view.dark ? darkPalette : lightPalette;
  const theme = { ...pictureThemes[view.dark ? 'dark' : 'light'], neutral: palette.noOutcome };

  const scope =
    view.filterLabels.length > 0
      ? words.pictureScope(view.filterLabels.join(' · '), view.matches.length, view.totalRounds)
      : words.pictureAll(view.totalRounds);
  return {
    width,
    bodyHeight: rows.height,
    theme,
    title: dataset.meta.title,
    subtitle: [
      scope,
      words.pictureLanes(axisCaption(window, words.picturePeriod), words.pictureLaneWords[view.laneMode]),
    ],
    footer: [credit.source, credit.made],
    axis: ticks,
    gridlines,
    lanes: rows.lanes.map((l) => ({
      label: l.lane.label,
      top: l.top,
      height: l.height,
      more: l.folded > 0 ? words.pictureFolded(l.folded) : '',
    })),
    marks: allMarks(layout).map((m) => pictureMark(m, palette, view)),
    labels: layout.labels.map((l) => ({ text: l.text, x: l.x, y: l.row })),
    legend: pictureLegend(allMarks(layout), palette),
  };
}

function pictureMark(
  m: MarkGeometry,
  palette: MarkPalette,
  view: ExportView,
): TimelinePicture['marks'][number] {
  const style = markStyle(m.item);
  const range = m.item.dateKind === 'range';
  const mid = (m.x0 + m.x1) / 2;
  return {
    left: range ? markLeft(m) : mid - LAYOUT.pointWidth / 2,
    right: range ? markRight(m) : mid + LAYOUT.pointWidth / 2,
    y: m.y,
    figure: range
      ? { kind: 'bar' }
      : { kind: 'point', outline: pointShapePath(style.shape, 0, 0, POINT_RADIUS) },
    fill: style.fill,
    dash: style.dash,
    colour: style.colour ?? palette.noOutcome,
    ...(m.item.dateKind === 'approximate'
      ? { band: { left: m.x0, right: m.x0 + Math.max(m.x1 - m.x0, LAYOUT.pointWidth) } }
      : {}),
    folded: m.folded,
    faded: view.dimmed?.has(m.item.roundId) ?? false,
    selected: m.item.roundId === view.selectedId,
  };
}
