import type { OutcomeStatus, ParticipantRole, RoundFormat } from '../domain/schema.ts';

export const laneModes = ['table', 'place', 'topic'] as const;
export const viewModes = ['timeline', 'list'] as const;
export const themeChoices = ['auto', 'light', 'dark'] as const;
export const unmatchedModes = ['hide', 'dim'] as const;

export type LaneMode = (typeof laneModes)[number];
export type ViewMode = (typeof viewModes)[number];
export type ThemeChoice = (typeof themeChoices)[number];
export type UnmatchedMode = (typeof unmatchedModes)[number];

/** A calendar day as YYYY-MM-DD (UTC): what the URL stores, so a link means the same at any width. */
export type IsoDay = string;

/** The facets a reader can filter on; an empty list means "no filter on this facet". */
export interface Filters {
  topics: string[];
  parties: string[];
  people: string[];
  roles: ParticipantRole[];
  outcomes: OutcomeStatus[];
  formats: RoundFormat[];
  places: string[];
  from: IsoDay | null;
  to: IsoDay | null;
  q: string;
}

/** Everything a shareable link restores. */
export interface ViewState {
  round: string | null;
  /** The visible time window; null means "fit every round". */
  window: { start: IsoDay; end: IsoDay } | null;
  lanes: LaneMode;
  view: ViewMode;
  theme: ThemeChoice;
  unmatched: UnmatchedMode;
  filters: Filters;
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

export const defaultViewState: ViewState = {
  round: null,
  window: null,
  lanes: 'table',
  view: 'timeline',
  theme: 'auto',
  unmatched: 'hide',
  filters: emptyFilters,
};
