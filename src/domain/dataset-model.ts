import { formatEdtf } from './date-precision.ts';
import { datedRoundsInTimeOrder, type DatedRound } from './dated-rounds.ts';
import type { FilterIndex } from './filter-rounds.ts';
import { filterValues } from './build-filter-index.ts';
import type { Dataset } from './schema.ts';

/**
 * A validated dataset as the views read it: the data as written, its rounds dated and in time order, and the
 * filter index. Dated where the data is checked (in the dataset worker), so views never parse EDTF; indexed
 * on the page, from the worker's parts (DatedModel).
 */
export interface DatasetModel {
  dataset: Dataset;
  /** Every round with its parsed date, in time order (datedRoundsInTimeOrder). */
  rounds: DatedRound[];
  index: FilterIndex;
  /** The dates of `meta` in words ("21 March 2026"), for the coverage note under the timeline. */
  metaDates: MetaDateWords;
  /** The dataset as written, when `dataset` is a translation of it (localise-model.ts): filters name its values. */
  original?: Dataset;
}

export interface MetaDateWords {
  updated: string;
  coverage: { from: string; to: string } | null;
}

/**
 * A validated dataset dated and in time order, with the values its filters offer but not its filter index:
 * what the dataset worker sends. The page makes each round's index entry as the round arrives
 * (model-transfer.ts), so the worker does not make them.
 */
export interface DatedModel extends Omit<DatasetModel, 'index' | 'original'> {
  filterValues: FilterIndex['values'];
}

/** Dates and orders a validated dataset, and lists the values its filters offer. */
export function datedModel(dataset: Dataset): DatedModel {
  const rounds = datedRoundsInTimeOrder(dataset.rounds);
  const { coverage, updated } = dataset.meta;
  const metaDates = {
    updated: formatEdtf(updated),
    coverage: coverage ? { from: formatEdtf(coverage.from), to: formatEdtf(coverage.to) } : null,
  };
  return { dataset, rounds, metaDates, filterValues: filterValues(dataset) };
}
