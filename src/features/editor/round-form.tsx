import { sheetSpec } from '../../spreadsheet/sheet-specs.ts';
import { ChildList } from './child-list.tsx';
import type { Draft } from './draft-store.ts';
import type { DraftCheck } from './use-draft-check.ts';
import { RecordFields } from './record-fields.tsx';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';

interface Props {
  draft: Draft;
  index: number;
  check: DraftCheck;
}

const rounds = sheetSpec('rounds');
const CHILDREN = ['participants', 'outcomes', 'statements', 'sessions', 'related'] as const;
const delegates = sheetSpec('delegates');

/** Everything about one round: its own fields, then its participants, outcomes, statements and more. */
export function RoundForm({ draft, index, check }: Props) {
  const t = useMessages(enEditor).editor;
  const round = (Array.isArray(draft.rounds) ? draft.rounds[index] : undefined) as
    Record<string, unknown> | undefined;
  if (!round) return null;
  const path = ['rounds', index] as const;
  const disputes = Array.isArray(round.disputes) ? round.disputes.length : 0;
  return (
    <div className="space-y-6">
      <RecordFields
        columns={rounds.columns}
        path={path}
        record={round}
        draft={draft}
        issuesAt={check.issuesAt}
      />
      {CHILDREN.map((sheet) => (
        <ChildList
          key={sheet}
          words={t.lists[sheet]}
          columns={sheetSpec(sheet).columns}
          path={[...path, sheet]}
          items={round[sheet]}
          draft={draft}
          check={check}
          {...(sheet === 'participants'
            ? {
                renderNested: (p: number, participant: unknown) => (
                  <div className="mt-3 border-l-2 border-slate-200 pl-3 dark:border-slate-700">
                    <ChildList
                      level={4}
                      words={t.lists.delegation}
                      label={t.delegationOf(p + 1)}
                      columns={delegates.columns}
                      path={[...path, 'participants', p, 'delegation']}
                      items={(participant as { delegation?: unknown }).delegation}
                      draft={draft}
                      check={check}
                    />
                  </div>
                ),
              }
            : {})}
        />
      ))}
      {disputes > 0 && <p className="text-sm text-slate-600 dark:text-slate-400">{t.disputes(disputes)}</p>}
    </div>
  );
}
