import type { DatasetModel, DatedModel } from '../domain/dataset-model.ts';
import type { DatedRound } from '../domain/dated-rounds.ts';
import type { RoundDate } from '../domain/dates.ts';
import { dateEntry, entryDate, type DateEntry } from './date-entry.ts';
import { countedIndex, indexedRound, type IndexedRound } from '../domain/filter-rounds.ts';
import { RoundSearchTexts } from '../domain/round-search-texts.ts';
import type { Round } from '../domain/schema.ts';
import { StringPool } from './string-pool.ts';

/*
 * The dataset model as the worker sends it: JSON text in parts, each its own message. Structured cloning the
 * model's object graph cost the page 4 s at 10,000 rounds (measured, on a loaded 2-core machine) in one task,
 * and one message holding every batch still cost a 1.5 s task at 100,000 rounds just to arrive. One message
 * per batch arrives as its own task. The rounds go first, as they pass the schema, so the page parses them
 * while the worker is still checking and dating; the model's head, its dates and its time order follow. The
 * page makes the filter index itself, each round's entry as the round arrives: the worker would have made every
 * entry only for the counts the filter panel first shows (0.55 s of its time at 100,000 rounds, in Node).
 */

/**
 * One message of an encoded model, in this order: every `rounds` batch, the `head`, every `dates` batch, every
 * `order` batch.
 */
export type ModelPart =
  /** Valid rounds, a batch in dataset order. */
  | { kind: 'rounds'; text: string }
  /** The model without its rounds (ModelHead): dataset (rounds: []), meta dates and the filters' values. */
  | { kind: 'head'; text: string }
  /** The rounds' dates, a batch: each date with its words once (DateEntry), as the time order first names them. */
  | { kind: 'dates'; text: string }
  /** Rounds in time order, a batch: flat pairs of numbers, a round's position in dataset.rounds and its date's. */
  | { kind: 'order'; text: string };

/** What the head part carries: the model but its rounds (the dataset's own rounds come in their parts). */
type ModelHead = Omit<DatedModel, 'rounds'>;

/**
 * Rounds per message. Each message is decoded on the page in a task of its own; at 2,000 a part took 100–260 ms
 * there (with the garbage collection it brings), at 1,000 101–157 ms (load traces at 100,000 rounds). At 500,
 * the load's long tasks add up to 1.5–2.0 s instead of 2.3–2.5 s (side-by-side harness, three runs each).
 */
export const ROUNDS_PER_PART = 500;

/**
 * Encodes rounds that passed the schema in the worker, before the model is built from them. A round whose
 * text in the dataset is just the round (`roundText`, see RoundsPassed) goes as that text, not written again.
 */
export function* encodeRounds(
  rounds: readonly Round[],
  roundText?: (index: number) => string | undefined,
): Generator<ModelPart> {
  for (let start = 0; start < rounds.length; start += ROUNDS_PER_PART) {
    const batch = rounds.slice(start, start + ROUNDS_PER_PART);
    const text =
      roundText === undefined
        ? JSON.stringify(batch)
        : `[${batch.map((round, k) => roundText(start + k) ?? JSON.stringify(round)).join(',')}]`;
    yield { kind: 'rounds', text };
  }
}

/**
 * Encodes the rest of a model built from rounds already sent (encodeRounds), one part at a time. Rounds whose
 * dates are alike, words included, share one date entry: 100,000 generated rounds have 17,586 such dates. Sent
 * with each round instead, the time order took 94–137 ms to write here and 139–160 ms to read on the page, at
 * 100,000 rounds (Node), both after the last byte.
 */
export function* encodeModel(model: DatedModel): Generator<ModelPart> {
  const position = new Map(model.dataset.rounds.map((round, i) => [round, i]));
  const head: ModelHead = {
    dataset: { ...model.dataset, rounds: [] },
    metaDates: model.metaDates,
    filterValues: model.filterValues,
  };
  yield { kind: 'head', text: JSON.stringify(head) };
  const dates: DateEntry[] = [];
  // By the date's words, then its fields (a round's own label may word another date alike).
  const numbered = new Map<string, number[]>();
  const order: number[] = [];
  for (const dated of model.rounds) {
    let alike = numbered.get(dated.dateText);
    if (alike === undefined) numbered.set(dated.dateText, (alike = []));
    let number = alike.find((k) => sameDate(dates[k]!, dated.date));
    if (number === undefined) {
      number = dates.length;
      alike.push(number);
      dates.push(dateEntry(dated));
    }
    order.push(position.get(dated.round)!, number);
  }
  for (let start = 0; start < dates.length; start += ROUNDS_PER_PART) {
    yield { kind: 'dates', text: JSON.stringify(dates.slice(start, start + ROUNDS_PER_PART)) };
  }
  for (let start = 0; start < order.length; start += 2 * ROUNDS_PER_PART) {
    yield { kind: 'order', text: JSON.stringify(order.slice(start, start + 2 * ROUNDS_PER_PART)) };
  }
}

