import { describe, expect, it } from 'vitest';
import { validSmall, withValueAt } from './fixtures/fixture-files.ts';
import { validateDataset } from './validate-dataset.ts';
import { formatIssue } from './validation-issue.ts';

/** The valid fixture with one story of two steps: the first fully specified, the second with no view. */
function withStory(): unknown {
  const data = validSmall() as Record<string, unknown>;
  data.stories = [
    {
      id: 'the-talks',
      title: 'The talks',
      intro: [{ text: 'Two rounds and an exchange.', sources: ['S01'] }],
      steps: [
        {
          heading: 'First talks',
          narrative: [{ text: 'They met by the lake.', sources: ['S01', 'S02'] }],
          view: {
            round: 'first-talks',
            window: { start: '2025-03-01', end: '2025-03-31' },
            lanes: 'topic',
            filters: { topics: ['prisoners'], parties: ['north'], places: ['Lakeside'], from: '2025-03-01' },
          },
        },
        { heading: 'Later', narrative: [{ text: 'Then they talked again.', sources: ['S03'] }] },
      ],
    },
  ];
  return data;
}

/** Every problem the app's validator reports, formatted as a person reads it. */
function problems(data: unknown): string[] {
  const result = validateDataset(data);
  return result.ok ? [] : result.issues.map(formatIssue);
}

const step0 = ['stories', 0, 'steps', 0] as const;

describe('stories in a dataset', () => {
  it('accepts a valid story, and a dataset without stories', () => {
    expect(problems(withStory())).toEqual([]);
    expect(problems(validSmall())).toEqual([]);
  });

  it('rejects a step that cites an unknown source, and an intro that does', () => {
    expect(problems(withValueAt(withStory(), [...step0, 'narrative', 0, 'sources', 1], 'S9')).at(0)).toBe(
      'stories[0].steps[0].narrative[0].sources[1]: unknown source "S9" (known: S01, S02, S03, S04)',
    );
    expect(problems(withValueAt(withStory(), ['stories', 0, 'intro', 0, 'sources'], ['S5']))).toEqual([
      'stories[0].intro[0].sources[0]: unknown source "S5" (known: S01, S02, S03, S04)',
    ]);
  });

  it('rejects a paragraph without sources, and a step without text', () => {
    expect(problems(withValueAt(withStory(), [...step0, 'narrative', 0, 'sources'], []))).toEqual([
      'stories[0].steps[0].narrative[0].sources: must cite at least one source',
    ]);
    expect(problems(withValueAt(withStory(), [...step0, 'narrative'], []))).toEqual([
      'stories[0].steps[0].narrative: must have at least one paragraph',
    ]);
  });

  it('rejects a step that selects an unknown round', () => {
    expect(problems(withValueAt(withStory(), [...step0, 'view', 'round'], 'last-talks'))).toEqual([
      'stories[0].steps[0].view.round: unknown round "last-talks" (known: first-talks, technical-talks, first-exchange)',
    ]);
  });

  it('rejects a bad period: not a date, not a real day, or ending before it starts', () => {
    const window = [...step0, 'view', 'window'];
    expect(problems(withValueAt(withStory(), [...window, 'start'], 'March 2025'))).toEqual([
      'stories[0].steps[0].view.window.start: must be a date like 2025-03-11 (got "March 2025")',
    ]);
    expect(problems(withValueAt(withStory(), [...window, 'end'], '2025-02-30'))).toEqual([
      'stories[0].steps[0].view.window.end: not a calendar day (got "2025-02-30")',
    ]);
    expect(problems(withValueAt(withStory(), window, { start: '2025-03-31', end: '2025-03-01' }))).toEqual([
      'stories[0].steps[0].view.window.end: the period ends (2025-03-01) before it starts (2025-03-31)',
    ]);
  });

  it('rejects a step whose own period or filters hide the round it selects', () => {
    expect(
      problems(
        withValueAt(withStory(), [...step0, 'view', 'window'], { start: '2025-04-01', end: '2025-04-30' }),
      ),
    ).toEqual([
      'stories[0].steps[0].view.round: round "first-talks" (11 March 2025) is outside the step\'s period 2025-04-01 to 2025-04-30',
    ]);
    expect(
      problems(withValueAt(withStory(), [...step0, 'view', 'filters', 'topics'], ['ceasefire'])),
    ).toEqual(['stories[0].steps[0].view.round: round "first-talks" is hidden by the step\'s own filters']);
  });

  it('rejects filter values the dataset does not know, and a view field it does not define', () => {
    const filters = [...step0, 'view', 'filters'];
    expect(problems(withValueAt(withStory(), [...filters, 'parties'], ['west']))).toEqual([
      'stories[0].steps[0].view.filters.parties[0]: unknown party "west" (known: north, south, lake)',
    ]);
    expect(problems(withValueAt(withStory(), [...filters, 'places'], ['Seaside']))).toEqual([
      'stories[0].steps[0].view.filters.places[0]: unknown place "Seaside" (known: Lakeside)',
    ]);
    expect(problems(withValueAt(withStory(), [...filters, 'to'], '2025-02-01'))).toEqual([
      'stories[0].steps[0].view.filters.to: the date range ends (2025-02-01) before it starts (2025-03-01)',
    ]);
    expect(problems(withValueAt(withStory(), [...step0, 'view', 'period'], '2025')).at(0)).toMatch(
      /^stories\[0\]\.steps\[0\]\.view: unknown field "period"$/,
    );
    expect(problems(withValueAt(withStory(), [...step0, 'view', 'lanes'], 'colour')).at(0)).toMatch(
      /^stories\[0\]\.steps\[0\]\.view\.lanes: must be one of table, place, topic/,
    );
  });

  it('rejects two stories with one id, and a story without steps', () => {
    const data = withStory() as { stories: unknown[] };
    data.stories.push(structuredClone(data.stories[0]));
    expect(problems(data)).toEqual(['stories[1].id: duplicate id "the-talks" (also used by stories[0])']);
    expect(problems(withValueAt(withStory(), ['stories', 0, 'steps'], []))).toEqual([
      'stories[0].steps: must have at least one step',
    ]);
  });
});
