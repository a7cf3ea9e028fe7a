import type { DatedRound } from '../../domain/dated-rounds.ts';
import type { Round } from '../../domain/schema.ts';

type RelationKind = NonNullable<Round['related']>[number]['relation'];

/**
 * How the other round relates to the selected one, seen from the selected one's side: the view words it
 * ("Follow-up of", "Followed by", "Implements", "Implemented by", "Related to") in the interface's language.
 */
export type Relation = 'followUpOf' | 'followedBy' | 'implements' | 'implementedBy' | 'relatedTo';

/** A link from the selected round to another, with the relation named from the selected round's side. */
export interface RelatedLink {
  roundId: string;
  title: string;
  dateText: string;
  relation: Relation;
}

const outgoing: Record<RelationKind, Relation> = {
  'follow-up-of': 'followUpOf',
  implements: 'implements',
  'related-to': 'relatedTo',
};

// "Related to" reads the same from either side, so a round linked both ways is listed once.
const incoming: Record<RelationKind, Relation> = {
  'follow-up-of': 'followedBy',
  implements: 'implementedBy',
  'related-to': 'relatedTo',
};

/**
 * The rounds this round points at (in data order), then the rounds that point at it (in time order),
 * each once per relation; unknown ids and self-references are left out.
 */
export function relatedRounds(round: Round, rounds: readonly DatedRound[]): RelatedLink[] {
  const byId = new Map(rounds.map((d) => [d.round.id, d]));
  const links: RelatedLink[] = [];
  const seen = new Set<string>();
  const add = (other: DatedRound | undefined, relation: Relation) => {
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
