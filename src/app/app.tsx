import { useQuery } from '@tanstack/react-query';
import { lazy, useEffect } from 'react';
import { failureKindOf } from '../data-access/dataset-load-error.ts';
import { datasetQuery } from '../data-access/dataset-query.ts';
import { pageWithBundledDataset } from '../data-access/dataset-url.ts';
import { useDatasetSource } from '../data-access/download-status.ts';
import { DatasetLoadingView } from '../features/dataset-status/dataset-loading-view.tsx';
import type { EmbedMode } from '../features/embed/embed-mode.ts';
import { announceEmbeddedDataset, announceEmbeddedFailure } from './embed-connection-loader.ts';
import { ExploreView } from './explore-view.tsx';
import { UrlNotices } from './url-notices.tsx';
import { ShareControls } from './share-controls.tsx';
import { useDatasetLocation } from './use-dataset-location.ts';
import { useResolvedTheme } from './use-theme.ts';
import { ThemeSwitch } from './view-controls.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { useLocalisedModel, useMessages } from '../i18n/catalogue.ts';
import { DataCredit } from '../components/data-credit.tsx';
import { LazyPart } from '../components/lazy-part.tsx';
import { enStatus } from '../i18n/en-status.ts';
import { useDocumentTitle } from './use-document-title.ts';
import { PageLink, PhoneCreateLink } from './page-link.tsx';
import { isEditorPage, useHashRoute } from './use-hash-route.ts';

// The editor is its own chunk: readers never download it.
const EditorPage = lazy(() => import('./editor-page.tsx').then((m) => ({ default: m.EditorPage })));
// A failed load is rare and not on the way to the first picture: its view (causes, Retry) is a chunk too.
const DatasetErrorView = lazy(() =>
  import('../features/dataset-status/dataset-error-view.tsx').then((m) => ({ default: m.DatasetErrorView })),
);
// So is the notice about where the data comes from, needed only when it is not the bundled dataset; it is
// fetched as the page starts, beside the dataset, which takes longer to arrive.
const DataSourceNotice = lazy(() =>
  import('../features/dataset-status/data-source-notice.tsx').then((m) => ({ default: m.DataSourceNotice })),
);

/** The full-page layout: header, where the data comes from, then the dataset or why it can't be shown. */
export function App({ embed }: { embed: EmbedMode }) {
  const location = useDatasetLocation();
  const editing = isEditorPage(useHashRoute(), embed.embedded);
  const query = useQuery({ ...datasetQuery(location.url, location.limits), enabled: !editing });
  const theme = useResolvedTheme();
  const t = useMessages();
  const words = useMessages(enStatus);
  const source = useDatasetSource(location.url);
  const sourceNoticed =
    location.custom || !!location.rejected || !!location.limitsNotice || !!source?.redirected;
  // The data in the reader's language wherever the dataset translates it, the original elsewhere.
  const model = useLocalisedModel(query.data);
  const dataset = query.data?.dataset;
  useDocumentTitle(editing ? null : (model?.dataset ?? null));
  useEffect(() => {
    if (embed.embedded && dataset) announceEmbeddedDataset(dataset);
  }, [embed.embedded, dataset]);
  const failure = query.error;
  useEffect(() => {
    if (!embed.embedded || !failure) return;
    let current = true;
    const announce = (cause: string) =>
      current &&
      announceEmbeddedFailure({
        message: `The dataset at ${location.url} could not be loaded: ${cause}`,
        url: location.url,
        cause: failureKindOf(failure),
      });
    // The words of the cause are a chunk of their own, as only a failed load needs them; if that chunk cannot
    // come either (the reader went offline), the host still hears of the failure, in the error's own words.
    import('../data-access/failure-words.ts').then(
      ({ causeOf }) => announce(causeOf(failure)),
      () => announce(failure.message),
    );
    // A retry that succeeds (or another failure) before the words arrive makes this announcement stale.
    return () => {
      current = false;
    };
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
              {t.skipToRounds}
            </a>
          )}
          <p className="text-sm font-semibold tracking-wide text-slate-700 uppercase dark:text-slate-200">
            Parley
          </p>
          <div className="flex flex-wrap items-center justify-end gap-3 print:hidden">
            <PageLink editing={editing} />
            {dataset && !editing && <ShareControls dataset={dataset} />}
            <LanguageSwitch />
            <ThemeSwitch />
          </div>
        </header>
      )}
      <main className={embed.embedded ? 'p-3' : 'mx-auto max-w-[96rem] px-4 py-5'}>
        {!editing && sourceNoticed && (
          <LazyPart what={words.partSourceNotice}>
            <DataSourceNotice location={location} />
          </LazyPart>
        )}
        {!editing && <UrlNotices />}
        {editing ? (
          <LazyPart what={words.partEditor} fallback={<p role="status">{words.loadingEditor}</p>}>
            <EditorPage dark={theme === 'dark'} />
          </LazyPart>
        ) : query.isPending ? (
          <DatasetLoadingView url={location.url} />
        ) : query.isError ? (
          <LazyPart what={words.partError(location.url)} fallback={<p role="status">{words.loadFailed}</p>}>
            <DatasetErrorView
              url={location.url}
              error={query.error}
              retrying={query.isFetching}
              onRetry={() => void query.refetch()}
              bundledHref={location.custom ? pageWithBundledDataset(window.location.href) : null}
            />
          </LazyPart>
        ) : (
          <ExploreView
            model={model ?? query.data}
            datasetUrl={location.url}
            dark={theme === 'dark'}
            embed={embed}
          />
        )}
        {/* At the foot of the page (the embed has it in its header): a landmark of its own would repeat the
            phone's footer, so it closes the main content. */}
        {!embed.embedded && !editing && model && (
          <DataCredit
            meta={model.dataset.meta}
            updated={model.metaDates.updated}
            className="mt-8 border-t border-slate-200 pt-3 dark:border-slate-800"
          />
        )}
      </main>
      {!embed.embedded && !editing && <PhoneCreateLink />}
    </div>
  );
}
