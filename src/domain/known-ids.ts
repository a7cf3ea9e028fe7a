import { problem, type Problem } from './problem.ts';
import type { IdNoun } from './problem-words.ts';

// Long lists of known ids drown the message; ten is enough to spot a typo.
const MAX_KNOWN_LISTED = 10;

/** The known ids a message lists: the first ten ("ua, ru, us"; empty for none), and how many more there are. */
export interface KnownIds {
  listed: string;
  more: number;
}

export function knownIds(ids: readonly string[]): KnownIds {
  return {
    listed: ids.slice(0, MAX_KNOWN_LISTED).join(', '),
    more: Math.max(0, ids.length - MAX_KNOWN_LISTED),
  };
}

/** knownIds of a map's keys, reading only the first ten: asked for a failure's words, not for every index. */
export function knownKeys(ids: ReadonlyMap<string, unknown>): KnownIds {
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
