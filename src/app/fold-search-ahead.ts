import type { RoundSearchTexts } from '../domain/round-search-texts.ts';
import { runWhenIdle } from '../utils/run-when-idle.ts';

// Rounds folded between two checks of the idle time left: at about 10 µs a round, well under a millisecond.
const ROUNDS_PER_STEP = 64;

/**
 * Folds the search texts a search has not needed yet, in the page's idle time, so that the first search of a
 * large dataset does not wait for all of them (about a second at 100,000 rounds). Returns a function that stops.
 */
export function foldSearchAhead(texts: RoundSearchTexts): () => void {
  return runWhenIdle(texts.fold(ROUNDS_PER_STEP), {
    done: () => undefined,
    // Searching folds what is left, and meets the error again if it is in the data.
    failed: (error) => console.warn('Search texts not folded ahead:', error),
  });
}
