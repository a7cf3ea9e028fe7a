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
import type { LinkNotice } from './link-notice.ts';

/**
 * The readable URL format: `?round=jeddah-2025-03-11&start=2025-03-01&end=2025-06-30&lanes=topic&view=list
 * &topic=ceasefire,pow-exchange&party=ua,ru&q=memorandum&from=2025-03-01&to=2025-06-30&story=talks&step=3`.
 * Lists are written as list-value.ts says (`place=Istanbul%5C,+Turkey,Turkey` keeps the comma in the name);
 * the window's days may have expanded years (`start=-039998-07-04`). Decoding never throws: a value it
 * cannot use is dropped and reported as a notice, one per parameter however many values it drops.
 */
export interface DecodedViewState {
  state: ViewState;
  notices: LinkNotice[];
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
  const notices: LinkNotice[] = [];
  const pick = <T extends string>(key: string, allowed: readonly T[], fallback: T): T => {
    const value = params.get(key);
    if (value === null || value === '') return fallback;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    notices.push({ kind: 'not-one-of', key, value, allowed });
    return fallback;
  };
  const list = <T extends string>(key: string, valid: (v: string) => boolean): T[] => {
    const raw = params.get(key);
    if (raw === null || raw.trim() === '') return [];
    const { values: read, total } = decodeListValue(raw, LINK_LIST_LIMIT);
    // Empty values carry no filter (old links wrote "a,,b"); each value counts once.
    const values = [...new Set(read.filter(Boolean))];
    const bad = values.filter((v) => !valid(v));
    const over = Math.max(0, total - LINK_LIST_LIMIT);
    if (bad.length > 0 || over > 0)
      notices.push({
        kind: 'bad-values',
        key,
        values: bad.slice(0, QUOTED).map((v) => (v.length > 40 ? `${v.slice(0, 40)}…` : v)),
        more: Math.max(0, bad.length - QUOTED),
        over,
        limit: LINK_LIST_LIMIT,
      });
    return values.filter(valid) as T[];
  };
  const day = (key: string, isDay = isCalendarDay): string | null => {
    const value = params.get(key);
    if (value === null || value === '') return null;
    if (isDay(value)) return value;
    notices.push({ kind: 'bad-date', key, value });
    return null;
  };
  const isId = (v: string) => ID.test(v);
  const inList = (allowed: readonly string[]) => (v: string) => allowed.includes(v);

  const round = params.get('round');
  if (round !== null && round !== '' && !isId(round))
    notices.push({ kind: 'bad-id', key: 'round', value: round });
  const documentId = params.get('document');
  if (documentId !== null && documentId !== '' && !isId(documentId))
    notices.push({ kind: 'bad-id', key: 'document', value: documentId });
  const start = day('start', isAnyDay);
  const end = day('end', isAnyDay);
  let window: ViewState['window'] = null;
  // Compared as instants: expanded years (-039998-07-04, +012000-01-01) do not sort as text.
  if (start && end && dayStart(start) <= dayStart(end)) window = { start, end };
  else if (start || end) notices.push({ kind: 'half-window' });

  const filters: Filters = {
    topics: list('topic', isId),
    parties: list('party', isId),
    people: list('person', isId),
    roles: list('role', inList(participantRoles)),
    outcomes: list('outcome', inList(outcomeStatuses)),
    formats: list('format', inList(roundFormats)),
    statuses: list('status', inList(roundStatuses)),
    places: list('place', (v) => v.length <= 100),
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
function readStory(params: URLSearchParams, notices: LinkNotice[]): ViewState['story'] {
  const id = params.get('story');
  const step = params.get('step');
  if (id === null || id === '') {
    if (step !== null && step !== '') notices.push({ kind: 'step-without-story', step });
    return null;
  }
  if (!ID.test(id) || id.length > 200) {
    notices.push({ kind: 'bad-id', key: 'story', value: id });
    return null;
  }
  if (step === null || step === '') return { id, step: 1 };
  if (STEP.test(step)) return { id, step: Number(step) };
  notices.push({ kind: 'bad-step', step });
  return { id, step: 1 };
}
