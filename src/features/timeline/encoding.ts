import { outcomeStyles } from '../../components/outcome-badge-style.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';
import { outcomeStatuses, roundFormats, roundStatuses } from '../../domain/vocabularies.ts';
import type { OutcomeStatus, Round, RoundFormat, RoundStatus } from '../../domain/schema.ts';
import type { PointShape } from './mark-shapes.ts';
import type { TimelineItem } from './timeline-model.ts';

/**
 * The timeline's visual encoding, declared once: which property of a round each visual channel shows, and
 * the words for every value. The canvas (draw-marks.ts), the legend (timeline-legend.tsx) and the tooltip
 * all read this module, so they cannot drift apart. To add a channel: add its table here, a resolved field
 * to `MarkStyle`, an entry to `legendChannels`, then draw it in draw-marks.ts and a swatch in the legend.
 */

/** Kinds the schema has, plus those it is gaining (issue #11), so their shapes are ready. */
export type EncodedKind = Round['kind'] | 'summit' | 'publication';

/** Shape by kind of event (for a one-day date; a range is a bar, an approximate date a hatched band). */
export const kindEncoding: Record<EncodedKind, { shape: PointShape; legend: string }> = {
  talks: { shape: 'circle', legend: 'Talks on one day' },
  call: { shape: 'diamond', legend: 'Leaders’ call' },
  exchange: { shape: 'square', legend: 'Exchange carried out' },
  summit: { shape: 'star', legend: 'Leaders’ summit or meeting' },
  publication: { shape: 'triangle', legend: 'Plan or document published' },
};

/** Kinds in legend order. */
export const encodedKinds = Object.keys(kindEncoding) as EncodedKind[];

/** Shape for any kind; an unknown kind (newer data than this code) falls back to the talks circle. */
export function kindShape(kind: string): PointShape {
  return (kindEncoding as Partial<Record<string, { shape: PointShape }>>)[kind]?.shape ?? 'circle';
}

/** The extent of a date that is not one exact day. */
export const extentEncoding = {
  range: { legend: 'Several days: a bar over the range' },
  approximate: { legend: 'Approximate date: hatched band over the possible days' },
} as const;

/** Marks beyond a lane's row limit are folded into a strip of thin ticks. */
export const densityEncoding = { legend: 'More rounds than rows: zoom in to see them' } as const;

/** How a mark is filled: solid, hollow (background inside), or its left half solid. */
export type FillStyle = 'solid' | 'hollow' | 'half';

/** Fill by format: solid in person, hollow remote, dashed hollow indirect, half-filled mixed. */
export const formatEncoding: Record<
  RoundFormat,
  { fill: FillStyle; dash: readonly number[]; legend: string }
> = {
  'in-person': { fill: 'solid', dash: [], legend: vocabularyLabels().format['in-person'] },
  remote: { fill: 'hollow', dash: [], legend: vocabularyLabels().format.remote },
  indirect: { fill: 'hollow', dash: [3, 2], legend: vocabularyLabels().format.indirect },
  mixed: { fill: 'half', dash: [], legend: vocabularyLabels().format.mixed },
};

/** Colour by outcome (in topic lanes, of that topic), with a glyph that carries the meaning without colour. */
export const outcomeEncoding: Record<OutcomeStatus, { colour: string; glyph: string; legend: string }> =
  Object.fromEntries(
    outcomeStatuses.map((s) => [
      s,
      {
        colour: outcomeStyles[s].fill,
        glyph: outcomeStyles[s].glyph,
        legend: vocabularyLabels().outcomeStatus[s],
      },
    ]),
  ) as Record<OutcomeStatus, { colour: string; glyph: string; legend: string }>;

/** A mark with no recorded outcome is neutral grey (the palette's `noOutcome`, per theme). */
export const noOutcomeEncoding = { legend: 'No outcome recorded' } as const;

/**
 * Whether the meeting took place. A meeting that was planned, postponed or cancelled is drawn as a dotted outline
 * with a slash, whatever its format, and its name and tooltip say "not held", so the shape never carries it alone.
 */
