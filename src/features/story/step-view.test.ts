import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyFilters } from '../../domain/round-filters.ts';
import {
  outcomeStatuses,
  participantRoles,
  roundFormats,
  type Story,
  type StoryView,
} from '../../domain/schema.ts';
import { storyLaneModes } from '../../domain/schema.ts';
import { bundledData } from '../../test/bundled-dataset.ts';
import { enLinkNotices } from '../../i18n/en-link-notices.ts';
import { linkNoticeText } from '../../url/link-notice.ts';
import { defaultViewState, type ViewState } from '../../state/view-state.ts';
import { decodeViewState, encodeViewState } from '../../url/view-state-codec.ts';
import { resolvePosition, stepViewState } from './step-view.ts';

const story: Story = {
  id: 'talks',
  title: 'The talks',
  intro: [{ text: 'Intro.', sources: ['S01'] }],
  steps: [
    {
      heading: 'One',
      narrative: [{ text: 'First.', sources: ['S01'] }],
      view: {
        round: 'jeddah-2025-03-11',
        window: { start: '2025-03-01', end: '2025-03-31' },
        lanes: 'topic',
        filters: { topics: ['pow-exchange'], from: '2025-03-01' },
      },
    },
    { heading: 'Two', narrative: [{ text: 'Second.', sources: ['S02'] }] },
  ],
};

const reader: ViewState = {
  ...defaultViewState,
  round: 'riyadh-2025-02-18',
  window: { start: '2025-01-01', end: '2025-12-31' },
  lanes: 'place',
  view: 'list',
  theme: 'dark',
  unmatched: 'dim',
  filters: { ...emptyFilters, parties: ['ua'], q: 'memorandum' },
  lang: 'uk',
};

describe('stepViewState', () => {
  it('shows what the step names and keeps the reader’s theme, view, unmatched choice and language', () => {
    expect(stepViewState(story, 1, reader)).toEqual({
      round: 'jeddah-2025-03-11',
      document: null,
      window: { start: '2025-03-01', end: '2025-03-31' },
      lanes: 'topic',
      view: 'list',
      theme: 'dark',
      unmatched: 'dim',
      filters: { ...emptyFilters, topics: ['pow-exchange'], from: '2025-03-01' },
      story: { id: 'talks', step: 1 },
      lang: 'uk',
    });
  });

  it('returns to the defaults for what a step leaves out, whatever came before', () => {
    const second = stepViewState(story, 2, stepViewState(story, 1, reader));
    expect(second).toEqual({
      ...reader,
      round: null,
      window: null,
      lanes: 'table',
      filters: emptyFilters,
      story: { id: 'talks', step: 2 },
    });
  });
});

describe('resolvePosition', () => {
  const { dataset } = bundledData();
  const withStory = { ...dataset, stories: [story] };

  it('finds the step, counting from 1', () => {
    const found = resolvePosition(withStory, { id: 'talks', step: 2 });
    expect(found.ok && found.step.heading).toBe('Two');
    expect(found.ok && found.notice).toBeNull();
  });

  it('takes a step past the end to the last step, and says so', () => {
    const found = resolvePosition(withStory, { id: 'talks', step: 7 });
    expect(found.ok && found.number).toBe(2);
    expect(found.ok && found.notice && linkNoticeText(found.notice, enLinkNotices)).toBe(
      'Step 7 does not exist: "The talks" has 2 steps.',
    );
  });

  it('refuses a story the dataset does not have, naming those it has', () => {
    const found = resolvePosition(withStory, { id: 'other', step: 1 });
    expect(found.ok).toBe(false);
    expect(linkNoticeText(found.notice!, enLinkNotices)).toBe(
      'Ignored story="other": there is no such story (known: talks).',
    );
  });
});

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const day = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const storyView: fc.Arbitrary<StoryView> = fc
  .record(
    {
      round: slug,
      window: fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a })),
      lanes: fc.constantFrom(...storyLaneModes),
      filters: fc.record(
        {
          topics: fc.uniqueArray(slug, { maxLength: 3 }),
          parties: fc.uniqueArray(slug, { maxLength: 3 }),
          people: fc.uniqueArray(slug, { maxLength: 3 }),
          roles: fc.subarray([...participantRoles]),
          outcomes: fc.subarray([...outcomeStatuses]),
          formats: fc.subarray([...roundFormats]),
          places: fc.uniqueArray(fc.stringMatching(/^[A-Za-zÇİ][A-Za-zÇçİı ]{0,10}[a-z]$/), { maxLength: 2 }),
          from: day,
          to: day,
          q: fc.stringMatching(/^\S(.{0,20}\S)?$/),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: [] },
  )
  .map((view) => view);
const storyArb: fc.Arbitrary<Story> = fc.record({
  id: slug,
  title: fc.constant('A story'),
  intro: fc.constant([{ text: 'Intro.', sources: ['S01'] }]),
  steps: fc.array(
    fc.record({
      heading: fc.constant('A step'),
      narrative: fc.constant([{ text: 'Text.', sources: ['S01'] }]),
      view: optional(storyView),
    }),
    { minLength: 1, maxLength: 6 },
  ),
});

/** A URL round trip as the app makes it: encode the state, decode the query string. */
function throughUrl(state: ViewState) {
  return decodeViewState(encodeViewState(state));
}

describe('every step’s view through the URL', () => {
  it('round-trips for any story, whatever view the reader had', () => {
    const readerView = fc.record({
      view: fc.constantFrom('timeline', 'list') as fc.Arbitrary<ViewState['view']>,
      theme: fc.constantFrom('auto', 'light', 'dark') as fc.Arbitrary<ViewState['theme']>,
      unmatched: fc.constantFrom('hide', 'dim') as fc.Arbitrary<ViewState['unmatched']>,
    });
    fc.assert(
      fc.property(storyArb, readerView, (s, choices) => {
        s.steps.forEach((_, i) => {
          const state = stepViewState(s, i + 1, { ...defaultViewState, ...choices });
          const decoded = throughUrl(state);
          expect(decoded.notices).toEqual([]);
          expect(decoded.state).toEqual(state);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips for every step of the bundled dataset’s stories', () => {
    const { dataset } = bundledData();
    const stories = dataset.stories ?? [];
    expect(stories.length).toBeGreaterThan(0);
    for (const s of stories) {
      s.steps.forEach((_, i) => {
        const state = stepViewState(s, i + 1, defaultViewState);
        expect(throughUrl(state)).toEqual({ state, notices: [] });
      });
    }
  });
});
