import { outcomeStatuses, roundFormats, roundKinds, type Round } from '../../domain/schema.ts';
import { formatLabels, kindLabels, outcomeStatusLabels } from '../../domain/vocabulary-labels.ts';
import { pictureThemes } from '../../features/export/picture-themes.ts';
import type {
  LegendGroup,
  MarkFill,
  MarkShape,
  PictureMark,
  TimelinePicture,
} from '../../features/export/timeline-picture.ts';
// The picture is the timeline as drawn, so it is laid out by the timeline's own pure layout functions.
import { axisTicks } from '../../features/timeline/axis-ticks.ts';
import { darkPalette, lightPalette, statusColour } from '../../features/timeline/mark-palette.ts';
import {
  assignRows,
  layoutMarks,
  markLeft,
  markRight,
  type MarkGeometry,
} from '../../features/timeline/mark-layout.ts';
import { axisCaption } from '../../features/timeline/time-axis.tsx';
import { clampWindow, DEFAULT_DOMAIN, paddedDomain } from '../../features/timeline/time-scale.ts';
import { buildTimelineModel } from '../../features/timeline/timeline-model.ts';
import { daysToWindow } from '../../features/timeline/window-days.ts';
import type { ExportView } from './export-view.ts';

const POINT = 14;
const LANE_WORDS = { table: 'who sits at the table', place: 'place', topic: 'topic' } as const;

/** The same rounding of zoom levels the timeline stacks rows at (a factor 1.25 apart), so rows match. */
function stackingLevel(msPerPx: number): number {
  return Math.pow(1.25, Math.ceil(Math.log(msPerPx) / Math.log(1.25)));
}

const SHAPES: Partial<Record<Round['kind'], MarkShape>> = { call: 'diamond', exchange: 'square' };
const FILLS: Record<NonNullable<Round['format']>, MarkFill> = {
  'in-person': 'solid',
  remote: 'hollow',
  indirect: 'dashed',
  mixed: 'half',
};

/** The view's timeline as picture data: same window, lanes, rows, ticks and labels as on screen. */
export function pictureFromView(view: ExportView, credit: { source: string; made: string }): TimelinePicture {
  const { dataset, width } = view;
  const model = buildTimelineModel(dataset, view.shown, view.laneMode, view.onlyTopics);
  const bounds = model.bounds ?? DEFAULT_DOMAIN;
  const window = view.window ? clampWindow(daysToWindow(view.window), bounds) : paddedDomain(bounds);
  const maxDuration = model.items.reduce((max, i) => Math.max(max, i.end - i.start), 0);
  const rows = assignRows(model, stackingLevel((window[1] - window[0]) / width));
  const layout = layoutMarks(model, rows, window, width, maxDuration);
  const ticks = axisTicks(window, width);
  const palette = view.dark ? darkPalette : lightPalette;
  const theme = { ...pictureThemes[view.dark ? 'dark' : 'light'], neutral: palette.noOutcome };

  const marks = layout.marks.map((m) => pictureMark(m, statusColour(m.item.status, palette), view));
  const shown = view.matches.length;
  const scope =
    view.filterLabels.length > 0
      ? `${view.filterLabels.join(' · ')} — ${shown} of ${view.totalRounds} rounds`
      : `All ${view.totalRounds} rounds`;
  return {
    width,
    bodyHeight: rows.height,
    theme,
    title: dataset.meta.title,
    subtitle: [scope, `${axisCaption(window)} · lanes: ${LANE_WORDS[view.laneMode]}`],
    footer: [credit.source, credit.made],
    axis: ticks,
    gridlines: ticks.minor.map((t) => t.x),
    lanes: rows.lanes.map((l) => ({ label: l.lane.label, top: l.top, height: l.height, folded: l.folded })),
    marks,
    labels: layout.labels.map((l) => ({ text: l.text, x: l.x, y: l.row })),
    legend: legendFor(layout.marks, marks, palette.noOutcome),
  };
}

function pictureMark(m: MarkGeometry, colour: string, view: ExportView): PictureMark {
  const range = m.item.dateKind === 'range';
  const mid = (m.x0 + m.x1) / 2;
  return {
    left: range ? markLeft(m) : mid - POINT / 2,
    right: range ? markRight(m) : mid + POINT / 2,
    y: m.y,
    shape: range ? 'bar' : (SHAPES[m.item.roundKind] ?? 'circle'),
    fill: m.item.format ? FILLS[m.item.format] : 'solid',
    colour,
    ...(m.item.dateKind === 'approximate'
      ? { band: { left: m.x0, right: m.x0 + Math.max(m.x1 - m.x0, POINT) } }
      : {}),
    folded: m.folded,
    faded: view.dimmed?.has(m.item.roundId) ?? false,
    selected: m.item.roundId === view.selectedId,
  };
}

/** Only the encodings the picture uses, in the legend's usual order. */
function legendFor(
  geometry: readonly MarkGeometry[],
  marks: readonly PictureMark[],
  neutral: string,
): LegendGroup[] {
  const drawn = geometry.filter((m) => !m.folded).map((m) => m.item);
  const grey = '#64748b';
  const kinds = new Set(drawn.filter((i) => i.dateKind !== 'range').map((i) => i.roundKind));
  const formats = new Set(drawn.map((i) => i.format ?? 'in-person'));
  const statuses = new Set(drawn.map((i) => i.status));
  const shapes: LegendGroup['items'] = roundKinds
    .filter((k) => kinds.has(k))
    .map((k) => ({
      label: k === 'talks' ? 'Talks on one day' : kindLabels[k],
      swatch: { kind: 'mark', shape: SHAPES[k] ?? 'circle', fill: 'solid', colour: grey },
    }));
  if (drawn.some((i) => i.dateKind === 'range'))
    shapes.push({
      label: 'Several days',
      swatch: { kind: 'mark', shape: 'bar', fill: 'solid', colour: grey },
    });
  if (drawn.some((i) => i.dateKind === 'approximate'))
    shapes.push({ label: 'Approximate date', swatch: { kind: 'band' } });
  if (marks.some((m) => m.folded))
    shapes.push({ label: 'More rounds than rows', swatch: { kind: 'density' } });
  return [
    {
      heading: 'Colour: outcome',
      items: [
        ...outcomeStatuses
          .filter((s) => statuses.has(s))
          .map((s) => ({
            label: outcomeStatusLabels[s],
            swatch: {
              kind: 'mark' as const,
              shape: 'circle' as const,
              fill: 'solid' as const,
              colour: statusColour(s, lightPalette),
            },
          })),
        ...(statuses.has(undefined)
          ? [
              {
                label: 'No outcome recorded',
                swatch: {
                  kind: 'mark' as const,
                  shape: 'circle' as const,
                  fill: 'solid' as const,
                  colour: neutral,
                },
              },
            ]
          : []),
      ],
    },
    { heading: 'Shape', items: shapes },
    {
      heading: 'Fill: format',
      items: roundFormats
        .filter((f) => formats.has(f))
        .map((f) => ({
          label: formatLabels[f],
          swatch: { kind: 'mark', shape: 'circle', fill: FILLS[f], colour: grey },
        })),
    },
  ];
}
