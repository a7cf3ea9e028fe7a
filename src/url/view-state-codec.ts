import { dayStart, isAnyDay, isCalendarDay } from '../domain/calendar-days.ts';
import type { Filters } from '../domain/round-filters.ts';
import { outcomeStatuses, participantRoles, roundFormats, roundStatuses } from '../domain/vocabularies.ts';
import {
  defaultViewState,
  laneModes,
  themeChoices,
  unmatchedModes,
  viewModes,
  type ThemeChoice,
  type ViewState,
} from '../state/view-state.ts';
import { DEFAULT_LANG, langCodes } from '../i18n/languages.ts';
import { decodeListValue, encodeListValue } from './list-value.ts';

/**
 * The readable URL format: `?round=jeddah-2025-03-11&start=2025-03-01&end=2025-06-30&lanes=topic&view=list
 * &topic=ceasefire,pow-exchange&party=ua,ru&q=memorandum&from=2025-03-01&to=2025-06-30&story=talks&step=3`.
 * Lists are written as list-value.ts says (`place=Istanbul%5C,+Turkey,Turkey` keeps the comma in the name);
 * the window's days may have expanded years (`start=-039998-07-04`). Decoding never throws: a value it
 * cannot use is dropped and reported as a notice, one per parameter however many values it drops.
 */
export interface DecodedViewState {
  state: ViewState;
  notices: string[];
}

const ID = /^[A-Za-z0-9-]+$/;

/**
 * The most values one list parameter is read for. Far above any real filter, it bounds the work a crafted
 * link can cause: values past it are not even split out, and one notice says how many there were.
 */
export const LINK_LIST_LIMIT = 50_000;

/** How many dropped values a notice quotes; the rest are counted. */
const QUOTED = 3;

/**
 * Reads a view state from a query string (with or without the leading "?"). `defaultTheme` is the theme a
 * link without `theme=` means: the reader's system in the app, light in an embed (embed-mode.ts).
 */
export function decodeViewState(
  search: string,
  defaultTheme: ThemeChoice = defaultViewState.theme,
): DecodedViewState {
  const params = new URLSearchParams(search);
  const notices: string[] = [];
  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(key);
    if (value === null || value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    notices.push(`Ignored ${key}="${value}": expected one of ${allowed.join(', ')}.`);
    return fallback;
  };
  const list = <T extends string>(key: string, valid: (v: string) => boolean, label: string): T[] => {
    const raw = params.get(key);
    if (raw === null || raw.trim() === '') return [];
    const { values: read, total } = decodeListValue(raw, LINK_LIST_LIMIT);
    // Empty values carry no filter (old links wrote "a,,b"); each value counts once.
    const values = [...new Set(read.filter(Boolean))];
    const bad = values.filter((v) => !valid(v));
    const problems: string[] = [];
    if (bad.length > 0) problems.push(`${label} ${quoteSome(bad)}`);
    if (total > LINK_LIST_LIMIT)
      problems.push(
        `${(total - LINK_LIST_LIMIT).toLocaleString('en')} values past the first ${LINK_LIST_LIMIT.toLocaleString('en')}`,
      );
    if (problems.length > 0) notices.push(`Ignored ${problems.join(' and ')} in ${key}=.`);
    return values.filter(valid) as T[];
  };
  const day = (key: string, isDay = isCalendarDay): string | null => {
    const value = params.get(key);
    if (value === null || value === '') return null;
    if (isDay(value)) return value;
    notices.push(`Ignored ${key}="${value}": expected a date like 2025-03-11.`);
    return null;
  };
  const isId = (v: string) => ID.test(v);
  const inList = (allowed: readonly string[]) => (v: string) => allowed.includes(v);

  const round = params.get('round');
  if (round !== null && round !== '' && !isId(round))
    notices.push(`Ignored round="${round}": not a round id.`);
  const documentId = params.get('document');
  if (documentId !== null && documentId !== '' && !isId(documentId))
    notices.push(`Ignored document="${documentId}": not a document id.`);
  const start = day('start', isAnyDay);
  const end = day('end', isAnyDay);
  let window: ViewState['window'] = null;
  // Compared as instants: expanded years (-039998-07-04, +012000-01-01) do not sort as text.
  if (start && end && dayStart(start) <= dayStart(end)) window = { start, end };
  else if (start || end) notices.push('Ignored the time window: it needs both start= and end=, start first.');

  const filters: Filters = {
    topics: list('topic', isId, 'topic'),
    parties: list('party', isId, 'party'),
    people: list('person', isId, 'person'),
    roles: list('role', inList(participantRoles), 'role'),
    outcomes: list('outcome', inList(outcomeStatuses), 'outcome'),
    formats: list('format', inList(roundFormats), 'format'),
    statuses: list('status', inList(roundStatuses), 'meeting status'),
    places: list('place', (v) => v.length <= 100, 'place'),
    from: day('from'),
    to: day('to'),
    q: (params.get('q') ?? '').slice(0, 200),
  };

  const story = readStory(params, notices);
  return {
    state: {
      round: round !== null && isId(round) ? round : null,
      document: documentId !== null && isId(documentId) ? documentId : null,
      window,
      lanes: pick('lanes', laneModes, defaultViewState.lanes),
      view: pick('view', viewModes, defaultViewState.view),
      theme: pick('theme', themeChoices, defaultTheme),
      unmatched: pick('unmatched', unmatchedModes, defaultViewState.unmatched),
      filters,
      story,
      lang: pick('lang', langCodes, DEFAULT_LANG),
    },
    notices,
  };
}

