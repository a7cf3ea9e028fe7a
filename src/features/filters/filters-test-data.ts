import { buildFilterIndex } from '../../domain/build-filter-index.ts';
import { bundledData } from '../../test/bundled-dataset.ts';

/** The bundled dataset and its filter index, for the component tests in this folder. */
export function bundledFilterData() {
  const { dataset, rounds } = bundledData();
  return { dataset, index: buildFilterIndex(dataset, rounds) };
}
