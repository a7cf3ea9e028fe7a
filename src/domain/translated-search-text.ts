import type { Dataset, Person, Round } from './schema.ts';
import { FIELD_SEPARATOR, normalizeForSearch } from './search-text.ts';

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

/**
 * Folds a round's text in every language the dataset translates it into (its own translated fields, then the
 * translated names of its places and parties, language by language), or undefined when nothing of it is
 * translated. The work that is per dataset (folding each translated place and party name) is done once, here;
 * the rest is per round, so that a round's search text can be folded on its own when it is first needed.
 */
export function translatedTextFolder(dataset: Dataset): (round: Round) => string | undefined {
  const languages = Object.values(dataset.translations ?? {}).map((t) => ({
    rounds: t.rounds ?? {},
    places: new Map(Object.entries(t.places ?? {}).map(([place, name]) => [place, folded([name])])),
    parties: new Map(
      Object.entries(t.parties ?? {}).map(([id, party]) => [id, folded([party?.name, party?.shortName])]),
    ),
  }));
  if (languages.length === 0) return () => undefined;
  return (round) => {
    const texts: string[] = [];
    for (const language of languages) {
      // Own keys only: a round whose id is "constructor" has no translation from Object.prototype.
      const own = Object.hasOwn(language.rounds, round.id) ? language.rounds[round.id] : undefined;
      if (own) {
        texts.push(
          ...folded([
            own.title,
            own.shortTitle,
            own.summary,
            own.dateLabel,
            ...(own.outcomes ?? []),
            ...(own.sessions ?? []).flatMap((session) => [session?.title, session?.summary]),
            ...(own.statements ?? []),
            ...(own.disputes ?? []).flatMap((dispute) => [
              dispute?.subject,
              ...(dispute?.accounts ?? []).flatMap((account) => [account?.claim, account?.attribution]),
            ]),
          ]),
        );
      }
      const { city, country, venue } = round.location ?? {};
      for (const place of [city, country, venue]) {
        if (place !== undefined) texts.push(...(language.places.get(place) ?? []));
      }
      for (const { party } of round.participants) texts.push(...(language.parties.get(party) ?? []));
    }
    return texts.length > 0 ? texts.join(FIELD_SEPARATOR) : undefined;
  };
}

/** The given texts folded for search, the missing and empty ones left out. */
function folded(texts: readonly (string | null | undefined)[]): string[] {
  return texts.flatMap((text) => (text ? [normalizeForSearch(text)] : []));
}
