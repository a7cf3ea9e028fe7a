import type { CollectionsBefore, EarlyRoundChecks } from '../domain/validate-dataset.ts';
import type { ReferencesCheckedEarly, RoundReferenceCheck } from '../domain/validate-references.ts';
import type { Round } from '../domain/schema.ts';
import type { ArrayElements, ElementWatch, RootArray } from './ascii-json-text.ts';
import { ROUNDS_PER_PART } from './model-transfer.ts';
import { toldRound } from './told-round.ts';
import type { RoundsPassed } from './parse-dataset-body.ts';

/** What was read of the rounds while the bytes arrived, for the reading after the last byte (parseDatasetBody). */
export interface EarlyRounds {
  /** The rounds array they belong to, as AsciiJsonText found it. */
  array: RootArray;
  /** Each element of the array as JSON.parse gave it, in order: every element, once the array is complete. */
  parsed: readonly unknown[];
  /** The quick check's answer for the first of them, as many as were checked (undefined where it was unsure). */
  checked: readonly (Round | undefined)[];
  /** How many of them, from the first, were told as passed. */
  told: number;
  /** Those of the first checked that passed their own reference checks too, and against what (or null). */
  referenced: ReferencesCheckedEarly | null;
  /**
   * Where the reading after the last byte reads the dataset afresh: says that the rounds told are void, and lets
   * go of the rounds read (so that two sets of them are not held at once).
   */
  withdraw(): void;
}

/** Where rounds that pass are told while the bytes arrive: both, or there is no telling then. */
export interface EarlyTell {
  passed: RoundsPassed;
  /** The rounds told so far are void: those of the dataset are told again, unless the load fails. */
  withdrawn: () => void;
  /**
   * Whether the rounds told as their text may be kept here by their values that the reading after the last byte
   * reads of every round (told-round.ts): where the model made here is only sent on, as the dataset worker's is,
   * never handed to code that lists a round's keys.
   */
  keepLight?: boolean;
}

/**
 * Reads the rounds while the dataset downloads. Each round's text is parsed as soon as its last byte has come
 * (AsciiJsonText tells of it), checked on the schema's success path once the validator has loaded, and told as
 * passed, in order and a batch at a time, while every round before it passed and so did the collections the
 * schema checks before the rounds that the text writes before them. Where those collections hold all that a
 * round refers to (parties, people, topics, sources), each round's own references are checked against them
 * too. The reading after the last byte (parseDatasetBody) then parses only the text around the rounds, checks
 * only the rounds left unchecked or unsure (zod's own parse, where the success path was unsure) and the
 * references of those whose own were not checked, or where the collections turn out otherwise (a key written
 * again after the rounds), and tells the rest.
 *
 * Why: the worker was mostly idle while the bytes came, then parsed and checked the whole text. With the bytes
 * coming over a network (Chromium's throttling, production build, interleaved runs), ready came 0.24–0.26 s
 * after the last byte instead of 0.44–0.46 s at 10,000 rounds over 100 Mbit/s, and 1.2–1.3 s instead of
 * 2.9–3.0 s at 100,000 rounds over 200 Mbit/s; with the references checked here too, 0.19–0.23 s and
 * 0.71–0.81 s. With the data on this 2-core machine itself, ready moves within the noise: the worker's work
 * then slows the download about as much as it shortens what follows it.
 *
 * Rounds told here are told before the rest of the dataset is known to be valid, as rounds told while the
 * reading after the last byte checks them already were: should the dataset fail, the failure drops them. Should
 * the reading after the last byte not use what was read here, they are withdrawn.
 */
export class RoundsAsTheyArrive implements ElementWatch {
  private array: RootArray | null = null;
  private parsed: unknown[] = [];
  private checked: (Round | undefined)[] = [];
  /**
   * The texts of the rounds parsed but not yet told, from round `told` on, kept only while they may be told:
   * each is a slice that keeps a whole chunk of the body alive.
   */
  private untoldTexts: string[] = [];
  private told = 0;
  /** Set when a round's text did not parse: the whole is not JSON, which the reading after the last byte words. */
  private broken = false;
  private checks: EarlyRoundChecks | null = null;
  /**
   * Whether the collections written before the rounds passed (null where they did not), with the checks of the
   * rounds' references against them where they hold all that rounds refer to: asked once, at the first round.
   */
  private collectionsBefore: CollectionsBefore | null | undefined;
  /**
   * Whether the meta written before the rounds lists one language. A dataset in more than one may translate
   * every round, and the checks of a translated round read its outcomes and participants: a round kept light
   * (EarlyTell.keepLight) would be parsed again after the last byte. Twenty thousand bundled rounds, each one
   * translated (in ASCII), took 0.79–0.99 s after the last byte kept light instead of 0.42–0.49 s kept whole
   * (Node, three runs each).
   */
  private oneLanguage = false;
  /** How many rounds, from the first, passed their own reference checks. */
  private referenced = 0;
  /** Whether rounds' references are still checked: not after a round that was unsure or failed them. */
  private referencing = true;
  /** The text before the rounds array, read as its first elements come, until it has been checked. */
  private textBefore: string | null = null;
  /** Set once the reading as the bytes arrive is over: from then on the reading after the last byte tells. */
  private stopped = false;
  /**
   * Whether rounds may still be told as the bytes arrive: not without `tell`, nor once the collections before the
   * rounds failed or telling did. The rounds are still read and checked; the reading after the last byte tells.
   */
  private telling: boolean;

