// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { outcomeStatuses, roundFormats, roundKinds } from '../../domain/schema.ts';
import { englishVocabulary } from '../../domain/vocabulary-labels.ts';
import { enTimelineLegend as words } from '../../i18n/en-timeline-legend.ts';
import { encodedKinds, formatEncoding, kindShape, meetingEncoding, outcomeEncoding } from './encoding.ts';
import { TimelineLegend } from './timeline-legend.tsx';

afterEach(cleanup);

/** The visible words of each entry of a legend list, glyphs included. */
function entries(listName: string): string[] {
  const list = screen.getByRole('list', { name: listName });
  return within(list)
    .getAllByRole('listitem')
    .map((li) => li.textContent?.trim() ?? '');
}

describe('TimelineLegend', () => {
  it('lists every shape of the encoding spec: kinds, extents and the density strip', () => {
    render(<TimelineLegend />);
    expect(entries('Shapes')).toEqual([
      ...encodedKinds.map((kind) => words.legendKind[kind]),
      words.legendRange,
      words.legendApproximate,
      words.legendDensity,
    ]);
    expect(entries('Shapes')[0]).toBe('Talks on one day');
  });

  it('lists every format fill of the encoding spec', () => {
    render(<TimelineLegend />);
    expect(entries('Formats')).toEqual(
      (Object.keys(formatEncoding) as (keyof typeof formatEncoding)[]).map(
        (f) => englishVocabulary.format[f],
      ),
    );
  });

  it('lists every outcome colour with its glyph, and the colour for no outcome', () => {
    render(<TimelineLegend />);
    expect(entries('Outcomes')).toEqual([
      ...outcomeStatuses.map((s) => `${outcomeEncoding[s].glyph} ${englishVocabulary.outcomeStatus[s]}`),
      'No outcome recorded',
    ]);
  });

  it('lists whether a meeting was held, each way it can not have been', () => {
    render(<TimelineLegend />);
    expect(entries('Meeting status')).toEqual([
      'Held: drawn by its format',
      'Planned, not held',
      'Postponed, not held',
      'Cancelled, not held',
    ]);
    expect(entries('Meeting status').filter((e) => e.endsWith('not held'))).toHaveLength(
      Object.values(meetingEncoding).filter((m) => m.notHeld).length,
    );
  });

  it('draws a swatch beside every entry', () => {
    const { container } = render(<TimelineLegend />);
    for (const item of container.querySelectorAll('li')) {
      expect(item.querySelector('svg, span[aria-hidden="true"]')).not.toBeNull();
    }
  });
});

describe('encoding spec', () => {
  it('encodes every kind, format and outcome the schema allows', () => {
    for (const kind of roundKinds) expect(encodedKinds).toContain(kind);
    expect(Object.keys(formatEncoding).sort()).toEqual([...roundFormats].sort());
    expect(Object.keys(outcomeEncoding)).toEqual([...outcomeStatuses]);
  });

  it('gives every kind its own shape, and an unknown kind the talks circle', () => {
    const shapes = encodedKinds.map(kindShape);
    expect(new Set(shapes).size).toBe(encodedKinds.length);
    expect(kindShape('a-kind-from-newer-data')).toBe('circle');
  });

  it('gives every outcome its own colour and glyph', () => {
    const values = Object.values(outcomeEncoding);
    expect(new Set(values.map((o) => o.colour)).size).toBe(values.length);
    expect(new Set(values.map((o) => o.glyph)).size).toBe(values.length);
  });
});
