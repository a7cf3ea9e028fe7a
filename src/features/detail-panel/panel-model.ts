import { tryParseEdtf } from '../../domain/dates.ts';
import { participantRoles } from '../../domain/vocabularies.ts';
import type {
  Dataset,
  Outcome,
  Participant,
  ParticipantRole,
  Party,
  Person,
  Round,
  Source,
  Topic,
} from '../../domain/schema.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';

/** The dataset's entities by id, built once per dataset so rendering never searches arrays. */
export interface PanelLookups {
  parties: ReadonlyMap<string, Party>;
  people: ReadonlyMap<string, Person>;
  topics: ReadonlyMap<string, Topic>;
  sources: ReadonlyMap<string, Source>;
}

/** Indexes a dataset's parties, people, topics and sources by id. */
export function panelLookups(dataset: Dataset): PanelLookups {
  const byId = <T extends { id: string }>(items: readonly T[]) =>
    new Map(items.map((item) => [item.id, item]));
  return {
    parties: byId(dataset.parties),
    people: byId(dataset.people),
    topics: byId(dataset.topics),
    sources: byId(dataset.sources),
  };
}

/**
 * The title a person held at an instant: the last listed position whose from/to bounds (open where absent)
 * include it. When several could apply and one of them is undated, the data cannot say which did, so there is no
 * title rather than a guess (Umerov was Defence Minister, then NSDC Secretary; the sources don't date the
 * change): the round's delegation records such titles itself.
 */
export function positionAt(person: Person, at: Date): string | undefined {
  const candidates = person.positions.filter((p) => covers(p.from, p.to, at));
  const undated = candidates.some((p) => p.from === undefined && p.to === undefined);
  return candidates.length > 1 && undated ? undefined : candidates.at(-1)?.title;
}

function covers(from: string | undefined, to: string | undefined, at: Date): boolean {
  const start = from === undefined ? undefined : tryParseEdtf(from);
  const end = to === undefined ? undefined : tryParseEdtf(to);
  if (start?.ok && start.date.start > at) return false;
  if (end?.ok && end.date.end < at) return false;
  return true;
}

export interface DelegateView {
  personId: string;
  name: string;
  position: string | undefined;
  head: boolean;
  sources: readonly string[];
}

export interface ParticipantView {
  partyId: string;
  name: string;
  /** "in person" or "remotely", when the data says. */
  attendance: string | undefined;
  /** Heads of delegation first, then the others, each group in data order. */
  delegates: DelegateView[];
  sources: readonly string[];
}

export interface RoleGroup {
  role: ParticipantRole;
  heading: string;
  participants: ParticipantView[];
}

/** A round's participants grouped by role (parties, mediators, hosts, observers), empty roles left out. */
export function participantGroups(round: Round, lookups: PanelLookups, at: Date): RoleGroup[] {
  return participantRoles
    .map((role) => ({
      role,
      heading: vocabularyLabels().role[role].many,
      participants: round.participants
        .filter((p) => p.role === role)
        .map((p) => participantView(p, lookups, at)),
    }))
    .filter((group) => group.participants.length > 0);
}

function participantView(participant: Participant, lookups: PanelLookups, at: Date): ParticipantView {
  const delegation = participant.delegation ?? [];
  const ordered = [
    ...delegation.filter((d) => d.head === true),
    ...delegation.filter((d) => d.head !== true),
  ];
  return {
    partyId: participant.party,
    name: lookups.parties.get(participant.party)?.name ?? participant.party,
    attendance: participant.attendance && vocabularyLabels().attendance[participant.attendance],
    delegates: ordered.map((d) => {
      const person = lookups.people.get(d.person);
      return {
        personId: d.person,
        name: person?.name ?? d.person,
        position: d.position ?? (person && positionAt(person, at)),
        head: d.head === true,
        sources: d.sources,
      };
    }),
    sources: participant.sources,
  };
}

export interface TopicGroup {
  topicId: string;
  label: string;
  outcomes: Outcome[];
}

/** A round's outcomes grouped by topic, in the dataset's topic order; outcomes keep their data order. */
export function outcomeGroups(round: Round, topics: readonly Topic[]): TopicGroup[] {
  const known = topics.map((t) => ({ topicId: t.id, label: t.label, outcomes: [] as Outcome[] }));
  const unknown: TopicGroup[] = [];
  for (const outcome of round.outcomes) {
    let group =
      known.find((g) => g.topicId === outcome.topic) ?? unknown.find((g) => g.topicId === outcome.topic);
    if (!group) {
      group = { topicId: outcome.topic, label: outcome.topic, outcomes: [] };
      unknown.push(group);
    }
    group.outcomes.push(outcome);
  }
  return [...known, ...unknown].filter((g) => g.outcomes.length > 0);
}

/** Source numbers for one round: 1 for the first source cited, and so on in reading order. */
export interface SourceNumbering {
  numbers: ReadonlyMap<string, number>;
  /** Source ids by number: order[0] is source 1. */
  order: readonly string[];
}

/** Numbers sources by their first appearance in citation lists given in reading order. */
export function numberSources(lists: Iterable<readonly string[]>): SourceNumbering {
  const numbers = new Map<string, number>();
  for (const list of lists) {
    for (const id of list) if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
  }
  return { numbers, order: [...numbers.keys()] };
}
