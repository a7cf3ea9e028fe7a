import { draftActions, type Draft } from './draft-store.ts';
import { buttonClass } from './field-styles.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';

interface Props {
  draft: Draft;
  editing: number | null;
  /** Problems per round index, for a count beside each. */
  problemsIn: (index: number) => number;
}

type Json = Record<string, unknown>;

/** The draft's rounds, to pick one to edit, and a button for a new one. */
export function RoundsNav({ draft, editing, problemsIn }: Props) {
  const rounds = Array.isArray(draft.rounds) ? (draft.rounds as Json[]) : [];
  const t = useMessages(enEditor).editor;
  const add = () => {
    draftActions.append(['rounds'], {
      id: '',
      kind: 'talks',
      title: '',
      date: '',
      participants: [],
      outcomes: [],
      sources: [],
    });
    draftActions.edit(rounds.length);
  };
  return (
    <nav aria-label={t.roundsNav} className="space-y-2">
      <ul className="max-h-72 space-y-1 overflow-y-auto rounded-md border border-slate-300 p-1 dark:border-slate-700">
        {rounds.map((round, index) => {
          const problems = problemsIn(index);
          const title =
            typeof round.title === 'string' && round.title.trim() !== '' ? round.title : t.untitledRound;
          return (
            <li key={index}>
              <button
                type="button"
                aria-current={editing === index ? 'true' : undefined}
                onClick={() => draftActions.edit(index)}
                className="flex w-full items-baseline justify-between gap-2 rounded px-2 py-1.5 text-left text-sm hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-blue-600 aria-[current]:bg-blue-100 aria-[current]:font-semibold dark:hover:bg-slate-800 dark:aria-[current]:bg-blue-950"
              >
                <span className="min-w-0 truncate">{title}</span>
                <span className="shrink-0 text-xs text-slate-600 dark:text-slate-400">
                  {String(round.date ?? '')}
                  {problems > 0 && (
                    <span className="ml-2 font-medium text-red-800 dark:text-red-300">
                      {t.problems(problems)}
                    </span>
                  )}
                </span>
              </button>
            </li>
          );
        })}
        {rounds.length === 0 && (
          <li className="px-2 py-1.5 text-sm text-slate-600 dark:text-slate-400">{t.noRounds}</li>
        )}
      </ul>
      <button type="button" onClick={add} className={buttonClass}>
        {t.addRound}
      </button>
    </nav>
  );
}
