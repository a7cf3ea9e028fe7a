import type { LegendGroup, LegendItem, MarkSwatch } from '../../features/export/timeline-picture.ts';
import {
  formatEncoding,
  kindShape,
  legendChannels,
  outcomeEncoding,
  type LegendChannel,
} from '../../features/timeline/encoding.ts';
import type { MarkGeometry } from '../../features/timeline/mark-layout.ts';
import { enTimelineLegend, type TimelineLegendWords } from '../../i18n/en-timeline-legend.ts';
import type { MarkPalette } from '../../features/timeline/mark-palette.ts';
import { pointShapePath } from '../../features/timeline/mark-shapes.ts';
import type { OutcomeStatus, RoundFormat } from '../../domain/schema.ts';

const GREY = '#64748b';
const point = (shape: string, over: Partial<MarkSwatch> = {}): MarkSwatch => ({
  kind: 'mark',
  figure: { kind: 'point', outline: pointShapePath(kindShape(shape), 0, 0, 6) },
  fill: 'solid',
  dash: [],
  colour: GREY,
  ...over,
});

/**
 * The timeline's legend (its channels, headings and words from the encoding spec), keeping only the values
 * the picture shows, so a small view gets a small legend.
 */
export function pictureLegend(
  marks: readonly MarkGeometry[],
  palette: MarkPalette,
  words: TimelineLegendWords = enTimelineLegend,
): LegendGroup[] {
  const drawn = marks.filter((m) => !m.folded).map((m) => m.item);
  const used: Record<LegendChannel['id'], Set<string>> = {
    shape: new Set(drawn.map((i) => (i.dateKind === 'range' ? 'range' : i.roundKind))),
    format: new Set(drawn.map((i) => i.format ?? 'in-person')),
    outcome: new Set(drawn.map((i) => i.status ?? 'none')),
    // Only meetings that did not take place get an outline of their own; held ones need no entry.
    meeting: new Set(drawn.map((i) => i.meeting).filter((m) => m !== 'held')),
  };
  if (drawn.some((i) => i.dateKind === 'approximate')) used.shape.add('approximate');
  if (marks.some((m) => m.folded)) used.shape.add('density');

  return legendChannels(words).map((channel) => ({
    heading: channel.heading,
    items: channel.entries
      .filter((entry) => used[channel.id].has(entry.value))
      .map((entry): LegendItem => {
        const label = entry.glyph ? `${entry.glyph} ${entry.label}` : entry.label;
        return { label, swatch: swatchFor(channel.id, entry.value, palette) };
      }),
  }));
}

function swatchFor(channel: LegendChannel['id'], value: string, palette: MarkPalette): LegendItem['swatch'] {
  if (channel === 'outcome') {
    const colour = value === 'none' ? palette.noOutcome : outcomeEncoding[value as OutcomeStatus].colour;
    return point('talks', { colour });
  }
  if (channel === 'format') {
    const { fill, dash } = formatEncoding[value as RoundFormat];
    return point('talks', { fill, dash });
  }
  if (channel === 'meeting') return point('talks', { fill: 'hollow', dash: [1, 2] });
  if (value === 'range')
    return { kind: 'mark', figure: { kind: 'bar' }, fill: 'solid', dash: [], colour: GREY };
  if (value === 'approximate') return { kind: 'band' };
  if (value === 'density') return { kind: 'density' };
  return point(value);
}
