import { outcomeStyles } from '../../components/outcome-badge-style.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';
import { outcomeStatuses, roundFormats, roundStatuses } from '../../domain/vocabularies.ts';
import type { OutcomeStatus, Round, RoundFormat, RoundStatus } from '../../domain/schema.ts';
import type { TimelineLegendWords } from '../../i18n/en-timeline-legend.ts';
import type { PointShape } from './mark-shapes.ts';
import type { TimelineItem } from './timeline-model.ts';

/**
 * The timeline's visual encoding, declared once: which property of a round each visual channel shows; the
 * legend's words come from the catalogue (en-timeline-legend.ts) and the values' from the vocabulary. The canvas (draw-marks.ts), the legend (timeline-legend.tsx) and the tooltip
 * all read this module, so they cannot drift apart. To add a channel: add its table here, a resolved field
 * to `MarkStyle`, an entry to `legendChannels`, then draw it in draw-marks.ts and a swatch in the legend.
 */

/** Kinds the schema has, plus those it is gaining (issue #11), so their shapes are ready. */
export type EncodedKind = Round['kind'] | 'summit' | 'publication';

/** Shape by kind of event (for a one-day date; a range is a bar, an approximate date a hatched band). */
export const kindEncoding: Record<EncodedKind, { shape: PointShape }> = {
  talks: { shape: 'circle' },
  call: { shape: 'diamond' },
  exchange: { shape: 'square' },
  summit: { shape: 'star' },
  publication: { shape: 'triangle' },
};

/** Kinds in legend order. */
export const encodedKinds = Object.keys(kindEncoding) as EncodedKind[];

/** Shape for any kind; an unknown kind (newer data than this code) falls back to the talks circle. */
export function kindShape(kind: string): PointShape {
  return (kindEncoding as Partial<Record<string, { shape: PointShape }>>)[kind]?.shape ?? 'circle';
}

/** How a mark is filled: solid, hollow (background inside), or its left half solid. */
export type FillStyle = 'solid' | 'hollow' | 'half';

/** Fill by format: solid in person, hollow remote, dashed hollow indirect, half-filled mixed. */
export const formatEncoding: Record<RoundFormat, { fill: FillStyle; dash: readonly number[] }> = {
  'in-person': { fill: 'solid', dash: [] },
  remote: { fill: 'hollow', dash: [] },
  indirect: { fill: 'hollow', dash: [3, 2] },
  mixed: { fill: 'half', dash: [] },
};

/**
 * Colour by outcome (in topic lanes, of that topic), with a glyph that carries the meaning without colour. A mark
 * with no recorded outcome is neutral grey (the palette's `noOutcome`, per theme).
 */
export const outcomeEncoding: Record<OutcomeStatus, { colour: string; glyph: string }> = Object.fromEntries(
  outcomeStatuses.map((s) => [s, { colour: outcomeStyles[s].fill, glyph: outcomeStyles[s].glyph }]),
) as Record<OutcomeStatus, { colour: string; glyph: string }>;

/**
 * Whether the meeting took place. A meeting that was planned, postponed or cancelled is drawn as a dotted outline
 * with a slash, whatever its format, and its name and tooltip say "not held", so the shape never carries it alone.
 */
export const meetingEncoding: Record<RoundStatus, { notHeld: boolean }> = Object.fromEntries(
  roundStatuses.map((s) => [s, { notHeld: s !== 'held' }]),
) as Record<RoundStatus, { notHeld: boolean }>;

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

/**
 * The legend's groups and entries, in order: every encoded value of every channel, in the language shown (the
 * legend's words from `words`, the values' from the vocabulary), so it is built when the legend renders.
 */
export function legendChannels(words: TimelineLegendWords): LegendChannel[] {
  const vocabulary = vocabularyLabels();
  return [
    {
      id: 'shape',
      heading: words.legendShape,
      listLabel: words.legendShapes,
      entries: [
        ...encodedKinds.map((kind) => ({ value: kind, label: words.legendKind[kind] })),
        { value: 'range', label: words.legendRange },
        { value: 'approximate', label: words.legendApproximate },
        { value: 'density', label: words.legendDensity },
      ],
    },
    {
      id: 'format',
      heading: words.legendFill,
      listLabel: words.legendFormats,
      entries: roundFormats.map((format) => ({ value: format, label: vocabulary.format[format] })),
    },
    {
      id: 'meeting',
      heading: words.legendOutline,
      listLabel: words.legendMeetings,
      entries: roundStatuses.map((status) => ({
        value: status,
        label:
          status === 'held' ? words.legendHeld(vocabulary.roundStatus.held) : vocabulary.roundStatus[status],
      })),
    },
    {
      id: 'outcome',
      heading: words.legendColour,
      listLabel: words.legendOutcomes,
      entries: [
        ...outcomeStatuses.map((status) => ({
          value: status,
          label: vocabulary.outcomeStatus[status],
          glyph: outcomeEncoding[status].glyph,
        })),
        { value: 'none', label: words.legendNoOutcome },
      ],
    },
  ];
}

/** The tooltip's summary line, in the vocabulary's words: "Talks · Agreed", "Summit · Postponed, not held". */
export function tooltipWords(
  item: Pick<TimelineItem, 'roundKind' | 'status'> & { meeting?: RoundStatus },
): string[] {
  const vocabulary = vocabularyLabels();
  // A kind newer than this code is named by its value rather than not at all.
  const words = [(vocabulary.kind as Partial<Record<string, string>>)[item.roundKind] ?? item.roundKind];
  const meeting = item.meeting ?? 'held';
  if (meetingEncoding[meeting].notHeld) words.push(vocabulary.roundStatus[meeting]);
  if (item.status) words.push(vocabulary.outcomeStatus[item.status]);
  return words;
}
