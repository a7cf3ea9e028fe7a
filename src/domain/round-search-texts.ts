import type { Dataset, Round } from './schema.ts';
import {
  FIELD_SEPARATOR,
  foldedNames,
  nameMentions,
  roundSearchText,
  type FoldedNames,
  type NameMentions,
} from './search-text.ts';
import { peopleWithTranslatedNames, translatedTextFolder } from './translated-search-text.ts';

/** What folding a round's text needs from its whole dataset: nothing in it is per round. */
interface DatasetNames {
  names: FoldedNames;
  mentions: NameMentions;
  /** The round's text in the languages the dataset translates it into, folded. */
  translated: (round: Round) => string | undefined;
}

// Per dataset, so that the one-round indexes story validation builds (validate-stories.ts) share them.
const namesByDataset = new WeakMap<Dataset, DatasetNames>();

function datasetNames(dataset: Dataset): DatasetNames {
  let names = namesByDataset.get(dataset);
  if (names === undefined) {
    // Every language's spelling of a name finds its person.
    const people = peopleWithTranslatedNames(dataset);
    names = {
      names: foldedNames(dataset.parties, people),
      mentions: nameMentions(people),
      translated: translatedTextFolder(dataset),
    };
    namesByDataset.set(dataset, names);
  }
  return names;
}

/**
 * The folded search text of each round of a filter index (roundSearchText, plus the round's text in every
 * language the dataset translates it into), by the round's position in the index. Each text is folded the
 * first time it is asked for, not when the index is built: folding is most of the index's cost (about 1 s at
 * 100,000 rounds), and a reader who never searches needs none of it. `fold` prepares them all ahead, a step
 * at a time, for a page that has time to spare before the first search.
 */
export class RoundSearchTexts {
  private readonly texts: (string | undefined)[];

  constructor(
    private readonly dataset: Dataset,
    /** In the index's order (the model's rounds in time order), each with its date, which folding ignores. */
    private readonly rounds: readonly { round: Round }[],
  ) {
    this.texts = new Array<string | undefined>(rounds.length);
  }

  /** The folded text of the round at `position`. */
  at(position: number): string {
    const known = this.texts[position];
    if (known !== undefined) return known;
    const round = this.rounds[position]?.round;
    if (round === undefined) throw new RangeError(`no round at position ${position} of the search texts`);
    const { names, mentions, translated } = datasetNames(this.dataset);
    const own = roundSearchText(round, names, mentions);
    const translations = translated(round);
    const text = translations ? `${own}${FIELD_SEPARATOR}${translations}` : own;
    this.texts[position] = text;
    return text;
  }

  /** Folds every text not folded yet, pausing (yielding) every `perStep` rounds. */
  *fold(perStep: number): Generator<void, void, void> {
    for (let position = 0; position < this.rounds.length; position += 1) {
      this.at(position);
      if ((position + 1) % perStep === 0) yield;
    }
  }
}
