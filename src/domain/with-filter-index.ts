import { buildFilterIndex } from './build-filter-index.ts';
import type { DatasetModel, DatedModel } from './dataset-model.ts';

/**
 * The model with its filter index, built from its rounds in time order. A module apart from dataset-model.ts,
 * whose dating code (the EDTF grammar among it) a page that reads the bundled dataset need not load.
 */
export function withFilterIndex({ filterValues: values, ...model }: DatedModel): DatasetModel {
  return { ...model, index: buildFilterIndex(model.dataset, model.rounds, values) };
}
