import type { Dataset } from '../../src/domain/schema.ts';
import { generateDataset } from '../generate-dataset.ts';

/** How many of the extra parties sit at a table; the rest are listed, with no rounds. */
export const SEATED_PARTIES = 125;

/**
 * A valid synthetic dataset whose Parties facet has `values` more parties than usual (20,000 in the
 * facet benchmark). Each round seats one of the first SEATED_PARTIES as an observer, so the rounds and
 * their tables are the same for any `values` of at least that many: comparing 125 with 20,000 isolates
 * what the length of the facet costs. Invented, like every synthetic dataset.
 */
export function wideFacetDataset(values: number, rounds = 1000, seed = 1): Dataset {
  const dataset = generateDataset(rounds, seed);
  const parties = Array.from({ length: values }, (_, i) => ({
    id: `wide-${i + 1}`,
    name: `Wide party ${i + 1}`,
    shortName: `Wide party ${i + 1}`,
    kind: 'organisation' as const,
  }));
  dataset.rounds.forEach((round, i) => {
    const party = parties[i % Math.min(values, SEATED_PARTIES)];
    const sources = round.participants[0]?.sources ?? [];
    if (party) round.participants.push({ party: party.id, role: 'observer', sources });
  });
  return { ...dataset, parties: [...dataset.parties, ...parties] };
}
