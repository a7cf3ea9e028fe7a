import type { OutcomeStatus, ParticipantRole, RoundFormat } from './schema.ts';

/** A calendar day as YYYY-MM-DD (UTC). */
export type IsoDay = string;

/**
 * The facets a reader can filter rounds on. Values within a facet combine with OR, facets with AND;
 * an empty list (or null, or '') means "no filter on this facet".
 */
export interface Filters {
  topics: string[];
  /** Party ids: a round matches when the party takes part in any role. */
  parties: string[];
  /** Person ids: a round matches when the person is a delegate or a speaker. */
  people: string[];
  roles: ParticipantRole[];
  outcomes: OutcomeStatus[];
  formats: RoundFormat[];
  /** City names as the data writes them. */
  places: string[];
  from: IsoDay | null;
  to: IsoDay | null;
  q: string;
}

export const emptyFilters: Filters = {
  topics: [],
  parties: [],
  people: [],
  roles: [],
  outcomes: [],
  formats: [],
  places: [],
  from: null,
  to: null,
  q: '',
};
