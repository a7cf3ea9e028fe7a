import type { OutcomeStatus, ParticipantRole, RoundFormat, RoundStatus } from './schema.ts';

/** A calendar day as YYYY-MM-DD (UTC). */
export type IsoDay = string;

/**
 * The facets a reader can filter rounds on. Values within a facet combine with OR, facets with AND;
 * an empty list (or null, or '') means "no filter on this facet".
 */
export interface Filters {
  /** Topic ids: a round matches when one of its outcomes has the topic (and, with `outcomes`, that status). */
  topics: string[];
  /**
   * Party ids: a round matches when the party takes part, in any role, or with `roles` set, in one of
   * those roles: party "us" with role "mediator" keeps the rounds where the US mediates.
   */
  parties: string[];
  /** Person ids: a round matches when the person is a delegate or a speaker. */
  people: string[];
  /** A round matches when any participant (of the chosen parties, when set) has the role. */
  roles: ParticipantRole[];
  /** A round matches when any outcome (on the chosen topics, when set) has the status. */
  outcomes: OutcomeStatus[];
  /** The round's own format; a round without one matches no format. */
  formats: RoundFormat[];
  /** Whether the meeting took place; a round without a status was held. */
  statuses: RoundStatus[];
  /** City names as the data writes them. */
  places: string[];
  /** The date range: a round matches when its interval overlaps [from 00:00, to 23:59:59.999] UTC. */
  from: IsoDay | null;
  to: IsoDay | null;
  /** Free text: every word (or "quoted phrase") must occur in the round, ignoring case and accents. */
  q: string;
}

export const emptyFilters: Filters = {
  topics: [],
  parties: [],
  people: [],
  roles: [],
  outcomes: [],
  formats: [],
  statuses: [],
  places: [],
  from: null,
  to: null,
  q: '',
};
