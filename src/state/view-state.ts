import { emptyFilters, type Filters, type IsoDay } from '../domain/round-filters.ts';
import { DEFAULT_LANG, type Lang } from '../i18n/languages.ts';

export const laneModes = ['table', 'place', 'topic'] as const;
export const viewModes = ['timeline', 'list'] as const;
export const themeChoices = ['auto', 'light', 'dark'] as const;
export const unmatchedModes = ['hide', 'dim'] as const;

export type LaneMode = (typeof laneModes)[number];
export type ViewMode = (typeof viewModes)[number];
export type ThemeChoice = (typeof themeChoices)[number];
export type UnmatchedMode = (typeof unmatchedModes)[number];

/** Where a reader is in a story: the story's id and the step, counted from 1 as the reader sees it. */
export interface StoryPosition {
  id: string;
  step: number;
}

/** Everything a shareable link restores. */
export interface ViewState {
  round: string | null;
  /** The document whose version history is open, over the timeline. */
  document: string | null;
  /** The visible time window; null means "fit every round". */
  window: { start: IsoDay; end: IsoDay } | null;
  lanes: LaneMode;
  view: ViewMode;
  theme: ThemeChoice;
  unmatched: UnmatchedMode;
  filters: Filters;
  /** The story being read, if any; its step's view is the rest of this state until the reader changes it. */
  story: StoryPosition | null;
  /** The language of the interface and, where the dataset translates it, of the data. */
  lang: Lang;
}

export const defaultViewState: ViewState = {
  round: null,
  document: null,
  window: null,
  lanes: 'table',
  view: 'timeline',
  theme: 'auto',
  unmatched: 'hide',
  filters: emptyFilters,
  story: null,
  lang: DEFAULT_LANG,
};