export const meetingEncoding: Record<RoundStatus, { notHeld: boolean; legend: string }> = Object.fromEntries(
  roundStatuses.map((s) => [
    s,
    {
      notHeld: s !== 'held',
      legend:
        s === 'held'
          ? `${vocabularyLabels().roundStatus.held}: drawn by its format`
          : vocabularyLabels().roundStatus[s],
    },
  ]),
) as Record<RoundStatus, { notHeld: boolean; legend: string }>;

/** The dots of a not-held mark's outline. */
export const NOT_HELD_DASH: readonly number[] = [1, 3.5];

/** Everything the canvas needs to draw one mark, resolved from the channels above. */
export interface MarkStyle {
  shape: PointShape;
  fill: FillStyle;
  dash: readonly number[];
  /** Undefined when no outcome is recorded: the renderer uses its theme's neutral colour. */
  colour: string | undefined;
  glyph: string | undefined;
  /** A meeting that did not take place: outline only, dotted, with a slash. */
  notHeld: boolean;
}

/** What markStyle reads of a mark; `meeting` absent means held. */
type StyledItem = Pick<TimelineItem, 'roundKind' | 'format' | 'status'> & { meeting?: RoundStatus };

/** Resolves every channel for one mark. */
export function markStyle(item: StyledItem): MarkStyle {
  // A round whose format is not recorded is drawn solid, like one held in person.
  const format = formatEncoding[item.format ?? 'in-person'];
  const outcome = item.status ? outcomeEncoding[item.status] : undefined;
  const notHeld = meetingEncoding[item.meeting ?? 'held'].notHeld;
  return {
    shape: kindShape(item.roundKind),
    fill: notHeld ? 'hollow' : format.fill,
    dash: notHeld ? NOT_HELD_DASH : format.dash,
    colour: outcome?.colour,
    glyph: outcome?.glyph,
    notHeld,
  };
}

/** One legend group: a heading, the list's accessible name, and one entry per encoded value. */
export interface LegendChannel {
  id: 'shape' | 'format' | 'meeting' | 'outcome';
  heading: string;
  listLabel: string;
  /** `glyph`: the outcome's symbol, shown before its label. */
  entries: { value: string; label: string; glyph?: string }[];
}

/** The legend's groups and entries, in order: every encoded value of every channel. */
export const legendChannels: readonly LegendChannel[] = [
  {
    id: 'shape',
    heading: 'Shape: kind of event and its dates',
    listLabel: 'Shapes',
    entries: [
      ...encodedKinds.map((kind) => ({ value: kind, label: kindEncoding[kind].legend })),
      { value: 'range', label: extentEncoding.range.legend },
      { value: 'approximate', label: extentEncoding.approximate.legend },
      { value: 'density', label: densityEncoding.legend },
    ],
  },
  {
    id: 'format',
    heading: 'Fill: format',
    listLabel: 'Formats',
    entries: roundFormats.map((format) => ({ value: format, label: formatEncoding[format].legend })),
  },
  {
    id: 'meeting',
    heading: 'Outline: meetings not held',
    listLabel: 'Meeting status',
    entries: roundStatuses.map((status) => ({ value: status, label: meetingEncoding[status].legend })),
  },
  {
    id: 'outcome',
    heading: 'Colour: what came of it (in topic lanes, of that topic)',
    listLabel: 'Outcomes',
    entries: [
      ...outcomeStatuses.map((status) => ({
        value: status,
        label: outcomeEncoding[status].legend,
        glyph: outcomeEncoding[status].glyph,
      })),
      { value: 'none', label: noOutcomeEncoding.legend },
    ],
  },
];

/** The tooltip's summary line, in the legend's vocabulary: "Talks · Agreed", "Summit · Postponed, not held". */
export function tooltipWords(
  item: Pick<TimelineItem, 'roundKind' | 'status'> & { meeting?: RoundStatus },
): string[] {
  const kind = (vocabularyLabels().kind as Partial<Record<string, string>>)[item.roundKind];
  const words = [kind ?? kindEncoding[item.roundKind].legend];
  const meeting = item.meeting ?? 'held';
  if (meetingEncoding[meeting].notHeld) words.push(meetingEncoding[meeting].legend);
  if (item.status) words.push(outcomeEncoding[item.status].legend);
  return words;
}
