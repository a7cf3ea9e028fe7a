import { useQuery } from '@tanstack/react-query';
import { datasetQuery } from '../data-access/dataset-query.ts';
import { DatasetErrorView } from '../features/dataset-status/dataset-error-view.tsx';
import { DatasetLoadingView } from '../features/dataset-status/dataset-loading-view.tsx';
import { DataSourceNotice } from '../features/dataset-status/data-source-notice.tsx';
import { RoundsList } from '../features/rounds-list/rounds-list.tsx';
import { useDatasetLocation } from './use-dataset-location.ts';

/** The full-page layout: header, where the data comes from, then the dataset or why it can't be shown. */
export function App() {
  const location = useDatasetLocation();
  const query = useQuery(datasetQuery(location.url));

  return (
    <div className="min-h-dvh bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100">
      <header className="border-b border-slate-200 px-4 py-3 dark:border-slate-800">
        <p className="text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300">Parley</p>
      </header>
      <main className="mx-auto max-w-5xl px-4 py-6">
        <DataSourceNotice location={location} />
        {query.isPending ? (
          <DatasetLoadingView url={location.url} />
        ) : query.isError ? (
          <DatasetErrorView
            url={location.url}
            error={query.error}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
          />
        ) : (
          <RoundsList dataset={query.data} />
        )}
      </main>
    </div>
  );
}
