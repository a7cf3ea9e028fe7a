import { emptyFilters, type Filters } from './round-filters.ts';
import { outcomesByTopic, overallStatus } from './round-summary.ts';
import type { RoundSearchTexts } from './round-search-texts.ts';
import type { OutcomeStatus, ParticipantRole, Round, RoundFormat, RoundStatus } from './schema.ts';
import { matchesAllTerms, searchTerms } from './search-text.ts';

/*
 * What a filter means. Values within a facet combine with OR, facets with AND, with two pairs of facets
 * read together because they describe the same thing:
 * - party and role within one participant: "US" and "Mediator" keep the rounds where the US mediates,
 *   not those where the US is a party and someone else mediates;
 * - topic and outcome status: "Ceasefire" and "Agreed" keep the rounds whose outcome on the ceasefire
 *   (its outcomes on that topic combined, as the topic lane shows it) was "agreed", not those that agreed
 *   on prisoners and only discussed a ceasefire.
 * An outcome status alone matches the round's summary status (overallStatus: the badge in the list and the
 * colour of its mark), so whatever the list or a mark says can be filtered for; a party or role alone
 * means "any participant". People are delegates and speakers; a place
 * is the city as the data writes it; a round without a format or a city matches no format or place
 * filter. The date range keeps rounds whose interval overlaps [from 00:00, to 23:59:59.999] UTC. Values
 * the dataset lacks match nothing; validate-filters.ts reports them.
 */

/** One round reduced to what filters look at, computed once per dataset. */
export interface IndexedRound {
  id: string;
  /** Per participant, in the same order: its party and its role. */
  participantParties: readonly string[];
  participantRoles: readonly ParticipantRole[];
  /** Per topic the round has outcomes on, in the same order: the topic and its combined status. */
  outcomeTopics: readonly string[];
  outcomeStatuses: readonly OutcomeStatus[];
  /** The round's summary status (overallStatus); undefined when it records no outcome. */
  summaryStatus: OutcomeStatus | undefined;
  /** Delegates and speakers, each once. */
  people: readonly string[];
  format: RoundFormat | undefined;
  status: RoundStatus;
  city: string | undefined;
  /** The round's interval in UTC milliseconds, both ends included. */
  start: number;
  end: number;
}

/** The facets that have values to count; dates and the search box narrow the counts but have none. */
export type CountedFacet =
  'topics' | 'parties' | 'people' | 'roles' | 'outcomes' | 'formats' | 'statuses' | 'places';

export const countedFacets: readonly CountedFacet[] = [
  'topics',
  'parties',
  'people',
  'roles',
  'outcomes',
  'formats',
  'statuses',
  'places',
];

/** Per facet, how many rounds each value would match given the other facets' filters. */
export type FacetCounts = Record<CountedFacet, Map<string, number>>;

/** Facet counts as read: nobody changes them, so counts computed once can be handed out again. */
export type ReadonlyFacetCounts = Readonly<Record<CountedFacet, ReadonlyMap<string, number>>>;

/** Everything filtering needs, built once per dataset; rounds are in time order. */
export interface FilterIndex {
  rounds: readonly IndexedRound[];
  /** The folded text search looks in, by position in `rounds`, folded as it is first needed. */
  searchTexts: RoundSearchTexts;
  /** Every value each facet offers, in display order: dataset order, vocabulary order, cities A–Z. */
  values: Readonly<Record<CountedFacet, readonly string[]>>;
  /**
   * The facet counts with no filter active, counted once per index: the filter panel shows them as a dataset
   * opens, and counting them on every render of it took ~110 ms at 100,000 rounds.
   */
  readonly unfilteredCounts: ReadonlyFacetCounts;
}

/** The index before its counts are taken: what counting and matching read. */
type UncountedIndex = Omit<FilterIndex, 'unfilteredCounts'>;

/**
 * A round's entry in the filter index: what filters look at, from the round's own values and nothing else in
 * the dataset, and its interval in UTC milliseconds (`start` and `end` may be NaN for a round not yet dated,
 * and set once it is: the page makes entries as the rounds arrive, before their time order and dates). Plain
 * loops: this runs for every round before the first render.
 */
