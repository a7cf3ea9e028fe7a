import { useMemo } from 'react';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import type { Dataset } from '../../domain/schema.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enList } from '../../i18n/en-list.ts';
import { RoundRow } from './round-row.tsx';
import { VirtualRows } from './virtual-rows.tsx';

/** Longer lists render only the rows near the browser window; shorter ones render every row. */
const VIRTUAL_FROM = 500;

interface Props {
  dataset: Dataset;
  rounds: readonly DatedRound[];
  selectedId: string | null;
  onSelect: (roundId: string) => void;
}

/** The rounds as a table: quick to scan, and the natural reading for screen-reader users. */
export function RoundsTable({ dataset, rounds, selectedId, onSelect }: Props) {
  const t = useMessages(enList);
  const labels = useMemo(
    () => ({
      partyName: new Map(dataset.parties.map((p) => [p.id, p.shortName])),
      topicLabel: new Map(dataset.topics.map((t) => [t.id, t.label])),
    }),
    [dataset],
  );
  const virtual = rounds.length > VIRTUAL_FROM;
  return (
    // The list's id="rounds" (and its focus) is the explore view's, around this lazy part.
    <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
      <table
        role="table"
        aria-rowcount={virtual ? rounds.length + 1 : undefined}
        className="w-full border-collapse text-left text-sm max-sm:block sm:min-w-[36rem]"
      >
        <caption className="sr-only">{t.listCaption}</caption>
        {/* On phones the headings are read, not seen: each card names its fields. */}
        <thead role="rowgroup" className="bg-slate-50 max-sm:sr-only dark:bg-slate-900">
          <tr role="row" aria-rowindex={virtual ? 1 : undefined}>
            {[
              t.listColumnDate,
              t.listColumnRound,
              t.listColumnPlace,
              t.listColumnParticipants,
              t.listColumnTopics,
              t.listColumnOutcome,
            ].map((heading) => (
              <th key={heading} role="columnheader" scope="col" className="px-3 py-2 font-semibold">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        {virtual ? (
          <VirtualRows rounds={rounds} labels={labels} selectedId={selectedId} onSelect={onSelect} />
        ) : (
          <tbody role="rowgroup" className="max-sm:block">
            {rounds.map((dated) => (
              <RoundRow
                key={dated.round.id}
                dated={dated}
                labels={labels}
                selected={dated.round.id === selectedId}
                onSelect={onSelect}
              />
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
}
