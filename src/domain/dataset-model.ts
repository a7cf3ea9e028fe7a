import { formatEdtf } from './date-precision.ts';
import { datedRoundsInTimeOrder, type DatedRound } from './dated-rounds.ts';
import { buildFilterIndex, type FilterIndex } from './filter-rounds.ts';
import type { Dataset } from './schema.ts';

/**
 * A validated dataset as the views read it: the data as written, its rounds dated and in time order, and the
 * filter index. Built once where the data is checked (in the dataset worker), so views never parse EDTF.
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

/** Dates, orders and indexes a validated dataset. */
export function buildDatasetModel(dataset: Dataset): DatasetModel {
  const rounds = datedRoundsInTimeOrder(dataset.rounds);
  const { coverage, updated } = dataset.meta;
  const metaDates = {
    updated: formatEdtf(updated),
    coverage: coverage ? { from: formatEdtf(coverage.from), to: formatEdtf(coverage.to) } : null,
  };
  return { dataset, rounds, index: buildFilterIndex(dataset, rounds), metaDates };
}
