import { outcomeStyles } from '../../components/outcome-badge-style.ts';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import { overallStatus, placeText } from '../../domain/round-summary.ts';
import type { Dataset, Round } from '../../domain/schema.ts';
import { outcomeStatusLabels } from '../../domain/vocabulary-labels.ts';

interface Props {
  dataset: Dataset;
  rounds: readonly DatedRound[];
  selectedId: string | null;
  onSelect: (roundId: string) => void;
}

/** The rounds as a table: quick to scan, and the natural reading for screen-reader users. */
export function RoundsTable({ dataset, rounds, selectedId, onSelect }: Props) {
  const partyName = new Map(dataset.parties.map((p) => [p.id, p.shortName]));
  const topicLabel = new Map(dataset.topics.map((t) => [t.id, t.label]));
  return (
    <div
      id="rounds"
      tabIndex={-1}
      className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800"
    >
      <table className="w-full min-w-[36rem] border-collapse text-left text-sm">
        <caption className="sr-only">Rounds in time order; choose a title to open its details</caption>
        <thead className="bg-slate-50 dark:bg-slate-900">
          <tr>
            {['Date', 'Round', 'Place', 'Participants', 'Topics', 'Outcome'].map((heading) => (
              <th key={heading} scope="col" className="px-3 py-2 font-semibold">
                {heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rounds.map(({ round, dateText }) => {
            const status = overallStatus(round);
            const selected = round.id === selectedId;
            return (
              <tr
                key={round.id}
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
                <td className="px-3 py-2">{participantsText(round, partyName)}</td>
                <td className="px-3 py-2">
                  {[...new Set(round.outcomes.map((o) => topicLabel.get(o.topic) ?? o.topic))].join(', ') ||
                    '—'}
                </td>
                <td className="px-3 py-2">
                  {status ? (
                    <span
                      className={`inline-block rounded px-1.5 py-0.5 ring-1 ${outcomeStyles[status].badge}`}
                    >
                      <span aria-hidden="true">{outcomeStyles[status].glyph} </span>
                      {outcomeStatusLabels[status]}
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

function participantsText(round: Round, partyName: ReadonlyMap<string, string>): string {
  return round.participants
    .map((p) => `${partyName.get(p.party) ?? p.party}${p.role === 'party' ? '' : ` (${p.role})`}`)
    .join(', ');
}
