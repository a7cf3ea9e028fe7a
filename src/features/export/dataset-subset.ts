import type { Dataset, Round } from '../../domain/schema.ts';
import { citedSourceIds } from './cited-sources.ts';
import { documentParties, referencedDocuments } from './referenced-documents.ts';

/** What a subset left out, so the export can say so in its description. */
export interface SubsetResult {
  dataset: Dataset;
  /** Links from kept rounds to rounds outside the subset, which were removed to keep references closed. */
  droppedRelations: number;
}

/**
 * The dataset cut down to the given rounds and everything they reference: parties, people (with their
 * parties), topics and sources, each in the dataset's order. A round's links to rounds outside the subset
 * are removed, because keeping them would either leave references dangling or bring in rounds not asked for.
 * Documents the rounds discuss come whole, with the documents they accompany; stories are left out (and translations), since
 * their steps walk through rounds the subset does not hold.
 */
export function datasetSubset(dataset: Dataset, roundIds: ReadonlySet<string>): SubsetResult {
  let droppedRelations = 0;
  const rounds: Round[] = [];
  for (const round of dataset.rounds) {
    if (!roundIds.has(round.id)) continue;
    const related = round.related?.filter((r) => roundIds.has(r.round));
    droppedRelations += (round.related?.length ?? 0) - (related?.length ?? 0);
    const kept: Round = { ...round };
    delete kept.related;
    if (related && related.length > 0) kept.related = related;
    rounds.push(kept);
  }

  const partyIds = new Set<string>();
  const personIds = new Set<string>();
  const topicIds = new Set<string>();
  for (const round of rounds) {
    for (const p of round.participants) {
      partyIds.add(p.party);
      for (const d of p.delegation ?? []) personIds.add(d.person);
    }
    for (const s of round.sessions ?? []) for (const id of s.parties) partyIds.add(id);
    for (const o of round.outcomes) {
      topicIds.add(o.topic);
      if (o.proposedBy !== undefined) partyIds.add(o.proposedBy);
    }
    for (const s of round.statements ?? []) personIds.add(s.speaker);
  }
  const people = dataset.people.filter((p) => personIds.has(p.id));
  for (const person of people) partyIds.add(person.party);
  const documents = referencedDocuments(
    dataset.documents ?? [],
    rounds.flatMap((round) => (round.documents ?? []).map((d) => d.document)),
  );
  for (const document of documents) for (const id of documentParties(document)) partyIds.add(id);

  const sourceIds = citedSourceIds(rounds);
  citedSourceIds(people, sourceIds);
  citedSourceIds(documents, sourceIds);

  // Translations are left out with the stories: they would name rounds and people the subset does not hold.
  const { stories: _stories, documents: _documents, translations: _translations, ...rest } = dataset;
  return {
    dataset: {
      ...rest,
      ...(documents.length > 0 ? { documents } : {}),
      parties: dataset.parties.filter((p) => partyIds.has(p.id)),
      people,
      topics: dataset.topics.filter((t) => topicIds.has(t.id)),
      sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
      rounds,
    },
    droppedRelations,
  };
}
