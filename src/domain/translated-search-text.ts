import type { Dataset, Person } from './schema.ts';
import { normalizeForSearch } from './search-text.ts';

/**
 * Search finds a round by its text in any language the dataset translates it into, whatever language the
 * reader has chosen: "Стамбул" and "Istanbul" both find the Istanbul rounds. These helpers add the
 * translations to what the filter index folds (filter-rounds.ts).
 */

/** The people with every translated spelling of their name among their aliases ("Рустем Умєров"). */
export function peopleWithTranslatedNames(dataset: Dataset): Person[] {
  const names = new Map<string, string[]>();
  for (const t of Object.values(dataset.translations ?? {})) {
    for (const [id, { name }] of Object.entries(t.people ?? {}))
      if (name) names.set(id, [...(names.get(id) ?? []), name]);
  }
  if (names.size === 0) return dataset.people;
  return dataset.people.map((person) => {
    const more = names.get(person.id);
    return more ? { ...person, aliases: [...(person.aliases ?? []), ...more] } : person;
  });
}

/** Per round id, the folded translations of its text, its places and its parties' names, in every language. */
export function translatedSearchText(dataset: Dataset): Map<string, string> {
  const texts = new Map<string, string[]>();
  const add = (id: string, ...fields: (string | null | undefined)[]) => {
    const folded = fields.flatMap((f) => (f ? [normalizeForSearch(f)] : []));
    if (folded.length > 0) texts.set(id, [...(texts.get(id) ?? []), ...folded]);
  };
  for (const t of Object.values(dataset.translations ?? {})) {
    for (const [id, round] of Object.entries(t.rounds ?? {})) {
      add(
        id,
        round.title,
        round.shortTitle,
        round.summary,
        round.dateLabel,
        ...(round.outcomes ?? []),
        ...(round.sessions ?? []).flatMap((session) => [session?.title, session?.summary]),
        ...(round.statements ?? []),
        ...(round.disputes ?? []).flatMap((dispute) => [
          dispute?.subject,
          ...(dispute?.accounts ?? []).flatMap((account) => [account?.claim, account?.attribution]),
        ]),
      );
    }
    const places = t.places ?? {};
    const parties = t.parties ?? {};
    if (Object.keys(places).length === 0 && Object.keys(parties).length === 0) continue;
    for (const round of dataset.rounds) {
      const { city, country, venue } = round.location ?? {};
      add(round.id, ...[city, country, venue].map((place) => (place ? places[place] : undefined)));
      for (const { party } of round.participants)
        add(round.id, parties[party]?.name, parties[party]?.shortName);
    }
  }
  return new Map([...texts].map(([id, folded]) => [id, folded.join('\n')]));
}
