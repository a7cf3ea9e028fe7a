import type { Ref } from 'react';
import { outcomeStyles } from '../../components/outcome-badge-style.ts';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import { overallStatus, placeText } from '../../domain/round-summary.ts';
import type { ParticipantRole, Round } from '../../domain/schema.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enList } from '../../i18n/en-list.ts';

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

/*
 * Below 640 px a row is a card (the table's columns would scroll sideways): every cell a line of its own,
 * the title first, the others named by their column heading. The explicit roles keep the table's semantics,
 * which Chromium would otherwise drop from rows that are no longer laid out as table rows.
 */
const card = 'max-sm:block max-sm:px-0 max-sm:py-0.5';
const named = `${card} max-sm:before:font-semibold max-sm:before:text-slate-600 max-sm:before:content-[attr(data-label)_":_"] dark:max-sm:before:text-slate-400`;

/** One round as a table row (a card on phones); its title is the button that opens the round. */
export function RoundRow({ dated: { round, dateText }, labels, selected, onSelect, rowIndex, ref }: Props) {
  const t = useMessages(enList);
  const status = overallStatus(round);
  return (
    <tr
      ref={ref}
      role="row"
      data-index={rowIndex === undefined ? undefined : rowIndex - 2}
      aria-rowindex={rowIndex}
      aria-current={selected ? 'true' : undefined}
      className={`border-t border-slate-200 align-top max-sm:flex max-sm:flex-col max-sm:px-3 max-sm:py-2 dark:border-slate-800 ${selected ? 'bg-blue-50 dark:bg-blue-950/50' : ''}`}
    >
      {/* A date as written can be a phrase ("about 24–26 October 2025, the weekend before Halloween"): it wraps
          within a column wide enough for a plain date, instead of widening the column for every row. */}
      <td
        role="cell"
        className={`px-3 py-2 sm:w-40 max-sm:order-first ${card} max-sm:text-slate-600 dark:max-sm:text-slate-400`}
      >
        {dateText}
      </td>
      <th
        role="rowheader"
        scope="row"
        className={`px-3 py-2 font-medium max-sm:order-first max-sm:text-base ${card}`}
      >
        <button
          type="button"
          data-round-id={round.id}
          onClick={() => onSelect(round.id)}
          className="text-left text-blue-800 underline decoration-1 underline-offset-2 hover:decoration-2 focus-visible:outline-3 focus-visible:outline-blue-600 dark:text-blue-300"
        >
          {round.title}
        </button>
      </th>
      <td role="cell" data-label={t.listColumnPlace} className={`px-3 py-2 ${named}`}>
        {placeText(round) || '—'}
      </td>
      <td role="cell" data-label={t.listColumnParticipants} className={`px-3 py-2 ${named}`}>
        {participantsText(round, labels.partyName, t.listRoleAfterName)}
      </td>
      <td role="cell" data-label={t.listColumnTopics} className={`px-3 py-2 ${named}`}>
        {[...new Set(round.outcomes.map((o) => labels.topicLabel.get(o.topic) ?? o.topic))].join(', ') || '—'}
      </td>
      <td role="cell" data-column="outcome" data-label={t.listColumnOutcome} className={`px-3 py-2 ${named}`}>
        {status ? (
          <span className={`inline-block rounded px-1.5 py-0.5 ring-1 ${outcomeStyles[status].badge}`}>
            <span aria-hidden="true">{outcomeStyles[status].glyph} </span>
            {vocabularyLabels().outcomeStatus[status]}
          </span>
        ) : (
          '—'
        )}
      </td>
    </tr>
  );
}

function participantsText(
  round: Round,
  partyName: ReadonlyMap<string, string>,
  roleName: Record<ParticipantRole, string>,
): string {
  return round.participants
    .map((p) => `${partyName.get(p.party) ?? p.party}${p.role === 'party' ? '' : ` (${roleName[p.role]})`}`)
    .join(', ');
}
