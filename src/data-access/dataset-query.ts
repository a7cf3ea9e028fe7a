import { queryOptions } from '@tanstack/react-query';
import { fetchDataset } from './fetch-dataset.ts';
import type { TransportLimits } from './transport-deadlines.ts';

/** The one place dataset queries are named. */
export const datasetKeys = {
  all: ['dataset'] as const,
  byUrl: (url: string) => [...datasetKeys.all, url] as const,
};

/**
 * Query options for the dataset at `url`; a dataset never changes while the page is open. `limits` bound the
 * download's waits; they do not change the data, so they are not part of the key.
 */
export function datasetQuery(url: string, limits?: TransportLimits) {
  // The same bytes arrive whatever the deadlines, so one cache entry per URL is right.
  // eslint-disable-next-line @tanstack/query/exhaustive-deps
  return queryOptions({
    queryKey: datasetKeys.byUrl(url),
    queryFn: ({ signal }) => fetchDataset(url, signal, limits),
    staleTime: Infinity,
    // Retrying hides a broken dataset behind seconds of spinner; the error view has a Retry button.
    retry: false,
    // The load starts before the app mounts (start-dataset-load.ts); a failure that arrives first must show
    // the error view, not be fetched again when the app's query mounts.
    retryOnMount: false,
  });
}
