import type { DatedRound } from '../domain/dated-rounds.ts';
import type { RoundDate } from '../domain/dates.ts';

/*
 * A round's date as it travels in JSON: from the dataset worker to the page (model-transfer.ts), and from the
 * build to the page in the bundled dataset's check (build-check.ts). A module of its own, so that the bundled
 * dataset's reading on the page does not bring the worker's model transfer with it.
 */

type DateFields = [number, number, RoundDate['precision'], RoundDate['kind'], boolean, boolean];
/** A date as it travels: [date fields, date text]. */
export type DateEntry = [...DateFields, string];

/** The date `dated` has, with its words, as it travels. */
export function dateEntry({ date, dateText }: Pick<DatedRound, 'date' | 'dateText'>): DateEntry {
  const { start, end, precision, kind, approximate, uncertain } = date;
  return [start.getTime(), end.getTime(), precision, kind, approximate, uncertain, dateText];
}

/** The date a date entry carries. */
export function entryDate([from, end, precision, kind, approximate, uncertain]: DateEntry): RoundDate {
  return { start: new Date(from), end: new Date(end), precision, kind, approximate, uncertain };
}
