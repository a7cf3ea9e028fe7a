import type { DatasetModel } from '../domain/dataset-model.ts';
import type { DatedRound } from '../domain/dated-rounds.ts';
import type { RoundDate } from '../domain/dates.ts';
import type { IndexedRound } from '../domain/filter-rounds.ts';
import type { Round } from '../domain/schema.ts';

/*
 * The dataset model as the worker sends it: JSON text, first the model without its rounds, then the rounds in
 * batches, each its own message. Structured cloning the model's object graph cost the page 4 s at 10,000 rounds
 * (measured, on a loaded 2-core machine) in one task, and one message holding every batch still cost a 1.5 s
 * task at 100,000 rounds just to arrive. One message per batch arrives as its own task, and the page parses
 * each batch while the worker is still encoding the next, so the two threads overlap.
 */

/** One message of an encoded model: the head (the model with no rounds) comes first, then the batches. */
export type ModelPart = { kind: 'head'; text: string; total: number } | { kind: 'batch'; text: string };

type DateFields = [number, number, RoundDate['precision'], RoundDate['kind'], boolean, boolean];
/** One round of a batch: [position in dataset.rounds, round, date fields, date text, index entry]. */
type EncodedRound = [number, Round, ...DateFields, string, IndexedRound];

const BATCH = 2_000;

/** Encodes a model in the worker, one part at a time, so each can be posted as soon as it is ready. */
export function* encodeModel(model: DatasetModel): Generator<ModelPart> {
  const position = new Map(model.dataset.rounds.map((round, i) => [round, i]));
  const head = JSON.stringify({
    ...model,
    dataset: { ...model.dataset, rounds: [] },
    index: { ...model.index, rounds: [] },
    rounds: [],
  });
  yield { kind: 'head', text: head, total: model.rounds.length };
  for (let start = 0; start < model.rounds.length; start += BATCH) {
    const batch = model.rounds
      .slice(start, start + BATCH)
      .map(({ round, date, dateText }, offset): EncodedRound => {
        const indexed = model.index.rounds[start + offset]!;
        const { start: from, end, precision, kind, approximate, uncertain } = date;
        return [
          position.get(round)!,
          round,
          from.getTime(),
          end.getTime(),
          precision,
          kind,
          approximate,
          uncertain,
          dateText,
          indexed,
        ];
      });
    yield { kind: 'batch', text: JSON.stringify(batch) };
  }
}

/** Rebuilds a model on the page from its parts, each decoded as it arrives. */
export class ModelDecoder {
  private head: DatasetModel | null = null;
  private total = 0;
  private readonly rounds: DatedRound[] = [];
  private readonly indexed: IndexedRound[] = [];
  private readonly original: Round[] = [];

  /** Decodes one part; the answer is how many rounds have arrived so far, and how many there are. */
  accept(part: ModelPart): { done: number; total: number } {
    if (part.kind === 'head') {
      this.head = JSON.parse(part.text) as DatasetModel;
      this.total = part.total;
    } else {
      for (const [
        at,
        round,
        from,
        end,
        precision,
        kind,
        approximate,
        uncertain,
        dateText,
        entry,
      ] of JSON.parse(part.text) as EncodedRound[]) {
        const date: RoundDate = {
          start: new Date(from),
          end: new Date(end),
          precision,
          kind,
          approximate,
          uncertain,
        };
        this.rounds.push({ round, date, dateText });
        this.indexed.push(entry);
        this.original[at] = round;
      }
    }
    return { done: this.rounds.length, total: this.total };
  }

  /** The model, once every part has arrived. */
  finish(): DatasetModel {
    const model = this.head;
    if (model === null || this.rounds.length !== this.total) {
      throw new Error(`the dataset model arrived incomplete (${this.rounds.length} of ${this.total} rounds)`);
    }
    return {
      ...model,
      dataset: { ...model.dataset, rounds: this.original },
      index: { ...model.index, rounds: this.indexed },
      rounds: this.rounds,
    };
  }
}
