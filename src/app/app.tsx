import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect } from 'react';
import { causeOf, failureKindOf } from '../data-access/dataset-load-error.ts';
import { datasetQuery } from '../data-access/dataset-query.ts';
import { pageWithBundledDataset } from '../data-access/dataset-url.ts';
import { DataSourceNotice } from '../features/dataset-status/data-source-notice.tsx';
import { DatasetErrorView } from '../features/dataset-status/dataset-error-view.tsx';
import { DatasetLoadingView } from '../features/dataset-status/dataset-loading-view.tsx';
import type { EmbedMode } from '../features/embed/embed-mode.ts';
import { announceEmbeddedDataset, announceEmbeddedFailure } from './embed-connection-loader.ts';
import { ExploreView } from './explore-view.tsx';
import { UrlNotices } from './url-notices.tsx';
import { ShareControls } from './share-controls.tsx';
import { useDatasetLocation } from './use-dataset-location.ts';
import { useResolvedTheme } from './use-theme.ts';
import { ThemeSwitch } from './view-controls.tsx';
import { DataCredit } from '../components/data-credit.tsx';
import { useDocumentTitle } from './use-document-title.ts';
import { PageLink, PhoneCreateLink } from './page-link.tsx';
import { useHashRoute } from './use-hash-route.ts';

// The editor is its own chunk: readers never download it.
const EditorPage = lazy(() => import('./editor-page.tsx').then((m) => ({ default: m.EditorPage })));

/** The full-page layout: header, where the data comes from, then the dataset or why it can't be shown. */
export function App({ embed }: { embed: EmbedMode }) {
  const location = useDatasetLocation();
  const editing = useHashRoute() === 'create' && !embed.embedded;
  const query = useQuery({ ...datasetQuery(location.url, location.limits), enabled: !editing });
  const theme = useResolvedTheme();
  const dataset = query.data?.dataset;
  useDocumentTitle(editing ? null : (dataset ?? null));
  useEffect(() => {
    if (embed.embedded && dataset) announceEmbeddedDataset(dataset);
  }, [embed.embedded, dataset]);
  const failure = query.error;
  useEffect(() => {
    if (!embed.embedded || !failure) return;
    const cause = causeOf(failure);
    announceEmbeddedFailure({
      message: `The dataset at ${location.url} could not be loaded: ${cause}`,
      url: location.url,
      cause: failureKindOf(failure),
    });
  }, [embed.embedded, failure, location.url]);

  return (
    <div
      className={`bg-white text-slate-900 dark:bg-slate-950 dark:text-slate-100 ${embed.embedded ? '' : 'min-h-dvh'}`}
    >
      {!embed.embedded && (
        <header className="flex items-center justify-between gap-4 border-b border-slate-200 px-4 py-2 dark:border-slate-800">
          {query.isSuccess && !editing && (
            <a
              href="#rounds"
              className="absolute top-2 left-2 z-50 -translate-y-20 rounded-md bg-blue-700 px-3 py-2 font-medium text-white focus:translate-y-0 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-300"
            >
              Skip to the rounds
            </a>
          )}
          <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-200">
            Parley
          </p>
          <div className="flex flex-wrap items-center justify-end gap-3 print:hidden">
            <PageLink editing={editing} />
            {dataset && !editing && <ShareControls dataset={dataset} />}
            <ThemeSwitch />
          </div>
        </header>
      )}
      <main className={embed.embedded ? 'p-3' : 'mx-auto max-w-[96rem] px-4 py-5'}>
        {!editing && <DataSourceNotice location={location} />}
        {!editing && <UrlNotices />}
        {editing ? (
          <Suspense fallback={<p role="status">Loading the editor…</p>}>
            <EditorPage dark={theme === 'dark'} />
          </Suspense>
        ) : query.isPending ? (
          <DatasetLoadingView url={location.url} />
        ) : query.isError ? (
          <DatasetErrorView
            url={location.url}
            error={query.error}
            retrying={query.isFetching}
            onRetry={() => void query.refetch()}
            bundledHref={location.custom ? pageWithBundledDataset(window.location.href) : null}
          />
        ) : (
          <ExploreView model={query.data} datasetUrl={location.url} dark={theme === 'dark'} embed={embed} />
        )}
        {/* At the foot of the page (the embed has it in its header): a landmark of its own would repeat the
            phone's footer, so it closes the main content. */}
        {!embed.embedded && !editing && dataset && (
          <DataCredit
            meta={dataset.meta}
            className="mt-8 border-t border-slate-200 pt-3 dark:border-slate-800"
          />
        )}
      </main>
      {!embed.embedded && !editing && <PhoneCreateLink />}
    </div>
  );
}
