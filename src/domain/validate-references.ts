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
  // A reference's own path is built only when it fails: a large dataset makes millions that resolve.
  const refer = (target: IdIndex, id: string, path: Path, ...keys: Path) => {
    if (!target.ids.has(id)) report([...path, ...keys], unknownId(target.noun, id, target.known));
  };
  const cite = (ids: readonly string[] | undefined, path: Path) => {
    ids?.forEach((id, i) => refer(sources, id, path, 'sources', i));
  };
  const checkDate = (value: string | undefined, path: Path, ...keys: Path) => {
    if (value === undefined) return;
    const result = tryParseEdtf(value);
    if (!result.ok) report([...path, ...keys], problem('badDate', result.reason, JSON.stringify(value)));
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

  const checkParticipant = (participant: Participant, path: Path) => {
    refer(parties, participant.party, path, 'party');
    participant.delegation?.forEach((delegate, d) => {
      const delegatePath = [...path, 'delegation', d];
      refer(people, delegate.person, delegatePath, 'person');
      const person = peopleById.get(delegate.person);
      if (person !== undefined && person.party !== participant.party) {
        report(
          [...delegatePath, 'person'],
          problem('otherParty', person.name, person.party, participant.party),
        );
      }
      cite(delegate.sources, delegatePath);
    });
    cite(participant.sources, path);
  };

  const checkRound = (round: Round, path: Path) => {
    checkDate(round.date, path, 'date');
    if (round.kind === 'talks' && round.format === undefined) {
      report([...path, 'format'], problem('talksNeedFormat', roundFormats.join(', ')));
    }
    if (round.participants.length < 2) {
      report([...path, 'participants'], problem('twoParticipants', round.participants.length));
    }
    round.participants.forEach((participant, i) =>
      checkParticipant(participant, [...path, 'participants', i]),
    );
    if (round.sessions) index('session', round.sessions, [...path, 'sessions']);
    round.sessions?.forEach((session, i) => {
      const sessionPath = [...path, 'sessions', i];
      checkDate(session.date, sessionPath, 'date');
      if (!withinRound(session.date, round.date)) {
        report([...sessionPath, 'date'], problem('sessionOutside', session.date, round.date));
      }
      session.parties.forEach((party, j) => refer(parties, party, sessionPath, 'parties', j));
      cite(session.sources, sessionPath);
    });
    round.outcomes.forEach((outcome, i) => {
      const outcomePath = [...path, 'outcomes', i];
      refer(topics, outcome.topic, outcomePath, 'topic');
      if (outcome.proposedBy !== undefined) refer(parties, outcome.proposedBy, outcomePath, 'proposedBy');
      cite(outcome.sources, outcomePath);
    });
    round.statements?.forEach((statement, i) => {
      const statementPath = [...path, 'statements', i];
      refer(people, statement.speaker, statementPath, 'speaker');
      checkDate(statement.date, statementPath, 'date');
      cite(statement.sources, statementPath);
    });
    if (round.disputes) index('dispute', round.disputes, [...path, 'disputes']);
    round.disputes?.forEach((dispute, i) => {
      dispute.accounts.forEach((account, a) =>
        cite(account.sources, [...path, 'disputes', i, 'accounts', a]),
      );
    });
    round.related?.forEach((relation, i) => {
      const relationPath = [...path, 'related', i, 'round'];
      if (relation.round === round.id) report(relationPath, problem('relatedToItself'));
      else refer(rounds, relation.round, relationPath);
    });
    cite(round.sources, path);
  };

  dataset.rounds.forEach((round, r) => checkRound(round, ['rounds', r]));
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
