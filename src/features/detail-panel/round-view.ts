import type { DatedRound } from '../../domain/dated-rounds.ts';
import type { Dataset, Round } from '../../domain/schema.ts';
import {
  numberSources,
  outcomeGroups,
  participantGroups,
  type PanelLookups,
  type RoleGroup,
  type SourceNumbering,
  type TopicGroup,
} from './panel-model.ts';
import { relatedRounds, type RelatedLink } from './related-rounds-model.ts';

/** Everything the panel shows for one round, derived once per selection. */
export interface RoundView {
  dated: DatedRound;
  /** The neighbours in time order, for Previous round and Next round. */
  previous: DatedRound | undefined;
  next: DatedRound | undefined;
  participants: RoleGroup[];
  outcomes: TopicGroup[];
  related: RelatedLink[];
  sources: SourceNumbering;
}

/** Derives the panel's view of a round, or undefined when the round is not among `rounds`. */
export function buildRoundView(
  roundId: string,
  rounds: readonly DatedRound[],
  dataset: Dataset,
  lookups: PanelLookups,
): RoundView | undefined {
  const index = rounds.findIndex((d) => d.round.id === roundId);
  const dated = rounds[index];
  if (!dated) return undefined;
  const participants = participantGroups(dated.round, lookups, dated.date.start);
  const outcomes = outcomeGroups(dated.round, dataset.topics);
  return {
    dated,
    previous: index > 0 ? rounds[index - 1] : undefined,
    next: rounds[index + 1],
    participants,
    outcomes,
    related: relatedRounds(dated.round, rounds),
    sources: numberSources(citationLists(dated.round, participants, outcomes)),
  };
}

/**
 * Every citation list in the order the panel shows them, top to bottom, so source numbers rise as one reads.
 * This order must match the section order in detail-panel.tsx. The round's own list comes last: it adds
 * the sources that support the round as a whole without being cited next to a particular fact.
 */
export function citationLists(round: Round, participants: RoleGroup[], outcomes: TopicGroup[]): string[][] {
  return [
    ...participants.flatMap((g) =>
      g.participants.flatMap((p) => [[...p.sources], ...p.delegates.map((d) => [...d.sources])]),
    ),
    ...(round.sessions ?? []).map((s) => s.sources),
    ...outcomes.flatMap((g) => g.outcomes.map((o) => o.sources)),
    ...(round.documents ?? []).map((d) => d.sources),
    ...(round.statements ?? []).map((s) => s.sources),
    ...(round.disputes ?? []).flatMap((d) => d.accounts.map((a) => a.sources)),
    round.sources,
  ];
}
