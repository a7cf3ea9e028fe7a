import type { ValidationIssue } from '../../domain/validation-issue.ts';
import { draftActions, type Draft, type ImportReport } from './draft-store.ts';
import { smallButtonClass } from './field-styles.ts';
import { describeProblemPlace } from './problem-place.ts';

const SHOWN = 50;

/** What the last import found (by sheet, row and column), then what is wrong in the draft now. */
export function ProblemsPanel({
  draft,
  report,
  issues,
}: {
  draft: Draft;
  report: ImportReport | null;
  issues: readonly ValidationIssue[];
}) {
  return (
    <div className="space-y-3">
      {report && (report.problems.length > 0 || report.ignored.length > 0) && (
        <section
          aria-label={`Problems in ${report.fileName}`}
          className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-50"
        >
          <div className="flex items-start justify-between gap-2">
            <h2 className="font-semibold">
              {report.fileName}: {report.problems.length}{' '}
              {report.problems.length === 1 ? 'problem' : 'problems'} when imported
            </h2>
            <button type="button" onClick={draftActions.dismissReport} className={smallButtonClass}>
              Dismiss
            </button>
          </div>
          {report.problems.length > 0 && (
            <p className="mt-1">
              The rest of the file was imported; the preview shows its valid part. Fix these in the file and
              import it again, or fix them here.
            </p>
          )}
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {report.problems.slice(0, SHOWN).map((problem, i) => (
              <li key={i}>
                <span className="font-medium">{problem.where}:</span> {problem.message}
              </li>
            ))}
            {report.problems.length > SHOWN && <li>… and {report.problems.length - SHOWN} more.</li>}
            {report.ignored.map((note) => (
              <li key={note}>Note: {note}.</li>
            ))}
          </ul>
        </section>
      )}
      {issues.length > 0 && (
        <details className="rounded-md border border-red-300 p-3 text-sm dark:border-red-800">
          <summary className="cursor-pointer font-semibold text-red-800 dark:text-red-300">
            Show the draft’s problems ({issues.length})
          </summary>
          <ul className="mt-2 space-y-1">
            {issues.slice(0, SHOWN).map((issue, i) => {
              const place = describeProblemPlace(draft, issue.path);
              return (
                <li key={i}>
                  <span className="font-medium">{place.text}:</span> {issue.message}
                  {place.round !== null && (
                    <button
                      type="button"
                      onClick={() => draftActions.edit(place.round)}
                      className={`ml-1 ${smallButtonClass}`}
                    >
                      Edit this round
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </details>
      )}
    </div>
  );
}
