import { DownloadProgressText } from './download-progress-text.tsx';

/** Shown while the dataset request is in flight. */
export function DatasetLoadingView({ url }: { url: string }) {
  return (
    <section aria-labelledby="dataset-loading-heading" className="py-12">
      {/* The dataset's title is not known yet; the page still needs its level-one heading for screen-reader
          navigation, and this is what the page is about while it waits. */}
      <h1 id="dataset-loading-heading" className="sr-only">
        Loading
      </h1>
      <div
        role="status"
        aria-live="polite"
        className="flex items-center gap-3 text-slate-600 dark:text-slate-300"
      >
        <span
          aria-hidden="true"
          className="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-slate-700 motion-reduce:animate-none dark:border-slate-600 dark:border-t-slate-200"
        />
        <span>
          Loading the dataset from <span className="font-mono text-sm break-all">{url}</span>…
          <DownloadProgressText url={url} />
        </span>
      </div>
    </section>
  );
}
