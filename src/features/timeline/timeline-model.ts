import type { DatedRound } from '../../domain/dated-rounds.ts';
import { laneSteps, type Lane, type LaneMode } from '../../domain/round-lanes.ts';
import { ITEMS_PER_STEP, runSteps, type Steps } from '../../utils/steps.ts';
import { precisionLabel } from '../../domain/precision-label.ts';
import { overallStatus, placeText } from '../../domain/round-summary.ts';
import { enTimeline, type TimelineWords } from '../../i18n/en-timeline.ts';
import type { EncodedKind } from './encoding.ts';
import { fitDomain, type TimeWindow } from './time-scale.ts';
import type { Dataset, OutcomeStatus, Round, RoundStatus } from '../../domain/schema.ts';

/** One mark on the timeline: a round in one lane (in topic lanes a round has a mark per topic it discussed). */
export interface TimelineItem {
  /** Unique per mark: the round id, plus the lane in topic mode. */
  key: string;
  roundId: string;
  lane: number;
  start: number;
  end: number;
  dateKind: DatedRound['date']['kind'];
  roundKind: Round['kind'];
  format: Round['format'];
  /** Whether the meeting took place (held when the data gives no status). */
  meeting: RoundStatus;
  /** The outcome this mark shows: the round's overall outcome, or the lane topic's outcome in topic mode. */
  status: OutcomeStatus | undefined;
  /** Higher is labelled first when labels compete for room. */
  priority: number;
  title: string;
  shortTitle: string;
  dateText: string;
  /** How exactly the date is known: "exact date", "3-day range", "approximate date". */
  precisionText: string;
  place: string;
}

export interface TimelineModel {
  lanes: Lane[];
  /** Sorted by start, then end. */
  items: TimelineItem[];
  /** The rounds' full extent in ms, for "fit all" and zoom limits. */
  bounds: TimeWindow | null;
}

// Leaders' summits outrank talks for label room; a published plan ranks with a call.
const KIND_PRIORITY: Record<EncodedKind, number> = {
  summit: 4,
  talks: 3,
  call: 2,
  publication: 2,
  exchange: 1,
};

/**
 * Builds the marks and lanes for a lane mode; pure and computed once per (dataset, rounds, mode). The given
 * rounds are the dataset's, dated (all of them or some), in time order (datedRoundsInTimeOrder), and only they
 * get marks; marks alike in start, end and lane keep that order. In topic mode, `onlyTopics` (when not empty)
 * keeps just those topics' lanes.
 */
export function buildTimelineModel(...input: Parameters<typeof timelineModelSteps>): TimelineModel {
  return runSteps(timelineModelSteps(...input));
}

/** `buildTimelineModel` as steps that pause every few hundred rounds, for large datasets (use-timeline-model.ts). */
export function* timelineModelSteps(
  dataset: Dataset,
  dated: readonly DatedRound[],
  mode: LaneMode,
  onlyTopics: readonly string[] = [],
  /** The words of lanes and labels that are not data ("No fixed place", "Call"), in the language shown. */
  words: Pick<TimelineWords, 'laneNoParties' | 'laneNoPlace' | 'shortCall' | 'shortExchange'> = enTimeline,
): Steps<TimelineModel> {
  // The lanes are made for the given rounds in their time order, and each entry names its round's place among
  // them: no index of the rounds by id is made to look entries up in (with one, the model of 100,000 rounds took
  // 303-340 ms instead of 238-278, in Node). Marks alike in time and lane keep the rounds' time order (title,
  // then id), as the list and the keys do.
  const rounds: Round[] = [];
  for (let i = 0; i < dated.length; i += 1) {
    if (i % ITEMS_PER_STEP === 0) yield;
    rounds.push(dated[i]!.round);
  }
  const all = yield* laneSteps({ ...dataset, rounds }, mode, (_, i) => dated[i]!.date.start.getTime(), {
    noParties: words.laneNoParties,
    noPlace: words.laneNoPlace,
  });
  const keep = mode === 'topic' && onlyTopics.length > 0 ? new Set(onlyTopics) : null;
  const lanes = keep ? all.lanes.filter((lane) => keep.has(lane.id)) : all.lanes;
  const entries = keep ? all.entries.filter((entry) => keep.has(entry.laneId)) : all.entries;
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
  const items: TimelineItem[] = [];
  for (let i = 0; i < entries.length; i += 1) {
    if (i % ITEMS_PER_STEP === 0) yield;
    const entry = entries[i]!;
    const d = dated[entry.round]!;
    const lane = laneIndex.get(entry.laneId);
    if (lane === undefined) continue;
    const { round, date } = d;
    items.push({
      key: mode === 'topic' ? `${round.id}@${entry.laneId}` : round.id,
      roundId: round.id,
      lane,
      start: date.start.getTime(),
      end: date.end.getTime(),
      dateKind: date.kind,
      roundKind: round.kind,
      format: round.format,
      meeting: round.status ?? 'held',
      status: mode === 'topic' ? entry.status : overallStatus(round),
      priority: KIND_PRIORITY[round.kind],
      title: round.title,
      shortTitle: round.shortTitle ?? round.location?.city ?? shortKind(round, words),
      dateText: d.dateText,
      precisionText: precisionLabel(date),
      place: placeText(round),
    });
  }
  yield;
  items.sort((a, b) => a.start - b.start || a.end - b.end || a.lane - b.lane);
  yield;
  const bounds = items.length > 0 ? fitDomain(items) : null;
  return { lanes, items, bounds };
}

function shortKind(round: Round, words: Pick<TimelineWords, 'shortCall' | 'shortExchange'>): string {
  return round.kind === 'call'
    ? words.shortCall
    : round.kind === 'exchange'
      ? words.shortExchange
      : (round.title.split(' ')[0] ?? '');
}
