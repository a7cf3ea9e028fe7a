import { tryParseEdtf } from './dates.ts';
import { checkDocumentsAndStatus } from './validate-documents.ts';
import { roundFormats } from './vocabularies.ts';
import type { Dataset, Participant, Person, Round } from './schema.ts';
import { knownIds, unknownId } from './known-ids.ts';
import { problem, type Problem } from './problem.ts';
import type { IdNoun } from './problem-words.ts';
import { formatPath, issueAt, type ValidationIssue } from './validation-issue.ts';

type Path = readonly (string | number)[];
type Report = (path: Path, found: Problem) => void;

/** The ids of one collection, each with its first position, and how to name them in a message. */
interface IdIndex {
  noun: IdNoun;
  ids: ReadonlyMap<string, number>;
}

/** The collections a round refers to, indexed: all that a round's own checks need (`related` aside). */
export interface RoundTargets {
  parties: IdIndex;
  people: IdIndex;
  topics: IdIndex;
  sources: IdIndex;
  /** Each person by id (the last entry of an id, as a Map made from the list keeps). */
  peopleById: ReadonlyMap<string, Person>;
}

/** The collections a round refers to. */
export const REFERRED_COLLECTIONS = ['parties', 'people', 'topics', 'sources'] as const;

/** The collections the rounds refer to, as the schema gave them back. */
export type ReferredCollections = Pick<Dataset, (typeof REFERRED_COLLECTIONS)[number]>;

/**
 * The first `count` of `rounds` passed their own checks (RoundReferenceCheck) against `targets` while the bytes
 * arrived: validateReferences need not check them again, where its rounds are those very rounds and its
 * collections index alike.
 */
export interface ReferencesCheckedEarly {
  rounds: readonly (Round | undefined)[];
  count: number;
  targets: RoundTargets;
}

/**
 * Checks what a JSON Schema cannot express, on a dataset that already passed the schema: unique ids,
 * references that resolve, dates that parse, and the rules for rounds. Returns every issue; never throws.
 * Rounds `early` says passed their own checks are checked only for what needs every round (`related`, unique
 * ids); their own checks found nothing, so the issues and their order are those of a full check.
 */
export function validateReferences(dataset: Dataset, early?: ReferencesCheckedEarly): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report: Report = (path, found) => issues.push(issueAt(formatPath(path), found));
  const targets = roundTargets(dataset, report);
  const { parties, sources } = targets;
  const rounds = indexIds('round', dataset.rounds, ['rounds'], report);
  // A reference's own path is built only when it fails: a large dataset makes millions that resolve.
  const refer = (target: IdIndex, id: string, path: Path, ...keys: Path) => {
    const found = unresolved(target, id);
    if (found) report([...path, ...keys], found);
  };
  const cite = (ids: readonly string[] | undefined, path: Path) => {
    ids?.forEach((id, i) => refer(sources, id, path, 'sources', i));
  };
  const checkDate = (value: string | undefined, path: Path, ...keys: Path) => {
    const found = undated(value);
    if (found) report([...path, ...keys], found);
  };

  dataset.sources.forEach((source, s) => checkDate(source.published, ['sources', s, 'published']));
  dataset.people.forEach((person, p) => {
    refer(parties, person.party, ['people', p, 'party']);
    person.positions.forEach((position, q) => {
      const path = ['people', p, 'positions', q];
      checkDate(position.from, path, 'from');
      checkDate(position.to, path, 'to');
      cite(position.sources, path);
    });
  });

  const checks = roundChecks(targets, report, rounds);
  const skipped = early !== undefined && checkedAlike(early, dataset.rounds, targets) ? early.count : 0;
  for (let r = 0; r < dataset.rounds.length; r += 1) {
    if (r < skipped) checks.related(dataset.rounds[r]!, r);
    else checks.whole(dataset.rounds[r]!, r);
  }
  checkDocumentsAndStatus(dataset, {
    report,
    referParty: (id, path) => refer(parties, id, path),
    cite,
    checkDate,
  });
  return issues;
}

/** Checks of rounds' own references and rules as they arrive (RoundsAsTheyArrive), before the whole is known. */
export interface RoundReferenceCheck {
  /**
   * Whether the round's own checks find nothing: all but whether the rounds it is related to exist, which needs
   * every round's id (a round related to itself fails here).
   */
  passes(round: Round): boolean;
  /** What they check against, for validateReferences to compare with its own (ReferencesCheckedEarly). */
  targets: RoundTargets;
}

