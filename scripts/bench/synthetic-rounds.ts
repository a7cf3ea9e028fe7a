import {
  outcomeStatuses,
  relationKinds,
  type Outcome,
  type Participant,
  type Person,
  type Round,
  type RoundFormat,
  type Topic,
} from '../../src/domain/schema.ts';
import type { Random } from './prng.ts';
import { synthesiseDate, isoDay, DAY } from './synthetic-dates.ts';
import {
  DISPUTE_SUBJECTS,
  SYNTHETIC_CITIES,
  SYNTHETIC_PARTIES,
  WIRES,
  slugify,
} from './synthetic-vocabulary.ts';

/** What every round draws from: the random source and the dataset's other collections. */
export interface RoundContext {
  random: Random;
  topics: readonly Topic[];
  peopleByParty: ReadonlyMap<string, readonly Person[]>;
  /** 1–3 distinct source ids. */
  cite(): string[];
  /** Ids already taken, so every round id is unique. */
  usedIds: Set<string>;
}

type Kind = Round['kind'];

// Repeats weight the draw: talks are half the rounds, in-person talks the usual format.
const KINDS = ['talks', 'talks', 'call', 'exchange'] as const;
const TALKS_FORMATS = [
  'in-person',
  'in-person',
  'in-person',
  'in-person',
  'indirect',
  'mixed',
  'remote',
] as const;
const EXTRA_ROLES = ['host', 'mediator', 'observer'] as const;

/** One synthetic round starting on the given day, possibly related to some of the rounds before it. */
export function synthesiseRound(ctx: RoundContext, day: Date, earlier: readonly string[]): Round {
  const { random } = ctx;
  const kind = random.pick(KINDS);
  const when = synthesiseDate(random, day);
  const hasPlace = kind === 'talks' || (kind === 'exchange' && random.chance(0.5));
  const place = hasPlace ? random.pick(SYNTHETIC_CITIES) : undefined;
  const format = kind === 'call' ? 'remote' : kind === 'talks' ? random.pick(TALKS_FORMATS) : undefined;
  const parties = random.sample(SYNTHETIC_PARTIES, kind === 'call' ? 2 : random.int(2, 4));
  const pair = parties.slice(0, 2);
  const names = pair.map((party) => party.shortName).join('–');
  const base =
    kind === 'talks'
      ? `${slugify(place?.city ?? 'talks')}-${when.idDate}`
      : `${kind}-${pair.map((party) => party.id).join('-')}-${when.idDate}`;
  const id = uniqueId(ctx.usedIds, base);
  const participants = parties.map((party, i) => synthesiseParticipant(ctx, party.id, i, kind, format));
  const round: Round = {
    id,
    kind,
    title: titleOf(kind, names, place?.city),
    date: when.date,
    participants,
    outcomes: Array.from({ length: random.int(1, 4) }, () => synthesiseOutcome(ctx, kind, parties)),
    sources: ctx.cite(),
  };
  if (when.dateLabel !== undefined) round.dateLabel = when.dateLabel;
  if (random.chance(0.6)) round.summary = `A synthetic ${kind} round (${names}), generated for benchmarks.`;
  if (place !== undefined) {
    round.location = random.chance(0.5) ? { ...place } : { city: place.city, country: place.country };
  }
  if (format !== undefined) round.format = format;
  if (kind === 'talks' && when.days > 1 && random.chance(0.5)) {
    round.sessions = [0, 1].map((n) => ({
      id: `${id}-session-${n + 1}`,
      title: `Session ${n + 1}`,
      date: isoDay(day.getTime() + n * DAY),
      parties: random.sample(parties, 2).map((party) => party.id),
      sources: ctx.cite(),
    }));
  }
  if (random.chance(0.3)) round.statements = synthesiseStatements(ctx, participants);
  if (random.chance(0.05)) {
    const accounts = [1, 2].map((n) => ({
      claim: `Account ${n} of what happened.`,
      attribution: random.pick(WIRES),
      sources: ctx.cite(),
    }));
    round.disputes = [{ id: `${id}-dispute`, subject: random.pick(DISPUTE_SUBJECTS), accounts }];
  }
  if (earlier.length > 0 && random.chance(0.2)) {
    // Recent rounds, as follow-ups usually are; the day order guarantees they come before this one.
    round.related = random
      .sample(earlier.slice(-20), random.int(1, 2))
      .map((other) => ({ round: other, relation: random.pick(relationKinds) }));
  }
  return round;
}

function titleOf(kind: Kind, names: string, city: string | undefined): string {
  if (kind === 'call') return `${names} phone call`;
  if (kind === 'exchange') return `${names} prisoner exchange`;
  return `${names} talks in ${city ?? 'an undisclosed place'}`;
}

function synthesiseOutcome(ctx: RoundContext, kind: Kind, parties: readonly { id: string }[]): Outcome {
  const { random } = ctx;
  const humanitarian = ctx.topics.filter((topic) => topic.group === 'humanitarian');
  const topic = random.pick(kind === 'exchange' && humanitarian.length > 0 ? humanitarian : ctx.topics);
  const status = random.pick(outcomeStatuses);
  const outcome: Outcome = {
    topic: topic.id,
    status,
    summary: `${status.replaceAll('-', ' ')}: ${topic.label}.`,
    sources: ctx.cite(),
  };
  if (status === 'proposed') outcome.proposedBy = random.pick(parties).id;
  return outcome;
}

function synthesiseParticipant(
  ctx: RoundContext,
  party: string,
  index: number,
  kind: Kind,
  format: RoundFormat | undefined,
): Participant {
  const { random } = ctx;
  const role = index < 2 ? 'party' : kind === 'talks' && index === 2 ? 'host' : random.pick(EXTRA_ROLES);
  const participant: Participant = { party, role, sources: ctx.cite() };
  if (format === 'in-person' || format === 'remote') participant.attendance = format;
  else if (format !== undefined) participant.attendance = random.pick(['in-person', 'remote'] as const);
  // Exchanges, as in the real data, name no delegations.
  if (kind !== 'exchange') {
    const people = random.sample(ctx.peopleByParty.get(party) ?? [], random.int(1, 3));
    participant.delegation = people.map((person, i) => ({
      person: person.id,
      ...(i === 0 ? { head: true } : {}),
      sources: ctx.cite(),
    }));
  }
  return participant;
}

function synthesiseStatements(ctx: RoundContext, participants: readonly Participant[]) {
  const { random } = ctx;
  const speakers = participants.flatMap(
    (p) =>
      p.delegation?.map((d) => d.person) ?? ctx.peopleByParty.get(p.party)?.map((person) => person.id) ?? [],
  );
  if (speakers.length === 0) return [];
  return Array.from({ length: random.int(1, 2) }, () => {
    const speaker = random.pick(speakers);
    const words = random.chance(0.5)
      ? { quote: 'We had a constructive conversation.' }
      : { paraphrase: 'Said the talks had been useful.' };
    return { speaker, ...words, sources: ctx.cite() };
  });
}

/** The base slug, or base-2, base-3… when it is taken. */
export function uniqueId(used: Set<string>, base: string): string {
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}
