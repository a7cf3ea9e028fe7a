import { DownloadProgressText } from './download-progress-text.tsx';
import { useDatasetProgress, type DatasetProgress } from '../../data-access/dataset-progress.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enStatus } from '../../i18n/en-status.ts';

/** Shown while the dataset request is in flight, with how far the dataset worker has got. */
export function DatasetLoadingView({ url }: { url: string }) {
  const progress = useDatasetProgress(url);
  const t = useMessages(enStatus);
  const measurable = progress !== null && progress.stage !== 'reading' && progress.total > 0;
  return (
    <div className="py-12 text-slate-600 dark:text-slate-300">
      {/* The page's heading until the dataset's own title replaces it. */}
      <h1 className="sr-only">{t.loadingDataset}</h1>
      <div role="status" aria-live="polite" className="flex items-center gap-3">
        <span
          aria-hidden="true"
          className="size-5 animate-spin rounded-full border-2 border-slate-300 border-t-slate-700 motion-reduce:animate-none dark:border-slate-600 dark:border-t-slate-200"
        />
        <span>
          {t.loadingFrom}
          <span className="font-mono text-sm break-all">{url}</span>…
          <DownloadProgressText url={url} />
        </span>
      </div>
      {/* Outside the live region: a screen reader hears the load start, not every step of the bar. */}
      <div className="mt-4 max-w-md">
        <div
          role="progressbar"
          aria-label={t.loadingProgress}
          aria-valuemin={0}
          {...(measurable ? { 'aria-valuemax': progress.total, 'aria-valuenow': progress.done } : {})}
          aria-valuetext={progressText(progress, t)}
          className="h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
        >
          <div
            className={`h-full rounded-full bg-blue-700 dark:bg-blue-400 ${measurable ? '' : 'w-1/4 animate-pulse motion-reduce:animate-none'}`}
            style={measurable ? { width: `${(100 * progress.done) / progress.total}%` } : undefined}
          />
        </div>
        <p className="mt-2 text-sm">{progressText(progress, t)}</p>
      </div>
    </div>
  );
}

/** "Checking 48,000 of 100,000 rounds": what the pipeline is doing, in words. */
function progressText(progress: DatasetProgress | null, t: typeof enStatus): string {
  if (progress === null) return t.downloading;
  switch (progress.stage) {
    case 'reading':
      return t.readingFile;
    case 'checking':
      return t.checkingRounds(progress.done, progress.total);
    case 'indexing':
      return t.indexingRounds(progress.total);
  }
}
