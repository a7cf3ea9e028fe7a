import { useEffect, useRef } from 'react';
import { DatasetLoadError } from '../../data-access/dataset-load-error.ts';
import { causeOf } from '../../data-access/failure-words.ts';
import { wordIssue } from '../../domain/problem.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enDatasetError } from '../../i18n/en-dataset-error.ts';
import { enProblems } from '../../i18n/en-problems.ts';

interface Props {
  url: string;
  error: Error;
  retrying: boolean;
  onRetry: () => void;
  /** The page with the bundled dataset, offered when the failing one was asked for by `?data=`. */
  bundledHref: string | null;
}

/** Names the dataset URL and why it failed, lists a dataset's problems, and offers Retry and a way back. */
export function DatasetErrorView({ url, error, retrying, onRetry, bundledHref }: Props) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const t = useMessages(enDatasetError);
  const p = useMessages(enProblems);
  const cause = causeOf(error, t.failure);
  const redirectedTo =
    error instanceof DatasetLoadError && error.responseUrl !== url ? error.responseUrl : null;
  const issues =
    error instanceof DatasetLoadError && error.failure.kind === 'invalid' ? error.failure.issues : [];

  return (
    <section
      role="alert"
      aria-labelledby="dataset-error-heading"
      className="rounded-lg border border-red-300 bg-red-50 p-5 text-red-950 dark:border-red-800 dark:bg-red-950/40 dark:text-red-100"
    >
      <h1
        id="dataset-error-heading"
        ref={headingRef}
        tabIndex={-1}
        className="text-xl font-semibold outline-none"
      >
        {t.errorTitle}
      </h1>
      <p className="mt-2">
        <span className="font-medium">{t.errorAddress}</span>
        <span className="font-mono text-sm break-all">{url}</span>
      </p>
      {redirectedTo && (
        <p className="mt-1">
          <span className="font-medium">{t.errorRedirected}</span>
          <span className="font-mono text-sm break-all">{redirectedTo}</span>
        </p>
      )}
      <p className="mt-1">
        <span className="font-medium">{t.errorCause}</span>
        {cause}
      </p>
      {issues.length > 0 && (
        <div className="mt-4">
          <h2 className="font-semibold">{t.errorProblems}</h2>
          <ul
            aria-label={t.errorProblemList}
            className="mt-2 max-h-96 list-disc space-y-1 overflow-auto pl-5 font-mono text-sm"
          >
            {issues.map((issue, index) => (
              <li key={index}>
                {issue.cell
                  ? p.problemSheetPlace(issue.cell.sheet, issue.cell.row, issue.cell.column)
                  : issue.path}
                : {wordIssue(issue, p.problem)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className="mt-5 flex flex-wrap items-center gap-x-5 gap-y-3">
        <button
          type="button"
          // aria-disabled, not disabled: a disabled button would drop the focus that just pressed it.
          onClick={retrying ? undefined : onRetry}
          aria-disabled={retrying}
          className="rounded-md bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 aria-disabled:opacity-60 dark:focus-visible:outline-red-200 dark:bg-red-200 dark:text-red-950 dark:hover:bg-white"
        >
          {retrying ? t.retrying : t.retry}
        </button>
        {bundledHref && (
          <a
            href={bundledHref}
            className="font-medium text-red-900 underline underline-offset-2 hover:no-underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-800 dark:text-red-100 dark:focus-visible:outline-red-200"
          >
            {t.showBundled}
          </a>
        )}
      </div>
    </section>
  );
}
