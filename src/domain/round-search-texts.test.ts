import { describe, expect, it } from 'vitest';
import { bundledData } from '../test/bundled-dataset.ts';
import { filterRounds } from './filter-rounds.ts';
import { buildFilterIndex } from './build-filter-index.ts';
import { emptyFilters } from './round-filters.ts';
import { runSteps } from '../utils/steps.ts';
import type { Round } from './schema.ts';

const { dataset, rounds } = bundledData();
const search = (q: string) => filterRounds(buildFilterIndex(dataset, rounds), { ...emptyFilters, q });
const uk = dataset.translations!.uk!;

/** The bundled rounds in time order, each `title` read through a counter of how often it is read. */
function countingTitleReads() {
  const reads = new Map<string, number>();
  const counted = rounds.map(({ round, date }) => {
    const copy: Round = { ...round };
    Object.defineProperty(copy, 'title', {
      enumerable: true,
      get: () => {
        reads.set(round.id, (reads.get(round.id) ?? 0) + 1);
        return round.title;
      },
    });
    return { round: copy, date, dateText: '' };
  });
  return { reads, index: buildFilterIndex({ ...dataset, rounds: counted.map((d) => d.round) }, counted) };
}

describe('the search texts of a filter index', () => {
  it('find a round by its text in a language the dataset translates it into', () => {
    const [id, translated] = Object.entries(uk.rounds ?? {}).find(([, round]) => round.title)!;
    expect(search(`"${translated.title!}"`)).toContain(id);
  });

  it('find the rounds of a delegate by a translated spelling of their name', () => {
    const [person, { name }] = Object.entries(uk.people ?? {}).find(([id]) =>
      rounds.some(({ round }) => round.participants.some((p) => p.delegation?.some((d) => d.person === id))),
    )!;
    const theirs = rounds
      .filter(({ round }) => round.participants.some((p) => p.delegation?.some((d) => d.person === person)))
      .map(({ round }) => round.id);
    expect(search(`"${name!}"`)).toEqual(expect.arrayContaining(theirs));
  });

  it('find the rounds held in a place, or with a party, by the translated name of either', () => {
    // Without the rounds' own translations, which often name the place or party too.
    const namesOnly = { ...dataset, translations: { uk: { ...uk, rounds: {} } } };
    const searchNamesOnly = (q: string) =>
      filterRounds(buildFilterIndex(namesOnly, rounds), { ...emptyFilters, q });
    const [city, ukCity] = Object.entries(uk.places ?? {}).find(([place]) =>
      rounds.some(({ round }) => round.location?.city === place),
    )!;
    const inCity = rounds.filter(({ round }) => round.location?.city === city).map(({ round }) => round.id);
    expect(searchNamesOnly(`"${ukCity}"`)).toEqual(expect.arrayContaining(inCity));

    const [party, { name }] = Object.entries(uk.parties ?? {}).find(
      ([id, names]) =>
        names.name && rounds.some(({ round }) => round.participants.some((p) => p.party === id)),
    )!;
    const withParty = rounds
      .filter(({ round }) => round.participants.some((p) => p.party === party))
      .map(({ round }) => round.id);
    expect(searchNamesOnly(`"${name!}"`)).toEqual(expect.arrayContaining(withParty));
  });

  it('are folded when a search first needs them, once each, not when the index is built', () => {
    const { reads, index } = countingTitleReads();
    expect(reads.size).toBe(0);
    filterRounds(index, emptyFilters);
    expect(reads.size).toBe(0);

    filterRounds(index, { ...emptyFilters, q: 'talks' });
    filterRounds(index, { ...emptyFilters, q: 'istanbul' });
    expect([...reads.values()]).toEqual(rounds.map(() => 1));
  });

  it('can be folded ahead, a step at a time, and are then not folded again', () => {
    const { reads, index } = countingTitleReads();
    const steps = index.searchTexts.fold(10);
    let pauses = 0;
    while (!steps.next().done) pauses += 1;
    expect(pauses).toBe(Math.floor(rounds.length / 10));
    expect(reads.size).toBe(rounds.length);

    runSteps(index.searchTexts.fold(10));
    filterRounds(index, { ...emptyFilters, q: 'talks' });
    expect([...reads.values()]).toEqual(rounds.map(() => 1));
  });
});
