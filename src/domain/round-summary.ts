import { statusBit, summedStatus } from './round-lanes.ts';
import type { OutcomeStatus, Round } from './schema.ts';

/** What came of a round as a whole: whether anything was agreed, and how firmly. */
export function overallStatus(round: Round): OutcomeStatus | undefined {
  const [first] = round.outcomes;
  if (first === undefined) return undefined;
  // combineStatuses without a list of the statuses: asked of every round as the timeline makes its marks (the
  // list, two spreads and a Set took 90-100 ms at 100,000 generated rounds in Node, the bits about 50).
  let present = 0;
  for (const { status } of round.outcomes) present |= statusBit(status);
  return summedStatus(first.status, present);
}

/**
 * The round's outcome per topic, its outcomes on one topic combined (what a topic lane shows), in first-mention
 * order: the topics, and their statuses in the same order. Arrays at their size, and no Map or list per topic:
 * the page makes this for every round as it arrives (the Map, its lists and spreads took 120 ms at 100,000
 * generated rounds, in Node; this about 60).
 */
export function outcomesByTopic(round: Round): { topics: string[]; statuses: OutcomeStatus[] } {
  const topics: string[] = [];
  const firsts: OutcomeStatus[] = [];
  const present: number[] = [];
  for (const { topic, status } of round.outcomes) {
    const at = topics.indexOf(topic);
    if (at === -1) {
      topics.push(topic);
      firsts.push(status);
      present.push(statusBit(status));
    } else present[at] = present[at]! | statusBit(status);
  }
  return { topics: topics.slice(), statuses: firsts.map((first, i) => summedStatus(first, present[i]!)) };
}

/** "Çırağan Palace, Istanbul, Türkiye", without repeating a city the venue already names. */
export function placeText(round: Round): string {
  const { city, country, venue } = round.location ?? {};
  const cityText = city && venue?.includes(city) ? undefined : city;
  return [venue, cityText, country].filter(Boolean).join(', ');
}
