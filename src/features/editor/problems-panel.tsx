import { wordIssue } from '../../domain/problem.ts';
import type { ValidationIssue } from '../../domain/validation-issue.ts';
import { draftActions, type Draft, type ImportReport } from './draft-store.ts';
import { smallButtonClass } from './field-styles.ts';
import { describeProblemPlace } from './problem-place.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';
import { enProblems } from '../../i18n/en-problems.ts';

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
  const t = useMessages(enEditor).editor;
  const words = useMessages(enProblems).problem;
  return (
    <div className="space-y-3">
      {report && (report.problems.length > 0 || report.ignored.length > 0) && (
        <section
          aria-label={t.problemsIn(report.fileName)}
          className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-50"
        >
          <div className="flex items-start justify-between gap-2">
            <h2 className="font-semibold">{t.importProblems(report.fileName, report.problems.length)}</h2>
            <button type="button" onClick={draftActions.dismissReport} className={smallButtonClass}>
              {t.dismiss}
            </button>
          </div>
          {report.problems.length > 0 && <p className="mt-1">{t.restImported}</p>}
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {report.problems.slice(0, SHOWN).map((problem, i) => (
              <li key={i}>
                <span className="font-medium">
                  {problem.at
                    ? t.sheetPlace(problem.at.sheet, problem.at.row, problem.at.column)
                    : problem.where}
                  :
                </span>{' '}
                {wordIssue(problem, words)}
              </li>
            ))}
            {report.problems.length > SHOWN && <li>{t.andMore(report.problems.length - SHOWN)}</li>}
            {report.ignored.map((note, i) => (
              <li key={i}>{t.note(wordIssue(note, words))}</li>
            ))}
          </ul>
        </section>
      )}
      {issues.length > 0 && (
        <details className="rounded-md border border-red-300 p-3 text-sm dark:border-red-800">
          <summary className="cursor-pointer font-semibold text-red-800 dark:text-red-300">
            {t.showProblems(issues.length)}
          </summary>
          <ul className="mt-2 space-y-1">
            {issues.slice(0, SHOWN).map((issue, i) => {
              const place = describeProblemPlace(draft, issue.path, t.problemRound);
              return (
                <li key={i}>
                  <span className="font-medium">{place.text}:</span> {wordIssue(issue, words)}
                  {place.round !== null && (
                    <button
                      type="button"
                      onClick={() => draftActions.edit(place.round)}
                      className={`ml-1 ${smallButtonClass}`}
                    >
                      {t.editThisRound}
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
