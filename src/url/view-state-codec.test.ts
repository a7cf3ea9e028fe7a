import { langCodes } from '../i18n/languages.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayStart, isoDay } from '../domain/calendar-days.ts';
import { outcomeStatuses, participantRoles, roundFormats, roundStatuses } from '../domain/schema.ts';
import {
  defaultViewState,
  laneModes,
  themeChoices,
  unmatchedModes,
  viewModes,
  type ViewState,
} from '../state/view-state.ts';
import { enLinkNotices } from '../i18n/en-link-notices.ts';
import { linkNoticeText, type LinkNotice } from './link-notice.ts';
import { decodeViewState, encodeViewState, LINK_LIST_LIMIT } from './view-state-codec.ts';

/** The notices as the English edition words them. */
const english = (notices: LinkNotice[]) => notices.map((n) => linkNoticeText(n, enLinkNotices));

describe('decodeViewState', () => {
  it('reads an empty query as the default view', () => {
    expect(decodeViewState('')).toEqual({ state: defaultViewState, notices: [] });
  });

  it('reads readable keys into the view state', () => {
    const { state, notices } = decodeViewState(
      '?round=jeddah-2025-03-11&start=2025-03-01&end=2025-06-30&lanes=topic&view=list&topic=ceasefire,pow-exchange&party=ua,ru&q=memorandum&from=2025-03-01&to=2025-06-30',
    );
    expect(notices).toEqual([]);
    expect(state.round).toBe('jeddah-2025-03-11');
    expect(state.window).toEqual({ start: '2025-03-01', end: '2025-06-30' });
    expect(state.lanes).toBe('topic');
    expect(state.view).toBe('list');
    expect(state.filters.topics).toEqual(['ceasefire', 'pow-exchange']);
    expect(state.filters.parties).toEqual(['ua', 'ru']);
    expect(state.filters.q).toBe('memorandum');
    expect(state.filters.from).toBe('2025-03-01');
    expect(state.filters.to).toBe('2025-06-30');
  });

  it('drops unusable values and says which', () => {
    const { state, notices } = decodeViewState(
      'lanes=colour&view=grid&start=2025-02-30&end=2025-03-01&outcome=agreed,maybe&round=<script>',
    );
    expect(state.lanes).toBe('table');
    expect(state.view).toBe('timeline');
    expect(state.window).toBeNull();
    expect(state.filters.outcomes).toEqual(['agreed']);
    expect(state.round).toBeNull();
    expect(notices).toHaveLength(6);
    expect(english(notices)).toEqual(
      expect.arrayContaining([
        'Ignored start="2025-02-30": expected a date like 2025-03-11.',
        'Ignored the time window: it needs both start= and end=, start first.',
        'Ignored outcome "maybe" in outcome=.',
        'Ignored round="<script>": not a round id.',
        'Ignored lanes="colour": expected one of table, place, topic.',
        'Ignored view="grid": expected one of timeline, list.',
      ]),
    );
  });

  it('ignores a window whose end comes before its start', () => {
    expect(decodeViewState('start=2025-06-01&end=2025-03-01').state.window).toBeNull();
  });
});

describe('lists and windows that plain text would break', () => {
  const withPlaces = (places: string[]): ViewState => ({
    ...defaultViewState,
    filters: { ...defaultViewState.filters, places },
  });

  it('keeps a comma inside a place name, and reads a link written before as it always read', () => {
    const query = encodeViewState(withPlaces(['Istanbul, Turkey']));
    expect(query).toBe('place=Istanbul%5C,+Turkey');
    expect(decodeViewState(query).state.filters.places).toEqual(['Istanbul, Turkey']);
    expect(decodeViewState('place=Istanbul,+Turkey').state.filters.places).toEqual(['Istanbul', 'Turkey']);
  });

  it('writes and reads back a window in years before 0 and after 9999', () => {
    const window = { start: '-039998-07-04', end: '+012000-01-01' };
    const query = encodeViewState({ ...defaultViewState, window });
    expect(query).toBe('start=-039998-07-04&end=%2B012000-01-01');
    expect(decodeViewState(query)).toEqual({ state: { ...defaultViewState, window }, notices: [] });
    // A "+" typed by hand reads as a space in a query string; such a link is refused with a notice.
    expect(decodeViewState('start=-039998-07-04&end=+012000-01-01').notices).toHaveLength(2);
  });

  it('says in one notice per parameter what it dropped, however many values', () => {
    const bad = Array.from({ length: 2000 }, (_, i) => `not an id ${i}`);
    const { state, notices } = decodeViewState(`person=${encodeURIComponent(['putin', ...bad].join(','))}`);
    expect(state.filters.people).toEqual(['putin']);
    expect(english(notices)).toEqual([
      'Ignored person "not an id 0", "not an id 1", "not an id 2" and 1,997 more in person=.',
    ]);
  });

  it('reads at most LINK_LIST_LIMIT values of one list, and counts the rest', () => {
    const ids = Array.from({ length: LINK_LIST_LIMIT + 5 }, (_, i) => `p${i}`);
    const { state, notices } = decodeViewState(`person=${ids.join(',')}`);
    expect(state.filters.people).toEqual(ids.slice(0, LINK_LIST_LIMIT));
    expect(english(notices)).toEqual([
      `Ignored 5 values past the first ${LINK_LIST_LIMIT.toLocaleString('en')} in person=.`,
    ]);
  });
});

