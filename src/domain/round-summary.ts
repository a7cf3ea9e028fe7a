import { combineStatuses } from './round-lanes.ts';
import type { OutcomeStatus, Round } from './schema.ts';

/** What came of a round as a whole: whether anything was agreed, and how firmly. */
export function overallStatus(round: Round): OutcomeStatus | undefined {
  const [first, ...rest] = round.outcomes.map((o) => o.status);
  return first === undefined ? undefined : combineStatuses([first, ...rest]);
}

/** The round's outcome per topic, its outcomes on one topic combined (what a topic lane shows), in first-mention order. */
export function outcomeByTopic(round: Round): Map<string, OutcomeStatus> {
  const byTopic = new Map<string, [OutcomeStatus, ...OutcomeStatus[]]>();
  for (const { topic, status } of round.outcomes) {
    const statuses = byTopic.get(topic);
    if (statuses === undefined) byTopic.set(topic, [status]);
    else statuses.push(status);
  }
  return new Map([...byTopic].map(([topic, statuses]) => [topic, combineStatuses(statuses)]));
}

/** "Çırağan Palace, Istanbul, Türkiye", without repeating a city the venue already names. */
export function placeText(round: Round): string {
  const { city, country, venue } = round.location ?? {};
  const cityText = city && venue?.includes(city) ? undefined : city;
  return [venue, cityText, country].filter(Boolean).join(', ');
}
