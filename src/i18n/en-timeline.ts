import { plural } from './plural.ts';
import { enNumber } from './en-number.ts';

/**
 * The timeline's words in English (first load): the region, its lanes, the marks' names, the density view's
 * groups, the zoom hint and the keys line. The legend's words load with the legend (en-timeline-legend.ts).
 */
export const enTimeline = {
  timeline: 'Timeline',
  keysLine:
    'Keys: ← → previous or next round · Shift + ← → pan · + − zoom · 0 fit all · Enter open · Esc close',

  // Lanes: the words, not the data (party, place or topic names come from the dataset).
  lane: (label: string) => `Lane: ${label}`,
  laneNoParties: 'No parties recorded',
  laneNoPlace: 'No fixed place',
  laneFolded: plural('en', {
    one: '# more round, zoom in to see them',
    other: '# more rounds, zoom in to see them',
  }),
  /** A mark's short label when the round has no short title or city. */
  shortCall: 'Call',
  shortExchange: 'Exchange',

  // A mark's accessible name, after its title, date and place and its kind and format.
  markOutcome: (outcome: string) => `outcome: ${outcome}`,
  markNoOutcome: 'no outcome recorded',
  markDimmed: 'does not match the filters',

  /** A group of the density view's ticks: "14 more rounds in March 2025 — zoom in". */
  densityGroup: (count: number, period: string) =>
    `${enNumber(count)} more ${count === 1 ? 'round' : 'rounds'} in ${period} — zoom in`,

  /** While the marks of a large dataset are being made (a second or so at 100,000 rounds). */
  placingRounds: plural('en', {
    one: 'Placing # round on the timeline…',
    other: 'Placing # rounds on the timeline…',
  }),

  zoomHintMac: 'Use ⌘ + scroll to zoom',
  zoomHintOther: 'Use Ctrl + scroll to zoom',
};

export type TimelineWords = typeof enTimeline;
