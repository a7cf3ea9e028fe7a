import { queryOptions } from '@tanstack/react-query';
import { fetchDataset } from './fetch-dataset.ts';

/** The one place dataset queries are named. */
export const datasetKeys = {
  all: ['dataset'] as const,
  byUrl: (url: string) => [...datasetKeys.all, url] as const,
};

/** Query options for the dataset at `url`; a dataset never changes while the page is open. */
export function datasetQuery(url: string) {
  return queryOptions({
    queryKey: datasetKeys.byUrl(url),
    queryFn: ({ signal }) => fetchDataset(url, signal),
    staleTime: Infinity,
    // Retrying hides a broken dataset behind seconds of spinner; the error view has a Retry button.
    retry: false,
  });
}