/** Writes the view state as a query string, leaving out defaults, in a fixed key order. */
export function encodeViewState(
  state: ViewState,
  keep: URLSearchParams = new URLSearchParams(),
  defaultTheme: ThemeChoice = defaultViewState.theme,
): string {
  const params = new URLSearchParams(keep);
  for (const key of OWN_KEYS) params.delete(key);
  const set = (key: string, value: string | null, fallback: string | null = null) => {
    if (value !== null && value !== '' && value !== fallback) params.set(key, value);
  };
  const { filters } = state;
  set('round', state.round);
  set('document', state.document);
  set('start', state.window?.start ?? null);
  set('end', state.window?.end ?? null);
  set('lanes', state.lanes, defaultViewState.lanes);
  set('view', state.view, defaultViewState.view);
  set('theme', state.theme, defaultTheme);
  set('unmatched', state.unmatched, defaultViewState.unmatched);
  set('topic', encodeListValue(filters.topics));
  set('party', encodeListValue(filters.parties));
  set('person', encodeListValue(filters.people));
  set('role', encodeListValue(filters.roles));
  set('outcome', encodeListValue(filters.outcomes));
  set('format', encodeListValue(filters.formats));
  set('status', encodeListValue(filters.statuses));
  set('place', encodeListValue(filters.places));
  set('from', filters.from);
  set('to', filters.to);
  set('q', filters.q.trim());
  set('story', state.story?.id ?? null);
  set('step', state.story ? String(state.story.step) : null);
  set('lang', state.lang, DEFAULT_LANG);
  // Commas are readable and safe in a query string; URLSearchParams escapes them anyway.
  return params.toString().replaceAll('%2C', ',');
}

/** A few of the values quoted, and how many more there were: `"a", "b", "c" and 19,997 more`. */
function quoteSome(values: readonly string[]): string {
  const quoted = values
    .slice(0, QUOTED)
    .map((v) => `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`)
    .join(', ');
  const more = values.length - QUOTED;
  return more > 0 ? `${quoted} and ${more.toLocaleString('en')} more` : quoted;
}

/** The keys this codec owns; any other parameter (data=, embed=…) is kept as it is. */
export const OWN_KEYS = [
  'round',
  'document',
  'start',
  'end',
  'lanes',
  'view',
  'theme',
  'unmatched',
  'topic',
  'party',
  'person',
  'role',
  'outcome',
  'format',
  'status',
  'place',
  'from',
  'to',
  'q',
  'story',
  'step',
  'lang',
] as const;

const STEP = /^[1-9]\d{0,3}$/;

/** `story=id&step=n` (steps count from 1); a story without a step starts at its first. */
function readStory(params: URLSearchParams, notices: string[]): ViewState['story'] {
  const id = params.get('story');
  const step = params.get('step');
  if (id === null || id === '') {
    if (step !== null && step !== '') notices.push(`Ignored step="${step}": it needs a story=.`);
    return null;
  }
  if (!ID.test(id) || id.length > 200) {
    notices.push(`Ignored story="${id}": not a story id.`);
    return null;
  }
  if (step === null || step === '') return { id, step: 1 };
  if (STEP.test(step)) return { id, step: Number(step) };
  notices.push(`Ignored step="${step}": expected a step number like 3; starting at step 1.`);
  return { id, step: 1 };
}