  constructor(private readonly tell: EarlyTell | undefined) {
    this.telling = tell !== undefined;
  }

  elements({ array, from, texts, textBefore }: ArrayElements): void {
    if (this.stopped) return;
    // A second rounds array: JSON.parse keeps the last, so the first's rounds go.
    if (array !== this.array) this.restart(array);
    if (this.broken || from !== this.parsed.length) return;
    if (this.collectionsBefore === undefined) this.textBefore ??= textBefore();
    for (const text of texts) {
      try {
        this.parsed.push(JSON.parse(text));
      } catch {
        this.broken = true;
        this.untoldTexts = [];
        return;
      }
      if (this.telling) this.untoldTexts.push(text);
    }
    this.checkAndTell();
  }

  /** Starts checking, with the validator's checks once it has loaded. */
  checkWith(checks: EarlyRoundChecks): void {
    this.checks = checks;
    this.checkAndTell();
  }

  /** Ends the reading as the bytes arrive (the download is over, or failed): nothing more is checked or told. */
  stop(): void {
    this.stopped = true;
    this.untoldTexts = [];
    this.textBefore = null;
  }

  /**
   * What was read, for the reading after the last byte, which it stops; null where nothing usable was (no rounds
   * array, or a round that did not parse), any rounds told then being withdrawn.
   */
  result(): EarlyRounds | null {
    this.stop();
    if (this.array === null || this.broken) {
      this.withdrawTold();
      return null;
    }
    const withdraw = () => {
      this.withdrawTold();
      // Emptied, not replaced: the caller holds these very arrays.
      this.parsed.length = 0;
      this.checked.length = 0;
    };
    const references = this.collectionsBefore?.references;
    const referenced =
      references && this.referenced > 0
        ? { rounds: this.checked, count: this.referenced, targets: references.targets }
        : null;
    const { array, parsed, checked, told } = this;
    return { array, parsed, checked, told, referenced, withdraw };
  }

  /** Says that the rounds told are void, if any were. */
  private withdrawTold(): void {
    if (this.told > 0) this.tell?.withdrawn();
    this.told = 0;
  }

  private restart(array: RootArray): void {
    this.withdrawTold();
    this.array = array;
    this.parsed = [];
    this.checked = [];
    this.untoldTexts = [];
    this.broken = false;
    this.collectionsBefore = undefined;
    this.oneLanguage = false;
    this.referenced = 0;
    this.referencing = true;
    this.textBefore = null;
  }

  /** Checks the rounds parsed (their schema, then their references), then tells those that passed. */
  private checkAndTell(): void {
    const checks = this.checks;
    if (checks === null || this.broken || this.stopped) return;
    try {
      for (let k = this.checked.length; k < this.parsed.length; k += 1) {
        this.checked.push(checks.round(this.parsed[k]));
      }
    } catch {
      // The checks never throw on any input; should one, the reading after the last byte checks what is left.
      this.checks = null;
      return;
    }
    if (this.checked.length === 0) return;
    const before = this.collectionsBeforeChecked(checks);
    if (before?.references) this.checkReferences(before.references);
    if (!this.telling || this.tell === undefined) return;
    let passed = this.told;
    while (passed < this.checked.length && this.checked[passed] !== undefined) passed += 1;
    // Whole parts only (model-transfer.ts), so that each leaves the worker as one message of full size.
    const count = passed - this.told - ((passed - this.told) % ROUNDS_PER_PART);
    if (count === 0) return;
    if (before === null) return this.stopTelling();
    const from = this.told;
    const rounds = this.checked.slice(from, from + count) as Round[];
    const texts = this.untoldTexts.splice(0, count);
    const parsed = this.parsed;
    // The schema gives back the very object it was given only when it would change nothing in it.
    const textOf = (k: number) => (rounds[k] === parsed[from + k] ? texts[k] : undefined);
    this.told += count;
    try {
      this.tell.passed(rounds, textOf);
    } catch {
      // Some of them may have been told: all are withdrawn, and the reading after the last byte tells them.
      this.withdrawTold();
      this.stopTelling();
      return;
    }
    if (this.tell.keepLight && this.oneLanguage) this.keepLight(from, count, textOf);
  }

