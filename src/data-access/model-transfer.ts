import type { DatasetModel, DatedModel } from '../domain/dataset-model.ts';
import type { DatedRound } from '../domain/dated-rounds.ts';
import type { RoundDate } from '../domain/dates.ts';
import { countedIndex, indexedRound, type IndexedRound } from '../domain/filter-rounds.ts';
import { RoundSearchTexts } from '../domain/round-search-texts.ts';
import type { Round } from '../domain/schema.ts';
import { StringPool } from './string-pool.ts';

/*
 * The dataset model as the worker sends it: JSON text in parts, each its own message. Structured cloning the
 * model's object graph cost the page 4 s at 10,000 rounds (measured, on a loaded 2-core machine) in one task,
 * and one message holding every batch still cost a 1.5 s task at 100,000 rounds just to arrive. One message
 * per batch arrives as its own task. The rounds go first, as they pass the schema, so the page parses them
 * while the worker is still checking and dating; the model's head and its time order follow. The page makes
 * the filter index itself, each round's entry as the round arrives: the worker would have made every entry
 * only for the counts the filter panel first shows (0.55 s of its time at 100,000 rounds, in Node).
 */

/** One message of an encoded model, in this order: every `rounds` batch, the `head`, every `order` batch. */
export type ModelPart =
  /** Valid rounds, a batch in dataset order. */
  | { kind: 'rounds'; text: string }
  /** The model without its rounds (ModelHead): dataset (rounds: []), meta dates and the filters' values. */
  | { kind: 'head'; text: string }
  /** Rounds in time order, a batch: [position in dataset.rounds, date fields, date text]. */
  | { kind: 'order'; text: string };

/** What the head part carries: the model but its rounds (the dataset's own rounds come in their parts). */
type ModelHead = Omit<DatedModel, 'rounds'>;

type DateFields = [number, number, RoundDate['precision'], RoundDate['kind'], boolean, boolean];
/** A round in the time order: [position in dataset.rounds, date fields, date text]. */
export type OrderEntry = [number, ...DateFields, string];

/** The time order's entry for `dated`, the round at `position` in dataset.rounds. */
export function orderEntry({ date, dateText }: DatedRound, position: number): OrderEntry {
  const { start, end, precision, kind, approximate, uncertain } = date;
  return [position, start.getTime(), end.getTime(), precision, kind, approximate, uncertain, dateText];
}

/** The date an order entry carries. */
export function entryDate([, from, end, precision, kind, approximate, uncertain]: OrderEntry): RoundDate {
  return { start: new Date(from), end: new Date(end), precision, kind, approximate, uncertain };
}

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

/** Encodes the rest of a model built from rounds already sent (encodeRounds), one part at a time. */
export function* encodeModel(model: DatedModel): Generator<ModelPart> {
  const position = new Map(model.dataset.rounds.map((round, i) => [round, i]));
  const head: ModelHead = {
    dataset: { ...model.dataset, rounds: [] },
    metaDates: model.metaDates,
    filterValues: model.filterValues,
  };
  yield { kind: 'head', text: JSON.stringify(head) };
  for (let start = 0; start < model.rounds.length; start += ROUNDS_PER_PART) {
    const batch = model.rounds
      .slice(start, start + ROUNDS_PER_PART)
      .map((dated) => orderEntry(dated, position.get(dated.round)!));
    yield { kind: 'order', text: JSON.stringify(batch) };
  }
}

/** Rebuilds a model on the page from its parts, each decoded as it arrives. */
export class ModelDecoder {
  private head: ModelHead | null = null;
  private readonly inDatasetOrder: Round[] = [];
  /** The rounds' index entries, in dataset order, made as each round arrives; dated with the time order. */
  private readonly entries: IndexedRound[] = [];
  private readonly rounds: DatedRound[] = [];
  private readonly indexed: IndexedRound[] = [];
  // Rounds repeat ids, names and summaries, and dates their words: one copy of each (at 100,000 rounds the
  // heap went from 348 to 204 MB). The index entries made here hold the rounds' own strings.
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
    } else {
      for (const ordered of JSON.parse(part.text) as OrderEntry[]) {
        const [at, from, end, , , , , dateText] = ordered;
        const round = this.inDatasetOrder[at];
        if (round === undefined) throw new Error(`the dataset model names a round it never sent (${at})`);
        this.rounds.push({ round, date: entryDate(ordered), dateText: this.strings.share(dateText) });
        const entry = this.entries[at]!;
        entry.start = from;
        entry.end = end;
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
