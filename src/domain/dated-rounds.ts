import { formatRoundDate, parseRoundDate, type RoundDate } from './dates.ts';
import type { Round } from './schema.ts';
import { collateWords } from './collate-words.ts';

/** A round with its date parsed once, so views never parse EDTF while rendering. */
export interface DatedRound {
  round: Round;
  date: RoundDate;
  /** The date in words at its precision: "23–25 March 2025", "early March 2025". */
  dateText: string;
}

/**
 * The rounds of a validated dataset in time order: by start, then end, then title, then id, so that
 * rounds on the same day keep one stable order in every view and in keyboard navigation.
 */
export function datedRoundsInTimeOrder(rounds: readonly Round[]): DatedRound[] {
  // Rounds share dates (100,000 generated rounds have 17,346), so each is parsed and worded once; a label of
  // the round's own may change the words. Wording every round took 100 of the 200 ms this took at 100,000 (Node).
  const cache = new Map<string, { date: RoundDate; dateText: string }>();
  const dated = rounds.map((round) => {
    let known = cache.get(round.date);
    if (!known) {
      const date = parseRoundDate(round.date);
      known = { date, dateText: formatRoundDate(date) };
      cache.set(round.date, known);
    }
    const { date } = known;
    const dateText = round.dateLabel === undefined ? known.dateText : formatRoundDate(date, round.dateLabel);
    return { round, date, dateText };
  });
  return dated.sort(
    (a, b) =>
      a.date.start.getTime() - b.date.start.getTime() ||
      a.date.end.getTime() - b.date.end.getTime() ||
      collateWords(a.round.title, b.round.title) ||
      (a.round.id < b.round.id ? -1 : a.round.id > b.round.id ? 1 : 0),
  );
}
