import { ITEMS_PER_STEP, type Steps } from '../utils/steps.ts';
import { outcomeStatuses } from './vocabularies.ts';
import type { Dataset, OutcomeStatus, Round } from './schema.ts';

/** How rounds are grouped into timeline lanes: by who negotiates, where, or which topics they settled. */
export type LaneMode = 'table' | 'place' | 'topic';

/** One lane: a stable id (party ids, place or topic id) and the text shown beside it. */
export type Lane = { id: string; label: string };

/**
 * A round shown in a lane: `round` is its position in the rounds the lanes were made for (its id is theirs to
 * give). In topic lanes, `status` is the round's outcome on that topic.
 */
export type LaneEntry = { round: number; laneId: string; status?: OutcomeStatus };

/** The lanes in display order and every round's place in them. */
export type Lanes = { lanes: Lane[]; entries: LaneEntry[] };

/** Lane id of the rounds that record no negotiating party; party ids are slugs, so it cannot collide. */
export const NO_PARTY_LANE = '(no-party)';

/** Lane id of the rounds without a city (calls, remote formats); a place label always has letters, not brackets. */
export const NO_PLACE_LANE = '(no-place)';

/** The labels of the lanes that gather rounds without a party or a place, in the language shown. */
export type NoLaneLabels = { noParties: string; noPlace: string };

/** Outcome precedence, most settled first: the order in which the schema lists the statuses. */
const PRECEDENCE: readonly OutcomeStatus[] = outcomeStatuses;

/**
 * One status summarising a round's several outcomes on one topic: the shared status if they agree; 'partly-agreed'
 * if something was agreed (even in principle) while something else was only proposed or refused, because calling
 * that either "agreed" or "not agreed" would misreport it; otherwise the most settled status present.
 */
export function combineStatuses(statuses: readonly [OutcomeStatus, ...OutcomeStatus[]]): OutcomeStatus {
  let present = 0;
  for (const status of statuses) present |= statusBit(status);
  return summedStatus(statuses[0], present);
}

/**
 * combineStatuses from the first status and the bits of all those present (statusBit), without a list or a
 * Set: the timeline sums up every round's outcomes as it makes its marks (overallStatus).
 */
export function summedStatus(first: OutcomeStatus, present: number): OutcomeStatus {
  // Only the first's bit: every status the schema knows is the first (most rounds record one outcome per topic).
  if (present === statusBit(first)) return first;
  if (present & AGREED && present & UNSETTLED) return 'partly-agreed';
  // Some known status is not the first, so one is found.
  return PRECEDENCE.find((status) => present & statusBit(status))!;
}

/** A bit per status the schema knows; data that was not validated may name others, which have none. */
export function statusBit(status: OutcomeStatus): number {
  return STATUS_BIT.get(status) ?? 0;
}

const STATUS_BIT = new Map(PRECEDENCE.map((status, i) => [status, 1 << i]));
const AGREED = statusBit('agreed') | statusBit('agreed-in-principle');
const UNSETTLED = statusBit('not-agreed') | statusBit('proposed');

const compareText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The lanes for a grouping mode. 'table' and 'place' lanes are ordered by their first round's start (rounds whose
 * start is NaN count as last), ties by label; 'topic' lanes follow dataset.topics, grouped by topic group in order of
 * each group's first topic. Entries follow dataset.rounds order (then lane order within a round).
 *
 * Written as steps that pause every few hundred rounds (utils/steps.ts): run them with runSteps, or in slices.
 */
export function* laneSteps(
  dataset: Dataset,
  mode: LaneMode,
  /** The round's first instant, from its parsed EDTF date (`index` is its position); NaN sorts last. */
  startOf: (round: Round, index: number) => number,
  /** Words, not data: the catalogue's, so they follow the interface's language. */
  labels: NoLaneLabels,
): Steps<Lanes> {
  return mode === 'topic'
    ? yield* topicLanes(dataset)
    : yield* keyedLanes(dataset, mode === 'table' ? tableKey(dataset, labels) : placeKey(labels), startOf);
}

type LaneKey = (round: Round) => Lane;