  /**
   * Keeps the rounds just told (`count` from `from`) as ToldRound where they went as their text and passed their
   * own reference checks, so that only what needs every round is read of them after the last byte. A round whose
   * references were not checked is kept whole: its own checks run after the last byte, and would read it all;
   * so is one whose text is not the round (the schema changed it).
   */
  private keepLight(from: number, count: number, textOf: (k: number) => string | undefined): void {
    const end = Math.min(from + count, this.referenced);
    for (let at = from; at < end; at += 1) {
      const text = textOf(at - from);
      if (text === undefined) continue;
      const light = toldRound(this.checked[at]!, text);
      // The same object in both, as the round was: validateReferences knows the rounds it checked by identity.
      this.checked[at] = light;
      this.parsed[at] = light;
    }
  }

  private stopTelling(): void {
    this.telling = false;
    this.untoldTexts = [];
  }

  /**
   * Checks the references of the rounds checked since, in order, until one was unsure or fails them: at
   * 100,000 rounds they took 310–320 ms after the last byte (Node), left only to those that need every round.
   */
  private checkReferences(references: RoundReferenceCheck): void {
    try {
      while (this.referencing && this.referenced < this.checked.length) {
        const round = this.checked[this.referenced];
        if (round === undefined || !references.passes(round)) this.referencing = false;
        else this.referenced += 1;
      }
    } catch {
      // As the checks above: never on any input; should one throw, validateReferences checks the rest.
      this.referencing = false;
    }
  }

  /** Whether the collections the text writes before the rounds pass their schema, and more (asked once). */
  private collectionsBeforeChecked(checks: EarlyRoundChecks): CollectionsBefore | null {
    if (this.collectionsBefore === undefined) {
      // The rounds array closed at once: what stands before it makes the start of a dataset that parses.
      const start = parsedOrNull(`${this.textBefore}[]}`);
      this.oneLanguage = listsOneLanguage(start);
      this.textBefore = null;
      try {
        this.collectionsBefore = checks.collectionsBefore(start);
      } catch {
        this.collectionsBefore = null;
      }
    }
    return this.collectionsBefore;
  }
}

/** Whether `start`, the dataset up to its rounds, has a meta that lists exactly one language. */
function listsOneLanguage(start: unknown): boolean {
  const meta = (start as { meta?: unknown } | null)?.meta;
  const languages = (meta as { languages?: unknown } | null | undefined)?.languages;
  return Array.isArray(languages) && languages.length === 1;
}

/**
 * The value of `text`, or null where it does not parse. Not parseJsonText: its depth check and wording would join
 * the worker's own script, which is fetched before the download starts (327 bytes gzip), for nothing here.
 */
function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/**
 * The dataset the text writes, with the rounds read while it arrived in place of its rounds array, or null where
 * that cannot be vouched for: the array is not the one JSON.parse keeps, or not every element was read, or
 * something other than an object or array stands between them, or the text around the array does not parse
 * (the caller then parses the whole text, and words any error from it). JSON.parse of each element gives what
 * it gives of the element inside the whole, so that the value is the one JSON.parse gives of the whole text.
 * `slice` gives parts of the text (AsciiJsonText's, which need not join the whole).
 */
export function datasetWithEarlyRounds(
  slice: (from: number, to: number) => string,
  rounds: RootArray | null,
  early: EarlyRounds,
): Record<string, unknown> | null {
  const { array, parsed } = early;
  if (rounds !== array || array.close === -1 || parsed.length * 2 !== array.spans.length) return null;
  const { spans, open, close } = array;
  // Between `[` and the first element, between two elements and after the last: only white space and one comma.
  let from = open + 1;
  for (let k = 0; k < spans.length; k += 2) {
    if (!isGap(slice(from, spans[k]!), k > 0)) return null;
    from = spans[k + 1]!;
  }
  if (!isGap(slice(from, close), false)) return null;
  let value: unknown;
  try {
    value = JSON.parse(slice(0, open + 1) + slice(close, Infinity));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const dataset = value as Record<string, unknown>;
  // The array JSON.parse kept is the last rounds array, the one given here, now empty.
  if (!Array.isArray(dataset.rounds) || dataset.rounds.length !== 0) return null;
  dataset.rounds = parsed;
  return dataset;
}

/** Whether `gap` is JSON white space, with one comma in it when `comma`. */
function isGap(gap: string, comma: boolean): boolean {
  let commas = 0;
  for (let at = 0; at < gap.length; at += 1) {
    const code = gap.charCodeAt(at);
    if (code === 0x2c) commas += 1;
    else if (code !== 0x20 && code !== 0x0a && code !== 0x0d && code !== 0x09) return false;
  }
  return commas === (comma ? 1 : 0);
}
