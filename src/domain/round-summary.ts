import { combineStatuses } from './round-lanes.ts';
import type { OutcomeStatus, Round } from './schema.ts';

/** What came of a round as a whole: whether anything was agreed, and how firmly. */
export function overallStatus(round: Round): OutcomeStatus | undefined {
  const [first, ...rest] = round.outcomes.map((o) => o.status);
  return first === undefined ? undefined : combineStatuses([first, ...rest]);
}

/** "Çırağan Palace, Istanbul, Türkiye", without repeating a city the venue already names. */
export function placeText(round: Round): string {
  const { city, country, venue } = round.location ?? {};
  const cityText = city && venue?.includes(city) ? undefined : city;
  return [venue, cityText, country].filter(Boolean).join(', ');
}
