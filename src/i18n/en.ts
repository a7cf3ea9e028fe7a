import { englishDateWords } from '../domain/date-locale.ts';
import { englishVocabulary } from '../domain/vocabulary-labels.ts';
import { plural } from './plural.ts';
import { enNumber } from './en-number.ts';

/**
 * The interface in English, the part the first picture needs (header, toolbar, legend, counts): the source of
 * truth for every other catalogue together with the English parts of the views that load later (en-*.ts, bundled
 * with those views so the first load stays small). Plain strings, or functions for messages with values in
 * them; counts go through `plural`, which knows each language's forms.
 */
export const en = {
  /** Words for dates that Intl does not give (months come from Intl, date-locale.ts). */
  dates: englishDateWords,
  /** Words for the data's vocabularies (outcomes, formats, kinds, roles…), used by every view. */
  vocabulary: englishVocabulary,

  // The header
  skipToRounds: 'Skip to the rounds',
  language: 'Language',
  theme: 'Theme',
  themeSystem: 'System',
  themeLight: 'Light',
  themeDark: 'Dark',
  create: 'Create',
  createOwn: 'Create your own timeline',
  backToTimeline: 'Back to the timeline',
  copyLink: 'Copy link',
  linkCopied: 'Link copied',
  embed: 'Embed',

  // The explore view
  filters: 'Filters',
  filtersActive: (count: number) => `Filters (${count})`,
  // Counts group their thousands (12,345), as the timeline's and the loading view's words do.
  roundsOf: (shown: number, total: number) =>
    `${enNumber(shown)} of ${enNumber(total)} ${total === 1 ? 'round' : 'rounds'}`,
  rounds: plural('en', { one: '# round', other: '# rounds' }),
  detailsOpen: (title: string) => `Details open: ${title}`,
  view: 'View',
  viewTimeline: 'Timeline',
  viewList: 'List',
  nonMatching: 'Non-matching rounds',
  nonMatchingHide: 'Hide',
  nonMatchingDim: 'Dim',
  readMore: 'Read more',
  showLess: 'Show less',
  dataUpTo: (day: string) => `Data up to ${day}`,
  dataSpan: (from: string, updated: string) => `(from ${from}; updated ${updated})`,
  loadingList: 'Loading the list…',

  // Notices about the link
  dismiss: 'Dismiss',
  moreIgnored: plural('en', {
    one: '# more part of the link was ignored.',
    other: '# more parts of the link were ignored.',
  }),

  // The timeline's toolbar
  lanes: 'Lanes',
  lanesTable: 'Who sits at the table',
  lanesPlace: 'Place',
  lanesTopic: 'Topic',
  zoom: 'Zoom',
  zoomIn: 'Zoom in',
  zoomInHint: 'Zoom in (+)',
  zoomOut: 'Zoom out',
  zoomOutHint: 'Zoom out (−)',
  fitAll: 'Fit all',
  fitAllHint: 'Show every round (0)',
  pan: 'Pan',
  earlier: 'Earlier',
  earlierHint: 'Earlier (Shift + ←)',
  later: 'Later',
  laterHint: 'Later (Shift + →)',
  emptyViewport: 'Timeline viewport: no round in view. Use + and − to zoom.',
  legend: 'Legend',
  showingPeriod: (from: string, to: string) => `Showing ${from} to ${to}`,
};