/** The checks of rounds' own references against `collections` (those written before the rounds). */
export function roundReferenceCheck(collections: ReferredCollections): RoundReferenceCheck {
  let found = false;
  // Duplicate ids among the collections are validateReferences' to report; the index of the ids is the same.
  const targets = roundTargets(collections, () => undefined);
  const checks = roundChecks(targets, () => (found = true), null);
  return {
    targets,
    passes: (round) => {
      found = false;
      checks.whole(round, 0);
      return !found;
    },
  };
}

/** Whether the rounds checked early are `rounds`' first ones, checked against collections that index alike. */
function checkedAlike(
  early: ReferencesCheckedEarly,
  rounds: readonly Round[],
  targets: RoundTargets,
): boolean {
  if (early.count > rounds.length || early.count > early.rounds.length) return false;
  // validateDataset makes its rounds from those checked early, so this holds there; it guards other callers.
  for (let r = 0; r < early.count; r += 1) if (early.rounds[r] !== rounds[r]) return false;
  const before = early.targets;
  const sameIds = (key: (typeof REFERRED_COLLECTIONS)[number]) => {
    const [x, y] = [before[key].ids, targets[key].ids];
    return x.size === y.size && [...x.keys()].every((id) => y.has(id));
  };
  if (!REFERRED_COLLECTIONS.every(sameIds)) return false;
  // A person's party decides whether they may sit in a delegation; their name is only in the failure's words.
  for (const [id, person] of targets.peopleById) {
    if (before.peopleById.get(id)?.party !== person.party) return false;
  }
  return true;
}

/**
 * The ids of `items`, reporting those written twice. The map it fills is the index itself, and a failure lists
 * the known ids from it (knownIds) when it happens: a Set and a list of every id as well, made for each index,
 * are 200,000 entries more for the rounds' index at 100,000 rounds, made in the dataset worker after the last
 * byte (in Node, the checks left then took 60 ms with them, 47 without).
 */
function indexIds(noun: IdNoun, items: readonly { id: string }[], path: Path, report: Report): IdIndex {
  const first = new Map<string, number>();
  for (let i = 0; i < items.length; i += 1) {
    const { id } = items[i]!;
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, i);
    else report([...path, i, 'id'], problem('duplicateId', id, formatPath([...path, earlier])));
  }
  return { noun, ids: first };
}

function roundTargets(collections: ReferredCollections, report: Report): RoundTargets {
  return {
    parties: indexIds('party', collections.parties, ['parties'], report),
    people: indexIds('person', collections.people, ['people'], report),
    topics: indexIds('topic', collections.topics, ['topics'], report),
    sources: indexIds('source', collections.sources, ['sources'], report),
    peopleById: new Map(collections.people.map((person) => [person.id, person])),
  };
}

// The two rules, each said once; the places they report at are given in two ways (a path, or the stack of keys
// the rounds are checked with).
function unresolved(target: IdIndex, id: string): Problem | null {
  return target.ids.has(id) ? null : unknownId(target.noun, id, knownIds(target.ids));
}

function undated(value: string | undefined): Problem | null {
  const result = value === undefined ? null : tryParseEdtf(value);
  return result === null || result.ok ? null : problem('badDate', result.reason, JSON.stringify(value));
}

/**
 * One round's checks, reported at `rounds[index]`. Without `roundIds`, `related` checks only that a round is not
 * related to itself, not that the rounds it names exist.
 */
interface RoundChecks {
  whole(round: Round, index: number): void;
  /** Only the round's `related`, against every round's id. */
  related(round: Round, index: number): void;
}