describe('story and step', () => {
  it('reads story= and step= as a position counted from 1', () => {
    expect(decodeViewState('story=talks&step=3')).toEqual({
      state: { ...defaultViewState, story: { id: 'talks', step: 3 } },
      notices: [],
    });
  });

  it('starts a story without a step at its first step', () => {
    expect(decodeViewState('story=talks').state.story).toEqual({ id: 'talks', step: 1 });
  });

  it('drops a step without a story, and a step that is not a number, and says so', () => {
    const alone = decodeViewState('step=2');
    expect(alone.state.story).toBeNull();
    expect(english(alone.notices)).toEqual(['Ignored step="2": it needs a story=.']);
    for (const step of ['0', '-1', 'two', '1.5', '03']) {
      const decoded = decodeViewState(`story=talks&step=${step}`);
      expect(decoded.state.story).toEqual({ id: 'talks', step: 1 });
      expect(decoded.notices).toHaveLength(1);
    }
  });

  it('writes the position after the view, with the step always given', () => {
    const state = { ...defaultViewState, round: 'r', story: { id: 'talks', step: 1 } };
    expect(encodeViewState(state)).toBe('round=r&story=talks&step=1');
  });
});

describe('encodeViewState', () => {
  it('leaves out defaults', () => {
    expect(encodeViewState(defaultViewState)).toBe('');
  });

  it('keeps parameters it does not own, such as data=', () => {
    const keep = new URLSearchParams('data=https://example.org/d.json&round=old');
    const query = encodeViewState({ ...defaultViewState, round: 'new-round' }, keep);
    expect(query).toBe('data=https%3A%2F%2Fexample.org%2Fd.json&round=new-round');
  });

  it('takes the theme a link without theme= means from the caller, as an embed does', () => {
    expect(decodeViewState('').state.theme).toBe('auto');
    expect(decodeViewState('', 'light').state.theme).toBe('light');
    expect(decodeViewState('theme=auto', 'light').state.theme).toBe('auto');
    const auto = { ...defaultViewState, theme: 'auto' as const };
    expect(encodeViewState(auto, undefined, 'light')).toBe('theme=auto');
    expect(encodeViewState({ ...auto, theme: 'light' }, undefined, 'light')).toBe('');
  });

  it('reads lang=uk, and falls back to English with a notice for a language it does not have', () => {
    expect(decodeViewState('lang=uk').state.lang).toBe('uk');
    const unknown = decodeViewState('lang=zz&view=list');
    expect(unknown.state.lang).toBe('en');
    expect(unknown.state.view).toBe('list');
    expect(english(unknown.notices)).toEqual([`Ignored lang="zz": expected one of ${langCodes.join(', ')}.`]);
    expect(encodeViewState({ ...defaultViewState, lang: 'uk' })).toBe('lang=uk');
    expect(encodeViewState(defaultViewState)).toBe('');
  });

  it('writes lists with plain commas', () => {
    const state = { ...defaultViewState, filters: { ...defaultViewState.filters, topics: ['a', 'b'] } };
    expect(encodeViewState(state)).toBe('topic=a,b');
  });
});

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,2}$/);
const dayBetween = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => isoDay(d.getTime()));
const day = dayBetween('1990-01-01', '2040-12-31');
// The window may reach any year a Date holds, written with expanded years outside 0–9999.
const windowDay = fc.oneof(day, dayBetween('-271821-04-21', '+275759-09-12'));
const subset = <T extends string>(values: readonly T[]) => fc.subarray([...values]);
const viewState: fc.Arbitrary<ViewState> = fc.record({
  round: fc.option(slug, { nil: null }),
  document: fc.option(slug, { nil: null }),
  window: fc.option(
    fc
      .tuple(windowDay, windowDay)
      .map(([a, b]) => (dayStart(a) <= dayStart(b) ? { start: a, end: b } : { start: b, end: a })),
    { nil: null },
  ),
  lanes: fc.constantFrom(...laneModes),
  view: fc.constantFrom(...viewModes),
  theme: fc.constantFrom(...themeChoices),
  unmatched: fc.constantFrom(...unmatchedModes),
  filters: fc.record({
    topics: fc.uniqueArray(slug, { maxLength: 4 }),
    parties: fc.uniqueArray(slug, { maxLength: 4 }),
    people: fc.uniqueArray(slug, { maxLength: 4 }),
    roles: subset(participantRoles),
    outcomes: subset(outcomeStatuses),
    formats: subset(roundFormats),
    statuses: subset(roundStatuses),
    // Any text a place name could be, commas, backslashes, spaces at the ends and non-Latin letters included.
    places: fc.uniqueArray(
      fc.oneof(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }),
        fc.constantFrom('Istanbul, Turkey', 'Washington, D.C.', ' Київ ', '100% \\ ,'),
      ),
      { maxLength: 3 },
    ),
    from: fc.option(day, { nil: null }),
    to: fc.option(day, { nil: null }),
    q: fc.string({ maxLength: 30 }).map((s) => s.trim()),
  }),
  story: fc.option(fc.record({ id: slug, step: fc.integer({ min: 1, max: 9999 }) }), { nil: null }),
  lang: fc.constantFrom(...langCodes),
});

describe('the URL codec', () => {
  it('round-trips every view state', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const decoded = decodeViewState(encodeViewState(state));
        expect(decoded.notices).toEqual([]);
        expect(decoded.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary query strings', () => {
    fc.assert(
      fc.property(fc.string(), (query) => {
        decodeViewState(query);
      }),
    );
  });
});
