import type { Ref } from 'react';
import { outcomeStyles } from '../../components/outcome-badge-style.ts';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import { overallStatus, placeText } from '../../domain/round-summary.ts';
import type { Round } from '../../domain/schema.ts';
import { outcomeStatusLabels } from '../../domain/vocabulary-labels.ts';

export interface RowLabels {
  partyName: ReadonlyMap<string, string>;
  topicLabel: ReadonlyMap<string, string>;
}

interface Props {
  dated: DatedRound;
  labels: RowLabels;
  selected: boolean;
  onSelect: (roundId: string) => void;
  /** Set in the virtualised list: the row's position among all rows (the header is row 1). */
  rowIndex?: number;
  ref?: Ref<HTMLTableRowElement>;
}

/** One round as a table row; its title is the button that opens the round. */
export function RoundRow({ dated: { round, dateText }, labels, selected, onSelect, rowIndex, ref }: Props) {
  const status = overallStatus(round);
  return (
    <tr
      ref={ref}
      data-index={rowIndex === undefined ? undefined : rowIndex - 2}
      aria-rowindex={rowIndex}
      aria-current={selected ? 'true' : undefined}
      className={`border-t border-slate-200 align-top dark:border-slate-800 ${selected ? 'bg-blue-50 dark:bg-blue-950/50' : ''}`}
    >
      <td className="px-3 py-2 whitespace-nowrap">{dateText}</td>
      <th scope="row" className="px-3 py-2 font-medium">
        <button
          type="button"
          data-round-id={round.id}
          onClick={() => onSelect(round.id)}
          className="text-left text-blue-800 underline decoration-1 underline-offset-2 hover:decoration-2 focus-visible:outline-3 focus-visible:outline-blue-600 dark:text-blue-300"
        >
          {round.title}
        </button>
      </th>
      <td className="px-3 py-2">{placeText(round) || '—'}</td>
      <td className="px-3 py-2">{participantsText(round, labels.partyName)}</td>
      <td className="px-3 py-2">
        {[...new Set(round.outcomes.map((o) => labels.topicLabel.get(o.topic) ?? o.topic))].join(', ') || '—'}
      </td>
      <td className="px-3 py-2">
        {status ? (
          <span className={`inline-block rounded px-1.5 py-0.5 ring-1 ${outcomeStyles[status].badge}`}>
            <span aria-hidden="true">{outcomeStyles[status].glyph} </span>
            {outcomeStatusLabels[status]}
          </span>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}

function participantsText(round: Round, partyName: ReadonlyMap<string, string>): string {
  return round.participants
    .map((p) => `${partyName.get(p.party) ?? p.party}${p.role === 'party' ? '' : ` (${p.role})`}`)
    .join(', ');
}
