import { tryParseEdtf } from './dates.ts';
import { checkDocumentsAndStatus } from './validate-documents.ts';
import { roundFormats } from './vocabularies.ts';
import type { Dataset, Participant, Round } from './schema.ts';
import { knownIds, unknownId, type KnownIds } from './known-ids.ts';
import { problem, type Problem } from './problem.ts';
import type { IdNoun } from './problem-words.ts';
import { formatPath, issueAt, type ValidationIssue } from './validation-issue.ts';

type Path = readonly (string | number)[];

/** The ids of one collection, and how to name them in a message. */
interface IdIndex {
  noun: IdNoun;
  ids: ReadonlySet<string>;
  known: KnownIds;
}

/**
 * Checks what a JSON Schema cannot express, on a dataset that already passed the schema: unique ids,
 * references that resolve, dates that parse, and the rules for rounds. Returns every issue; never throws.
 */
export function validateReferences(dataset: Dataset): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const report = (path: Path, found: Problem) => issues.push(issueAt(formatPath(path), found));

  const index = (noun: IdNoun, items: readonly { id: string }[], path: Path): IdIndex => {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const earlier = first.get(item.id);
      if (earlier === undefined) first.set(item.id, i);
      else report([...path, i, 'id'], problem('duplicateId', item.id, formatPath([...path, earlier])));
    });
    return { noun, ids: new Set(first.keys()), known: knownIds([...first.keys()]) };
  };
  // The two rules, each said once; the places they report at are given below in two ways (a path, or the
  // stack of keys the rounds are checked with).
  const unresolved = (target: IdIndex, id: string): Problem | null =>
    target.ids.has(id) ? null : unknownId(target.noun, id, target.known);
  const undated = (value: string | undefined): Problem | null => {
    const result = value === undefined ? null : tryParseEdtf(value);
    return result === null || result.ok ? null : problem('badDate', result.reason, JSON.stringify(value));
  };

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

  const parties = index('party', dataset.parties, ['parties']);
  const people = index('person', dataset.people, ['people']);
  const topics = index('topic', dataset.topics, ['topics']);
  const sources = index('source', dataset.sources, ['sources']);
  const rounds = index('round', dataset.rounds, ['rounds']);
  const peopleById = new Map(dataset.people.map((person) => [person.id, person]));

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

  // The rounds hold most of a dataset's references: millions at 100,000 rounds, nearly all of which resolve. So
  // the place being checked is one stack of keys, `at`, and a path is built from it only for an issue. Building
  // one per participant, delegate, session, outcome and statement, and an array of keys per reference, had the
  // checks at 100,000 rounds take 480–529 ms instead of 360–409 (Node).
  const at: (string | number)[] = [];
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
    else referHere(rounds, relation.round, 'round');
  };

  const checkRound = () => {
    checkDateHere(round.date, 'date');
    if (round.kind === 'talks' && round.format === undefined) {
      report(here('format'), problem('talksNeedFormat', roundFormats.join(', ')));
    }
    if (round.participants.length < 2) {
      report(here('participants'), problem('twoParticipants', round.participants.length));
    }
    eachAt('participants', round.participants, checkParticipant);
    if (round.sessions) index('session', round.sessions, here('sessions'));
    eachAt('sessions', round.sessions, checkSession);
    eachAt('outcomes', round.outcomes, checkOutcome);
    eachAt('statements', round.statements, checkStatement);
    if (round.disputes) index('dispute', round.disputes, here('disputes'));
    eachAt('disputes', round.disputes, checkDispute);
    eachAt('related', round.related, checkRelation);
    citeHere(round.sources);
  };

  eachAt('rounds', dataset.rounds, (each) => {
    round = each;
    checkRound();
  });
  checkDocumentsAndStatus(dataset, {
    report,
    referParty: (id, path) => refer(parties, id, path),
    cite,
    checkDate,
    knownIds,
  });
  return issues;
}

/** Whether a session's date falls within its round's (both parsed); unparseable dates are reported elsewhere. */
function withinRound(session: string, round: string): boolean {
  const inner = tryParseEdtf(session);
  const outer = tryParseEdtf(round);
  if (!inner.ok || !outer.ok) return true;
  return inner.date.start >= outer.date.start && inner.date.end <= outer.date.end;
}
