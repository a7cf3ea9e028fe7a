import bundled from '../../../data/russia-ukraine-2025.json';
import { datedRoundsInTimeOrder } from '../../domain/dated-rounds.ts';
import { buildFilterIndex } from '../../domain/filter-rounds.ts';
import { datasetSchema } from '../../domain/schema.ts';

/** The bundled dataset and its filter index, for the component tests in this folder. */
export function bundledFilterData() {
  const dataset = datasetSchema.parse(bundled);
  return { dataset, index: buildFilterIndex(dataset, datedRoundsInTimeOrder(dataset.rounds)) };
}
