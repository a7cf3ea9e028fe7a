import type { Dataset } from '../domain/schema.ts';

/**
 * A few rounds of a dataset with exactly the parties, people, topics and sources they use: the template's
 * examples are real, sourced rounds, never made up. Links to rounds left out are dropped.
 */
export function exampleSubset(dataset: Dataset, roundIds: readonly string[]): Dataset {
  const rounds = dataset.rounds
    .filter((round) => roundIds.includes(round.id))
    .map((round) => {
      const related = round.related?.filter((link) => roundIds.includes(link.round));
      const { related: _dropped, ...rest } = round;
      return related && related.length > 0 ? { ...rest, related } : rest;
    });
  const used = JSON.stringify(rounds);
  const mentions = (id: string) => used.includes(`"${id}"`);
  const people = dataset.people
    .filter((person) => mentions(person.id))
    .map((person) => ({ ...person, positions: [] }));
  const partyIds = new Set(people.map((person) => person.party));
  return {
    ...(dataset.$schema ? { $schema: dataset.$schema } : {}),
    meta: {
      ...dataset.meta,
      title: 'Example: three rounds of the Russia\u2013Ukraine talks',
      description: `Three rounds taken from the Parley dataset \u201c${dataset.meta.title}\u201d, to show how the template is filled in. Replace them with your own.`,
    },
    parties: dataset.parties.filter((party) => partyIds.has(party.id) || mentions(party.id)),
    people,
    topics: dataset.topics.filter((topic) => mentions(topic.id)),
    sources: dataset.sources.filter((source) => mentions(source.id)),
    rounds,
  };
}
