import { problem, type Problem } from './problem.ts';
import type { IdNoun } from './problem-words.ts';

// Long lists of known ids drown the message; ten is enough to spot a typo.
const MAX_KNOWN_LISTED = 10;

/** The known ids a message lists: the first ten ("ua, ru, us"; empty for none), and how many more there are. */
export interface KnownIds {
  listed: string;
  more: number;
}

/**
 * The known ids of a collection's index (a Set of its ids, or a Map by id), in the order they were added. Only
 * the first ten are read: it is asked for when an id fails, not made for every index (at 100,000 rounds a list
 * of every id was 100,000 entries made for nothing).
 */
export function knownIds(ids: ReadonlySet<string> | ReadonlyMap<string, unknown>): KnownIds {
  const first: string[] = [];
  for (const id of ids.keys()) {
    if (first.length === MAX_KNOWN_LISTED) break;
    first.push(id);
  }
  return { listed: first.join(', '), more: Math.max(0, ids.size - MAX_KNOWN_LISTED) };
}

/** `unknown party "ru2" (known: ua, ru)`, as a catalogue message. */
export function unknownId(noun: IdNoun, id: string, known: KnownIds): Problem {
  return problem('unknownId', noun, id, known.listed, known.more);
}
