import { useMemo } from 'react';
import { resolveDatasetLocation, type DatasetLocation } from '../data-access/dataset-url.ts';

/** The dataset this page shows; `?data=` is read once, since changing it means loading a new page. */
export function useDatasetLocation(): DatasetLocation {
  return useMemo(() => resolveDatasetLocation(window.location.href, document.baseURI), []);
}
