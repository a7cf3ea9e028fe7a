import type { Round } from '../domain/schema.ts';

/**
 * For each key of a round, whether a ToldRound keeps its value or parses it again when it is read. Kept: what the
 * reading after the last byte reads of every round, its id, kind, title and dates (the time order), its place
 * (the filters' values), status and documents (checkDocumentsAndStatus), relations (the reference checks) and
 * disputes (the summary), and the other short values (short title, summary, format); arrays among them are ones
 * most rounds do not have. Read again: most of a round's objects. Every key is listed: a key the schema gains
 * fails the type check here until it is.
 */
const ROUND_KEYS = {
  id: 'kept',
  kind: 'kept',
  status: 'kept',
  title: 'kept',
  shortTitle: 'kept',
  date: 'kept',
  dateLabel: 'kept',
  summary: 'kept',
  location: 'kept',
  format: 'kept',
  related: 'kept',
  documents: 'kept',
  disputes: 'kept',
  participants: 'read again',
  sessions: 'read again',
  outcomes: 'read again',
  statements: 'read again',
  sources: 'read again',
} as const satisfies Record<keyof Round, 'kept' | 'read again'>;

const keysThat = (how: 'kept' | 'read again') =>
  (Object.keys(ROUND_KEYS) as (keyof Round)[]).filter((key) => ROUND_KEYS[key] === how);
const KEPT = keysThat('kept');
const READ_AGAIN = keysThat('read again');

/**
 * A round the dataset worker has sent to the page as its text, kept in the worker by the values the reading after
 * the last byte reads of every round (ROUND_KEYS) and by that text (a slice of the download, which the worker
 * holds until the end anyway); the rest is parsed again from the text, once, should anything read it: the
 * round's own checks where they must run again, a story step's round, a round not held (its outcomes' statuses).
 * Its values are the round's, read for read, and so is its JSON.
 *
 * Why: the worker held every round whole, about a dozen objects each, from its text's arrival until the model
 * was sent. Objects that stay are copied by the garbage collector from the young generation to the old: at
 * 100,000 rounds the worker's reading while the bytes came took 2,088–2,272 ms with every round whole and
 * 1,775–1,905 ms with them kept light (Node, the worker's steps on the bytes of a generated dataset).
 *
 * Only for a model that is encoded, never handed on as objects: its own keys are only the kept values the round
 * has, so spreading it or listing its keys would miss the rest.
 */
class ToldRound {
  // Declared, not defined: a round's own keys are only the values it has (below); the others are getters.
  declare readonly id: Round['id'];
  declare readonly kind: Round['kind'];
  declare readonly status?: Exclude<Round['status'], undefined>;
  declare readonly title: Round['title'];
  declare readonly shortTitle?: Exclude<Round['shortTitle'], undefined>;
  declare readonly date: Round['date'];
  declare readonly dateLabel?: Exclude<Round['dateLabel'], undefined>;
  declare readonly summary?: Exclude<Round['summary'], undefined>;
  declare readonly location?: Exclude<Round['location'], undefined>;
  declare readonly format?: Exclude<Round['format'], undefined>;
  declare readonly related?: Exclude<Round['related'], undefined>;
  declare readonly documents?: Exclude<Round['documents'], undefined>;
  declare readonly disputes?: Exclude<Round['disputes'], undefined>;
  declare readonly participants: Round['participants'];
  declare readonly sessions?: Exclude<Round['sessions'], undefined>;
  declare readonly outcomes: Round['outcomes'];
  declare readonly statements?: Exclude<Round['statements'], undefined>;
  declare readonly sources: Round['sources'];

  readonly #text: string;
  #round: Round | null = null;

  static {
    // On the prototype, so that a round's own keys stay the kept ones.
    for (const key of READ_AGAIN) {
      Object.defineProperty(ToldRound.prototype, key, {
        get(this: ToldRound) {
          return this.#read()[key];
        },
      });
    }
  }

  constructor(round: Round, text: string) {
    this.#text = text;
    const own = this as unknown as Record<string, unknown>;
    for (const key of KEPT) if (round[key] !== undefined) own[key] = round[key];
  }

  /** The round as JSON.stringify writes it: whole, not only the values kept. */
  toJSON(): Round {
    return this.#read();
  }

  /** The round parsed again from its text (the very text its values were parsed from). */
  #read(): Round {
    return (this.#round ??= JSON.parse(this.#text) as Round);
  }
}

/**
 * `round`, as parsed from `text` and told as that text, kept by its values the reading after the last byte
 * reads (ToldRound).
 */
export function toldRound(round: Round, text: string): Round {
  return new ToldRound(round, text) satisfies Round;
}
