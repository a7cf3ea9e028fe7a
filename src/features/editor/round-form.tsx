import { sheetSpec } from '../../spreadsheet/sheet-specs.ts';
import { ChildList } from './child-list.tsx';
import type { Draft } from './draft-store.ts';
import type { DraftCheck } from './use-draft-check.ts';
import { RecordFields } from './record-fields.tsx';

interface Props {
  draft: Draft;
  index: number;
  check: DraftCheck;
}

const rounds = sheetSpec('rounds');
const CHILDREN = [
  { sheet: 'participants', title: 'Participants and roles', noun: 'participant' },
  { sheet: 'outcomes', title: 'Outcomes per topic', noun: 'outcome' },
  { sheet: 'statements', title: 'Statements', noun: 'statement' },
  { sheet: 'sessions', title: 'Sessions', noun: 'session' },
  { sheet: 'related', title: 'Related rounds', noun: 'related round' },
] as const;
const delegates = sheetSpec('delegates');

/** Everything about one round: its own fields, then its participants, outcomes, statements and more. */
export function RoundForm({ draft, index, check }: Props) {
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
        errorsAt={check.errorsAt}
      />
      {CHILDREN.map(({ sheet, title, noun }) => (
        <ChildList
          key={sheet}
          title={title}
          noun={noun}
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
                      title="Delegation"
                      label={`Delegation of participant ${p + 1}`}
                      noun="delegate"
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
      {disputes > 0 && (
        <p className="text-sm text-slate-600 dark:text-slate-400">
          This round records {disputes} {disputes === 1 ? 'dispute' : 'disputes'}; they are kept as they are.
          Edit them in the spreadsheet (disputes sheet) or the JSON file.
        </p>
      )}
    </div>
  );
}
