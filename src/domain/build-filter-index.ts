import type { DatedRound } from './dated-rounds.ts';
import { countedIndex, indexedRound, type FilterIndex } from './filter-rounds.ts';
import { RoundSearchTexts } from './round-search-texts.ts';
import type { Dataset } from './schema.ts';
import { outcomeStatuses, participantRoles, roundFormats, roundStatuses } from './vocabularies.ts';
import { collateWords } from './collate-words.ts';

/*
 * The filter index built in one go, from a whole dataset: for the story checks (validate-stories.ts), and in
 * the calling thread where there are no workers (load-in-this-thread.ts). The page makes the same index from the dataset worker's parts
 * (model-transfer.ts) and never needs this, so it is a module of its own, out of the page's first load.
 */

/**
 * Builds the index from a validated dataset and its rounds in time order (datedRoundsInTimeOrder), and the values
 * its filters offer (filterValues), when they are known already.
 */
export function buildFilterIndex(
  dataset: Dataset,
  dated: readonly DatedRound[],
  values = filterValues(dataset),
): FilterIndex {
  return countedIndex({
    rounds: dated.map(({ round, date }) => indexedRound(round, date.start.getTime(), date.end.getTime())),
    searchTexts: new RoundSearchTexts(dataset, dated),
    values,
  });
}

/** Every value each facet offers, in display order: dataset order, vocabulary order, cities A–Z. */
export function filterValues(dataset: Dataset): FilterIndex['values'] {
  const cities = new Set<string>();
  for (const round of dataset.rounds) if (round.location?.city !== undefined) cities.add(round.location.city);
  return {
    topics: dataset.topics.map((t) => t.id),
    parties: dataset.parties.map((p) => p.id),
    people: dataset.people.map((p) => p.id),
    roles: participantRoles,
    outcomes: outcomeStatuses,
    formats: roundFormats,
    statuses: roundStatuses,
    // Names that collate alike ("Genève" composed or not) keep one order whatever order the rounds come in.
    places: [...cities].sort((a, b) => collateWords(a, b) || (a < b ? -1 : a > b ? 1 : 0)),
  };
}