function tableKey(dataset: Dataset, labels: NoLaneLabels): LaneKey {
  const rank = new Map(dataset.parties.map((party, i) => [party.id, i]));
  const shortName = new Map(dataset.parties.map((party) => [party.id, party.shortName]));
  // Rounds share a few tables: the lane of each list of negotiating parties, as written, is worked out once.
  // Each id is prefixed by its length, so no two lists run together into one key whatever the ids contain.
  const known = new Map<string, Lane>();
  return (round) => {
    let written = '';
    for (const p of round.participants) if (p.role === 'party') written += `${p.party.length}:${p.party}`;
    let lane = known.get(written);
    if (lane === undefined) {
      lane = tableLane(round);
      known.set(written, lane);
    }
    return lane;
  };

  function tableLane(round: Round): Lane {
    const parties = [...new Set(round.participants.filter((p) => p.role === 'party').map((p) => p.party))];
    if (parties.length === 0) return { id: NO_PARTY_LANE, label: labels.noParties };
    // The id is alphabetical so it stays the same if the dataset reorders its parties; the label follows the dataset.
    const id = [...parties].sort(compareText).join('+');
    const shown = parties.sort(
      (a, b) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || compareText(a, b),
    );
    return { id, label: shown.map((party) => shortName.get(party) ?? party).join('–') };
  }
}

function placeKey(labels: NoLaneLabels): LaneKey {
  return (round) => {
    const { city, country } = round.location ?? {};
    if (city === undefined) return { id: NO_PLACE_LANE, label: labels.noPlace };
    const label = country === undefined ? city : `${city}, ${country}`;
    return { id: label, label };
  };
}

function* keyedLanes(
  dataset: Dataset,
  keyOf: LaneKey,
  startOf: (round: Round, index: number) => number,
): Steps<Lanes> {
  const first = new Map<string, Lane & { start: number }>();
  const entries: LaneEntry[] = [];
  const { rounds } = dataset;
  for (let i = 0; i < rounds.length; i += 1) {
    if (i % ITEMS_PER_STEP === 0) yield;
    const round = rounds[i]!;
    const lane = keyOf(round);
    const raw = startOf(round, i);
    const start = Number.isNaN(raw) ? Infinity : raw;
    const seen = first.get(lane.id);
    if (seen === undefined) first.set(lane.id, { ...lane, start });
    else if (start < seen.start) seen.start = start;
    entries.push({ round: i, laneId: lane.id });
  }
  const lanes = [...first.values()]
    .sort((a, b) => (a.start === b.start ? 0 : a.start < b.start ? -1 : 1) || compareText(a.label, b.label))
    .map(({ id, label }) => ({ id, label }));
  return { lanes, entries };
}

function* topicLanes(dataset: Dataset): Steps<Lanes> {
  const groupRank = new Map<string, number>();
  for (const topic of dataset.topics) {
    if (!groupRank.has(topic.group)) groupRank.set(topic.group, groupRank.size);
  }
  // Topics an outcome names but dataset.topics lacks (unvalidated data) still get a lane, after the known ones.
  const order = new Map(
    [...dataset.topics]
      .map((topic, i) => ({ topic, i }))
      .sort((a, b) => groupRank.get(a.topic.group)! - groupRank.get(b.topic.group)! || a.i - b.i)
      .map(({ topic }, rank) => [topic.id, { rank, label: topic.label }]),
  );
  const used = new Map<string, Lane & { rank: number }>();
  const entries: LaneEntry[] = [];
  const { rounds } = dataset;
  for (let i = 0; i < rounds.length; i += 1) {
    if (i % ITEMS_PER_STEP === 0) yield;
    const round = rounds[i]!;
    const byTopic = new Map<string, [OutcomeStatus, ...OutcomeStatus[]]>();
    for (const { topic, status } of round.outcomes) {
      const statuses = byTopic.get(topic);
      if (statuses === undefined) byTopic.set(topic, [status]);
      else statuses.push(status);
    }
    const lanes = [...byTopic.keys()].map((id) => {
      const known = order.get(id);
      const lane = used.get(id) ?? { id, label: known?.label ?? id, rank: known?.rank ?? Infinity };
      used.set(id, lane);
      return lane;
    });
    for (const lane of lanes.sort(byRank)) {
      entries.push({ round: i, laneId: lane.id, status: combineStatuses(byTopic.get(lane.id)!) });
    }
  }
  return { lanes: [...used.values()].sort(byRank).map(({ id, label }) => ({ id, label })), entries };
}

const byRank = (a: { rank: number; id: string }, b: { rank: number; id: string }) =>
  a.rank - b.rank || compareText(a.id, b.id);
