import type { DatedRound } from '../../domain/dated-rounds.ts';
import type { Round } from '../../domain/schema.ts';

type RelationKind = NonNullable<Round['related']>[number]['relation'];

/** A link from the selected round to another, with the relation in words. */
export interface RelatedLink {
  roundId: string;
  title: string;
  dateText: string;
  /** "Follow-up of", "Followed by", "Implements", "Implemented by", "Related to". */
  relation: string;
}

const outgoing: Record<RelationKind, string> = {
  'follow-up-of': 'Follow-up of',
  implements: 'Implements',
  'related-to': 'Related to',
};

const incoming: Record<RelationKind, string> = {
  'follow-up-of': 'Followed by',
  implements: 'Implemented by',
  'related-to': 'Related to',
};

/**
 * The rounds this round points at (in data order), then the rounds that point at it (in time order),
 * each once per relation; unknown ids and self-references are left out.
 */
export function relatedRounds(round: Round, rounds: readonly DatedRound[]): RelatedLink[] {
  const byId = new Map(rounds.map((d) => [d.round.id, d]));
  const links: RelatedLink[] = [];
  const seen = new Set<string>();
  const add = (other: DatedRound | undefined, relation: string) => {
    const key = `${relation}\n${other?.round.id ?? ''}`;
    if (!other || other.round.id === round.id || seen.has(key)) return;
    seen.add(key);
    links.push({ roundId: other.round.id, title: other.round.title, dateText: other.dateText, relation });
  };
  for (const r of round.related ?? []) add(byId.get(r.round), outgoing[r.relation]);
  for (const other of rounds) {
    for (const r of other.round.related ?? []) if (r.round === round.id) add(other, incoming[r.relation]);
  }
  return links;
}
