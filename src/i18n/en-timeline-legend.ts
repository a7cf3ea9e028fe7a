/**
 * The timeline legend's words in English, bundled with the lazily loaded legend (and the export picture's
 * legend). The values' own words (formats, outcomes, meeting statuses) are the vocabulary's.
 */
export const enTimelineLegend = {
  legendShape: 'Shape: kind of event and its dates',
  legendShapes: 'Shapes',
  legendKind: {
    talks: 'Talks on one day',
    call: 'Leaders’ call',
    exchange: 'Exchange carried out',
    summit: 'Leaders’ summit or meeting',
    publication: 'Plan or document published',
  },
  legendRange: 'Several days: a bar over the range',
  legendApproximate: 'Approximate date: hatched band over the possible days',
  legendDensity: 'More rounds than rows: zoom in to see them',
  legendFill: 'Fill: format',
  legendFormats: 'Formats',
  legendOutline: 'Outline: meetings not held',
  legendMeetings: 'Meeting status',
  legendHeld: (held: string) => `${held}: drawn by its format`,
  legendColour: 'Colour: what came of it (in topic lanes, of that topic)',
  legendOutcomes: 'Outcomes',
  legendNoOutcome: 'No outcome recorded',
};

export type TimelineLegendWords = typeof enTimelineLegend;