export function indexedRound(round: Round, start: number, end: number): IndexedRound {
  // Delegates, then speakers, each once.
  const people: string[] = [];
  for (const participant of round.participants) {
    for (const delegate of participant.delegation ?? []) {
      if (!people.includes(delegate.person)) people.push(delegate.person);
    }
  }
  for (const statement of round.statements ?? []) {
    if (!people.includes(statement.speaker)) people.push(statement.speaker);
  }
  const outcomes = outcomesByTopic(round);
  // The arrays an entry keeps are made at their size (map, spread, slice): one grown by push keeps room for
  // 17 or more, and on the page, which makes the entries, that was 15.6 MB of heap at 100,000 rounds.
  return {
    id: round.id,
    participantParties: round.participants.map((participant) => participant.party),
    participantRoles: round.participants.map((participant) => participant.role),
    outcomeTopics: outcomes.topics,
    outcomeStatuses: outcomes.statuses,
    summaryStatus: overallStatus(round),
    people: people.slice(),
    format: round.format,
    status: round.status ?? 'held',
    city: round.location?.city,
    start,
    end,
  };
}

/**
 * The index with the counts the filter panel shows first, those with no filter active, taken when it first asks
 * for them: it comes once the timeline is drawn (after-first-picture.tsx), and counting on the way to that
 * picture held it up (94 ms at 100,000 rounds, in the task that decoded the model's last part).
 */
export function countedIndex(uncounted: UncountedIndex): FilterIndex {
  let counts: ReadonlyFacetCounts | undefined;
  const index: FilterIndex = {
    ...uncounted,
    get unfilteredCounts() {
      return (counts ??= filterAndCount(index, emptyFilters).counts);
    },
  };
  return index;
}

/**
 * Whether the filters leave every round in: none is active (a query of blanks is none). Then the rounds need
 * no pass at all, which at 100,000 rounds spares the first picture some 200 ms (measured).
 */
export function keepsEveryRound(index: FilterIndex, filters: Filters): boolean {
  const c = compile(index, filters);
  return c.independent.length === 0 && !c.topics && !c.parties && !c.roles && !c.outcomes;
}

/** The ids of the rounds that match every active filter, in time order. */
export function filterRounds(index: FilterIndex, filters: Filters): string[] {
  const c = compile(index, filters);
  const ids: string[] = [];
  index.rounds.forEach((round, i) => {
    if (!c.independent.every((facet) => passes(c, round, i, facet))) return;
    if (!pair(round.participantParties, round.participantRoles, c.parties, c.roles).both) return;
    if (topicOutcome(round, c).both) ids.push(round.id);
  });
  return ids;
}

/**
 * Faceted-search counts: for each facet, how many rounds each value would match if it were the only
 * value chosen in that facet, with every other facet's filters as they are. A value that is already
 * chosen counts the rounds it alone would keep.
 */
export function facetCounts(index: FilterIndex, filters: Filters): ReadonlyFacetCounts {
  return keepsEveryRound(index, filters) ? index.unfilteredCounts : filterAndCount(index, filters).counts;
}

/**
 * The matching ids and the facet counts in one pass over the rounds: what a view needs after every
 * change of filters, and the function a benchmark script times.
 */
export function filterAndCount(
  index: UncountedIndex,
  filters: Filters,
): { ids: string[]; counts: FacetCounts } {
  const c = compile(index, filters);
  const counts = emptyCounts(index);
  const ids: string[] = [];
  index.rounds.forEach((round, i) => {
    const failed = independentFailure(c, round, i);
    if (failed === TWO_OR_MORE) return;
    const partyRole = pair(round.participantParties, round.participantRoles, c.parties, c.roles);
    const topicOutcomes = topicOutcome(round, c);
    if (failed !== PASS) {
      // Only the facet that failed could change the result, by choosing one of this round's values.
      if (partyRole.both && topicOutcomes.both && isCounted(failed))
        bump(counts[failed], valuesOf(round, failed));
      return;
    }
    if (partyRole.both && topicOutcomes.both) {
      ids.push(round.id);
      bump(counts.people, round.people);
      if (round.format !== undefined) bump(counts.formats, [round.format]);
      bump(counts.statuses, [round.status]);
      if (round.city !== undefined) bump(counts.places, [round.city]);
    }
    // Each half of a coupled pair counts the values its partner's filter allows, within one participant
    // (or one outcome), provided everything outside the pair matches.
    if (topicOutcomes.both) {
      if (partyRole.second)
        bump(counts.parties, pairedValues(round.participantParties, round.participantRoles, c.roles));
      if (partyRole.first)
        bump(counts.roles, pairedValues(round.participantRoles, round.participantParties, c.parties));
    }
    if (partyRole.both) {
      if (topicOutcomes.second)
        bump(counts.topics, pairedValues(round.outcomeTopics, round.outcomeStatuses, c.outcomes));
      // Without a topic, a status counts the rounds whose summary it is: what ticking it would keep.
      if (topicOutcomes.first)
        bump(
          counts.outcomes,
          c.topics === null
            ? round.summaryStatus === undefined
              ? []
              : [round.summaryStatus]
            : pairedValues(round.outcomeStatuses, round.outcomeTopics, c.topics),
        );
    }
  });
  return { ids, counts };
}

