import type { DatasetModel } from '../domain/dataset-model.ts';
import type { DatedRound } from '../domain/dated-rounds.ts';
import type { RoundDate } from '../domain/dates.ts';
import type { IndexedRound } from '../domain/filter-rounds.ts';
import type { Round } from '../domain/schema.ts';

/**
 * The dataset model as the worker sends it: JSON text in batches of rounds. Structured cloning the model's
 * object graph cost the page 4 s at 10,000 rounds (measured, on a loaded 2-core machine) in one task; JSON text
 * crosses as a plain copy, and the page parses it one batch per task, so no task grows with the dataset.
 */
export interface EncodedModel {
  /** The model without its rounds: dataset (rounds: []), index (rounds: []) and meta dates. */
  head: string;
  /** Rounds in time order, in batches: [position in dataset.rounds, round, date fields, date text, index entry]. */
  batches: string[];
}

type DateFields = [number, number, RoundDate['precision'], RoundDate['kind'], boolean, boolean];
type EncodedRound = [number, Round, ...DateFields, string, IndexedRound];

const BATCH = 2_000;

/** Encodes a model in the worker. */
export function encodeModel(model: DatasetModel): EncodedModel {
  const position = new Map(model.dataset.rounds.map((round, i) => [round, i]));
  const head = JSON.stringify({
    ...model,
    dataset: { ...model.dataset, rounds: [] },
    index: { ...model.index, rounds: [] },
    rounds: [],
  });
  const batches: string[] = [];
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
    batches.push(JSON.stringify(batch));
  }
  return { head, batches };
}

/** Decodes a model on the page, yielding between batches so the page keeps answering input. */
export async function decodeModel(encoded: EncodedModel): Promise<DatasetModel> {
  const model = JSON.parse(encoded.head) as DatasetModel;
  const rounds: DatedRound[] = [];
  const indexed: IndexedRound[] = [];
  const original: Round[] = [];
  for (const text of encoded.batches) {
    await new Promise((resolve) => setTimeout(resolve, 0));
    for (const [at, round, from, end, precision, kind, approximate, uncertain, dateText, entry] of JSON.parse(
      text,
    ) as EncodedRound[]) {
      const date: RoundDate = {
        start: new Date(from),
        end: new Date(end),
        precision,
        kind,
        approximate,
        uncertain,
      };
      rounds.push({ round, date, dateText });
      indexed.push(entry);
      original[at] = round;
    }
  }
  return {
    ...model,
    dataset: { ...model.dataset, rounds: original },
    index: { ...model.index, rounds: indexed },
    rounds,
  };
}