function roundChecks(targets: RoundTargets, report: Report, roundIds: IdIndex | null): RoundChecks {
  const { parties, people, topics, sources, peopleById } = targets;
  // The rounds hold most of a dataset's references: millions at 100,000 rounds, nearly all of which resolve. So
  // the place being checked is one stack of keys, `at`, and a path is built from it only for an issue. Building
  // one per participant, delegate, session, outcome and statement, and an array of keys per reference, had the
  // checks at 100,000 rounds take 480–529 ms instead of 360–409 (Node).
  const at: (string | number)[] = ['rounds', 0];
  const here = (key: string | number, index?: number): Path =>
    index === undefined ? [...at, key] : [...at, key, index];
  const referHere = (target: IdIndex, id: string, key: string, index?: number) => {
    const found = unresolved(target, id);
    if (found) report(here(key, index), found);
  };
  const citeHere = (ids: readonly string[] | undefined) => {
    if (ids === undefined) return;
    for (let i = 0; i < ids.length; i += 1) referHere(sources, ids[i]!, 'sources', i);
  };
  const checkDateHere = (value: string | undefined, key: string) => {
    const found = undated(value);
    if (found) report(here(key), found);
  };
  /** Checks `items[i]` for each i with `at` pointing to it (`key`, i). */
  const eachAt = <T>(key: string, items: readonly T[] | undefined, check: (item: T) => void) => {
    if (items === undefined) return;
    at.push(key, 0);
    for (let i = 0; i < items.length; i += 1) {
      at[at.length - 1] = i;
      check(items[i]!);
    }
    at.length -= 2;
  };

  let party = '';
  const checkDelegate = (delegate: NonNullable<Participant['delegation']>[number]) => {
    referHere(people, delegate.person, 'person');
    const person = peopleById.get(delegate.person);
    if (person !== undefined && person.party !== party) {
      report(here('person'), problem('otherParty', person.name, person.party, party));
    }
    citeHere(delegate.sources);
  };
  const checkParticipant = (participant: Participant) => {
    referHere(parties, participant.party, 'party');
    party = participant.party;
    eachAt('delegation', participant.delegation, checkDelegate);
    citeHere(participant.sources);
  };

  let round: Round;
  const checkSession = (session: NonNullable<Round['sessions']>[number]) => {
    checkDateHere(session.date, 'date');
    if (!withinRound(session.date, round.date)) {
      report(here('date'), problem('sessionOutside', session.date, round.date));
    }
    for (let j = 0; j < session.parties.length; j += 1) referHere(parties, session.parties[j]!, 'parties', j);
    citeHere(session.sources);
  };
  const checkOutcome = (outcome: Round['outcomes'][number]) => {
    referHere(topics, outcome.topic, 'topic');
    if (outcome.proposedBy !== undefined) referHere(parties, outcome.proposedBy, 'proposedBy');
    citeHere(outcome.sources);
  };
  const checkStatement = (statement: NonNullable<Round['statements']>[number]) => {
    referHere(people, statement.speaker, 'speaker');
    checkDateHere(statement.date, 'date');
    citeHere(statement.sources);
  };
  const checkDispute = (dispute: NonNullable<Round['disputes']>[number]) =>
    eachAt('accounts', dispute.accounts, (account) => citeHere(account.sources));
  const checkRelation = (relation: NonNullable<Round['related']>[number]) => {
    if (relation.round === round.id) report(here('round'), problem('relatedToItself'));
    else if (roundIds !== null) referHere(roundIds, relation.round, 'round');
  };

  return {
    whole: (each, index) => {
      round = each;
      at[1] = index;
      checkDateHere(round.date, 'date');
      if (round.kind === 'talks' && round.format === undefined) {
        report(here('format'), problem('talksNeedFormat', roundFormats.join(', ')));
      }
      if (round.participants.length < 2) {
        report(here('participants'), problem('twoParticipants', round.participants.length));
      }
      eachAt('participants', round.participants, checkParticipant);
      if (round.sessions) indexIds('session', round.sessions, here('sessions'), report);
      eachAt('sessions', round.sessions, checkSession);
      eachAt('outcomes', round.outcomes, checkOutcome);
      eachAt('statements', round.statements, checkStatement);
      if (round.disputes) indexIds('dispute', round.disputes, here('disputes'), report);
      eachAt('disputes', round.disputes, checkDispute);
      eachAt('related', round.related, checkRelation);
      citeHere(round.sources);
    },
    related: (each, index) => {
      round = each;
      at[1] = index;
      eachAt('related', round.related, checkRelation);
    },
  };
}

/** Whether a session's date falls within its round's (both parsed); unparseable dates are reported elsewhere. */
function withinRound(session: string, round: string): boolean {
  const inner = tryParseEdtf(session);
  const outer = tryParseEdtf(round);
  if (!inner.ok || !outer.ok) return true;
  return inner.date.start >= outer.date.start && inner.date.end <= outer.date.end;
}
