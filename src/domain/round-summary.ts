import { statusBit, summedStatus } from './round-lanes.ts';
import type { OutcomeStatus, Round } from './schema.ts';

/** What came of a round as a whole: whether anything was agreed, and how firmly. */
export function overallStatus(round: Round): OutcomeStatus | undefined {
  const first = round.outcomes[0]?.status;
  if (first === undefined) return undefined;
  // combineStatuses without a list of the statuses: asked of every round as the timeline makes its marks (the
  // list, two spreads and a Set took 90-100 ms at 100,000 generated rounds in Node, the bits about 50).
  let present = 0;
  for (const { status } of round.outcomes) present |= statusBit(status);
  return summedStatus(first, present);
}

/**
 * The round's outcome per topic, its outcomes on one topic combined (what a topic lane shows), in first-mention
 * order: the topics, and their statuses in the same order. Arrays at their size, and no Map or list per topic
 * for the few topics a round has: the page makes this for every round as it arrives (the Map, its lists and
 * spreads took 120 ms at 100,000 generated rounds, in Node; this about 95).
 */
export function outcomesByTopic(round: Round): { topics: string[]; statuses: OutcomeStatus[] } {
  const topics: string[] = [];
  const firsts: OutcomeStatus[] = [];
  const present: number[] = [];
  // Looked up by a scan while they are few; past that, through a Map, so that a round of thousands of topics
  // (nothing in the schema forbids one) costs no more than a Map would.
  let positions: Map<string, number> | null = null;
  for (const { topic, status } of round.outcomes) {
    if (positions === null && topics.length === SCANNED_TOPICS) {
      positions = new Map(topics.map((known, i) => [known, i]));
    }
    const at = positions === null ? topics.indexOf(topic) : (positions.get(topic) ?? -1);
    if (at === -1) {
      positions?.set(topic, topics.length);
      topics.push(topic);
      firsts.push(status);
      present.push(statusBit(status));
    } else present[at] = present[at]! | statusBit(status);
  }
  return { topics: topics.slice(), statuses: firsts.map((first, i) => summedStatus(first, present[i]!)) };
}

const SCANNED_TOPICS = 16;

/** "Çırağan Palace, Istanbul, Türkiye", without repeating a city the venue already names. */
export function placeText(round: Round): string {
  const { city, country, venue } = round.location ?? {};
  const cityText = city && venue?.includes(city) ? undefined : city;
  return [venue, cityText, country].filter(Boolean).join(', ');
}