type ValueSet = ReadonlySet<string> | null;

/** Filters turned into sets and numbers once per call; null means the facet is not active. */
interface Compiled {
  topics: ValueSet;
  parties: ValueSet;
  people: ValueSet;
  roles: ValueSet;
  outcomes: ValueSet;
  formats: ValueSet;
  statuses: ValueSet;
  places: ValueSet;
  from: number | null;
  to: number | null;
  search: Uint8Array | null;
  independent: IndependentFacet[];
}

function compile(index: UncountedIndex, filters: Filters): Compiled {
  const set = (values: readonly string[]) => (values.length > 0 ? new Set(values) : null);
  const compiled = {
    topics: set(filters.topics),
    parties: set(filters.parties),
    people: set(filters.people),
    roles: set(filters.roles),
    outcomes: set(filters.outcomes),
    formats: set(filters.formats),
    statuses: set(filters.statuses),
    places: set(filters.places),
    from: dayStart(filters.from, filters.to),
    to: filters.to ? Date.parse(`${filters.to}T23:59:59.999Z`) : null,
    search: searchMatches(index, filters.q),
  };
  return { ...compiled, independent: activeIndependent(compiled) };
}

/**
 * The first instant of the from-day. An unreadable day gives NaN, and no interval overlaps NaN: like an
 * unknown id, it matches nothing. So does a range that ends before it starts.
 */
function dayStart(from: string | null, to: string | null): number | null {
  if (!from) return null;
  return to && to < from ? NaN : Date.parse(`${from}T00:00:00.000Z`);
}

const PASS = 'pass';
const TWO_OR_MORE = 'two-or-more';
type IndependentFacet = 'people' | 'formats' | 'statuses' | 'places' | 'dates' | 'q';

/** The facets that stand alone (not coupled with another), when active. */
function activeIndependent(c: Omit<Compiled, 'independent'>): IndependentFacet[] {
  const active: IndependentFacet[] = [];
  if (c.people) active.push('people');
  if (c.formats) active.push('formats');
  if (c.statuses) active.push('statuses');
  if (c.places) active.push('places');
  if (c.from !== null || c.to !== null) active.push('dates');
  if (c.search) active.push('q');
  return active;
}

function passes(c: Compiled, round: IndexedRound, i: number, facet: IndependentFacet): boolean {
  switch (facet) {
    case 'people':
      return round.people.some((p) => c.people?.has(p) === true);
    case 'formats':
      return round.format !== undefined && c.formats?.has(round.format) === true;
    case 'statuses':
      return c.statuses?.has(round.status) === true;
    case 'places':
      return round.city !== undefined && c.places?.has(round.city) === true;
    case 'dates':
      return (c.from === null || round.end >= c.from) && (c.to === null || round.start <= c.to);
    case 'q':
      return c.search?.[i] === 1;
  }
}

/** Checks the standalone facets, naming the one that fails when exactly one does. */
function independentFailure(
  c: Compiled,
  round: IndexedRound,
  i: number,
): IndependentFacet | typeof PASS | typeof TWO_OR_MORE {
  let failed: IndependentFacet | typeof PASS = PASS;
  for (const facet of c.independent) {
    if (passes(c, round, i, facet)) continue;
    if (failed !== PASS) return TWO_OR_MORE;
    failed = facet;
  }
  return failed;
}

/**
 * A coupled pair of facets over one list of entries (participants: party and role; outcomes: topic and
 * status). `both`: one entry satisfies both filters; `first`/`second`: the first or second filter alone.
 */