/** Whether `entry` carries `date`. */
function sameDate([from, end, precision, kind, approximate, uncertain]: DateEntry, date: RoundDate): boolean {
  return (
    from === date.start.getTime() &&
    end === date.end.getTime() &&
    precision === date.precision &&
    kind === date.kind &&
    approximate === date.approximate &&
    uncertain === date.uncertain
  );
}

/** Rebuilds a model on the page from its parts, each decoded as it arrives. */
export class ModelDecoder {
  private head: ModelHead | null = null;
  private readonly inDatasetOrder: Round[] = [];
  /** The rounds' index entries, in dataset order, made as each round arrives; dated with the time order. */
  private readonly entries: IndexedRound[] = [];
  private readonly rounds: DatedRound[] = [];
  private readonly indexed: IndexedRound[] = [];
  /** The dates the time order names: each is one object, which the rounds on it share. */
  private readonly dates: Pick<DatedRound, 'date' | 'dateText'>[] = [];
  // Rounds repeat ids, names and summaries: one copy of each (at 100,000 rounds the heap went from 348 to
  // 204 MB). The index entries made here hold the rounds' own strings.
  private readonly strings = new StringPool();

  accept(part: ModelPart): void {
    if (part.kind === 'rounds') {
      for (const written of JSON.parse(part.text) as Round[]) {
        const round = this.strings.share(written);
        this.inDatasetOrder.push(round);
        // Made now, not sent: an entry holds only the round's own values, so its strings are the round's, and
        // making it costs the page less than decoding it (and the worker less than encoding it: 41 of the 49 MB
        // of the time order's JSON at 100,000 rounds). Made as the round arrives, while the worker is still
        // checking, dating and ordering; its interval comes with the time order (NaN, a number, until then).
        this.entries.push(indexedRound(round, NaN, NaN));
      }
    } else if (part.kind === 'head') {
      this.head = JSON.parse(part.text) as ModelHead;
    } else if (part.kind === 'dates') {
      for (const entry of JSON.parse(part.text) as DateEntry[]) {
        const [, , , , , , dateText] = entry;
        this.dates.push({ date: entryDate(entry), dateText });
      }
    } else {
      const pairs = JSON.parse(part.text) as number[];
      for (let k = 0; k < pairs.length; k += 2) {
        const at = pairs[k]!;
        const round = this.inDatasetOrder[at];
        if (round === undefined) throw new Error(`the dataset model names a round it never sent (${at})`);
        const dated = this.dates[pairs[k + 1]!];
        if (dated === undefined) {
          throw new Error(`the dataset model names a date it never sent (${pairs[k + 1]})`);
        }
        this.rounds.push({ round, date: dated.date, dateText: dated.dateText });
        const entry = this.entries[at]!;
        entry.start = dated.date.start.getTime();
        entry.end = dated.date.end.getTime();
        this.indexed.push(entry);
      }
    }
  }

  /** Drops the rounds received so far: they are sent again (the worker's `rounds-withdrawn`). */
  withdrawRounds(): void {
    this.inDatasetOrder.length = 0;
    this.entries.length = 0;
  }

  /** The model, once every part has arrived, with its filter index. */
  finish(): DatasetModel {
    const head = this.head;
    if (head === null) throw new Error('the dataset model arrived incomplete (no head)');
    if (this.rounds.length !== this.inDatasetOrder.length) {
      throw new Error(
        `the dataset model arrived incomplete (${this.rounds.length} of ${this.inDatasetOrder.length} rounds)`,
      );
    }
    const dataset = { ...head.dataset, rounds: this.inDatasetOrder };
    const searchTexts = new RoundSearchTexts(dataset, this.rounds);
    return {
      dataset,
      rounds: this.rounds,
      index: countedIndex({ rounds: this.indexed, searchTexts, values: head.filterValues }),
      metaDates: head.metaDates,
    };
  }
}
