import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';
import type { TimelineWords } from '../../i18n/en-timeline.ts';
import type { TimelineItem } from './timeline-model.ts';

type NamedItem = Pick<TimelineItem, 'title' | 'dateText' | 'place' | 'roundKind' | 'format' | 'status'> &
  Partial<Pick<TimelineItem, 'meeting'>>;

export interface MarkNameContext {
  /** In topic lanes, the lane's topic: the outcome named is that topic's. */
  topic?: string | undefined;
  /** The round is drawn faded because it does not match the filters. */
  dimmed?: boolean;
}

/**
 * A mark's accessible name says everything the mark draws (WCAG 1.3.1): title, date in words and place,
 * then kind, format and outcome (of the lane's topic in topic lanes), and whether it is dimmed.
 * "Istanbul talks, 16 May 2025, Istanbul — Talks, In person, outcome: Agreed".
 */
export function markName(
  item: NamedItem,
  words: Pick<TimelineWords, 'markOutcome' | 'markNoOutcome' | 'markDimmed'>,
  context: MarkNameContext = {},
): string {
  // A meeting that did not take place says so first of all: "postponed, not held".
  const notHeld =
    item.meeting === undefined || item.meeting === 'held' ? '' : vocabularyLabels().notHeld[item.meeting];
  const where = [item.title, item.dateText, item.place, notHeld].filter(Boolean).join(', ');
  // A kind newer than this code is named by its value rather than not at all.
  const kind = (vocabularyLabels().kind as Partial<Record<string, string>>)[item.roundKind] ?? item.roundKind;
  const outcome = item.status ? vocabularyLabels().outcomeStatus[item.status] : words.markNoOutcome;
  const what = [
    kind,
    item.format && vocabularyLabels().format[item.format],
    context.topic ? `${context.topic}: ${outcome}` : words.markOutcome(outcome),
    context.dimmed && words.markDimmed,
  ].filter(Boolean);
  return `${where} — ${what.join(', ')}`;
}