function pair(
  firsts: readonly string[],
  seconds: readonly string[],
  first: ValueSet,
  second: ValueSet,
): { both: boolean; first: boolean; second: boolean } {
  if (first === null && second === null) return { both: true, first: true, second: true };
  let both = false;
  let firstAlone = first === null;
  let secondAlone = second === null;
  for (let k = 0; k < firsts.length; k++) {
    const a = first === null || first.has(firsts[k] ?? '');
    const b = second === null || second.has(seconds[k] ?? '');
    firstAlone ||= a;
    secondAlone ||= b;
    if (a && b) {
      both = true;
      break;
    }
  }
  // Once one entry satisfies both, each filter alone is satisfied too.
  return { both, first: both || firstAlone, second: both || secondAlone };
}

/**
 * The topic and outcome pair: with a topic chosen it pairs each topic with the round's status on it; with
 * only statuses chosen, the round's summary status decides. `second` (the status filter alone, used to
 * count topics) looks at the per-topic statuses, because a topic's count predicts ticking that topic.
 */
function topicOutcome(round: IndexedRound, c: Compiled): { both: boolean; first: boolean; second: boolean } {
  const paired = pair(round.outcomeTopics, round.outcomeStatuses, c.topics, c.outcomes);
  if (c.topics !== null || c.outcomes === null) return paired;
  const summary = round.summaryStatus !== undefined && c.outcomes.has(round.summaryStatus);
  return { both: summary, first: true, second: paired.second };
}

/** The values in `values` whose partner entry passes the partner filter. */
function pairedValues(values: readonly string[], partners: readonly string[], filter: ValueSet): string[] {
  if (filter === null) return values as string[];
  return values.filter((_, k) => filter.has(partners[k] ?? ''));
}

type StandaloneCounted = 'people' | 'formats' | 'statuses' | 'places';

function isCounted(facet: IndependentFacet): facet is StandaloneCounted {
  return facet === 'people' || facet === 'formats' || facet === 'statuses' || facet === 'places';
}

function valuesOf(round: IndexedRound, facet: StandaloneCounted): readonly string[] {
  if (facet === 'people') return round.people;
  if (facet === 'statuses') return [round.status];
  const value = facet === 'formats' ? round.format : round.city;
  return value === undefined ? [] : [value];
}

/** Adds one to each distinct value: a round counts once per value however often it names it. */
function bump(counts: Map<string, number>, values: readonly string[]): void {
  values.forEach((value, k) => {
    if (values.indexOf(value) === k) counts.set(value, (counts.get(value) ?? 0) + 1);
  });
}

function emptyCounts(index: UncountedIndex): FacetCounts {
  const zeros = (values: readonly string[]) => new Map(values.map((v) => [v, 0]));
  return {
    topics: zeros(index.values.topics),
    parties: zeros(index.values.parties),
    people: zeros(index.values.people),
    roles: zeros(index.values.roles),
    outcomes: zeros(index.values.outcomes),
    formats: zeros(index.values.formats),
    statuses: zeros(index.values.statuses),
    places: zeros(index.values.places),
  };
}

// Filtering and counting usually run back to back with the same query, and typing mostly lengthens it,
// so the last scan is kept per index.
const lastSearch = new WeakMap<UncountedIndex, { terms: string[]; matches: Uint8Array }>();

/** Which rounds (by position) contain every term of the query, or null when the query is blank. */
function searchMatches(index: UncountedIndex, query: string): Uint8Array | null {
  const terms = searchTerms(query);
  if (terms.length === 0) return null;
  const last = lastSearch.get(index);
  if (last && sameTerms(last.terms, terms)) return last.matches;
  // When every earlier term lies inside a new one ("zel" → "zelensky"), only earlier matches can match.
  const narrows = last !== undefined && last.terms.every((old) => terms.some((term) => term.includes(old)));
  const matches = new Uint8Array(index.rounds.length);
  for (let i = 0; i < matches.length; i += 1) {
    if (narrows && last.matches[i] === 0) continue;
    if (matchesAllTerms(index.searchTexts.at(i), terms)) matches[i] = 1;
  }
  lastSearch.set(index, { terms, matches });
  return matches;
}

function sameTerms(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((term, k) => term === b[k]);
}
