import type { DatedRound } from '../../domain/dated-rounds.ts';
import { overallStatus, placeText } from '../../domain/round-summary.ts';
import type { Dataset, Round } from '../../domain/schema.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';
import { citedSourceIds } from './cited-sources.ts';
import { csvText } from './csv-text.ts';

/** The columns of the rounds CSV, in order; names a spreadsheet formula or a script can refer to. */
export const ROUND_COLUMNS = [
  'id',
  'title',
  'kind',
  'date_as_written',
  'date_in_words',
  'start',
  'end',
  'place',
  'city',
  'country',
  'format',
  'parties_and_roles',
  'heads_of_delegation',
  'topics',
  'overall_outcome',
  'outcomes',
  'source_urls',
  'link',
] as const;

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * One row per round, in the order given, under a header row. Lists inside a cell are separated by "; ",
 * longer entries (outcomes, source addresses) by line breaks, which spreadsheets show inside the cell.
 */
export function roundsCsv(
  dataset: Dataset,
  rounds: readonly DatedRound[],
  linkTo: (roundId: string) => string,
): string {
  const parties = new Map(dataset.parties.map((p) => [p.id, p.shortName]));
  const people = new Map(dataset.people.map((p) => [p.id, p.name]));
  const topics = new Map(dataset.topics.map((t) => [t.id, t.label]));
  const urls = new Map(dataset.sources.map((s) => [s.id, s.url]));
  const party = (id: string) => parties.get(id) ?? id;

  const row = ({ round, date, dateText }: DatedRound): string[] => {
    const status = overallStatus(round);
    return [
      round.id,
      round.title,
      vocabularyLabels().kind[round.kind] ?? round.kind,
      round.date,
      dateText,
      isoDay(date.start),
      isoDay(date.end),
      placeText(round),
      round.location?.city ?? '',
      round.location?.country ?? '',
      round.format ? vocabularyLabels().format[round.format] : '',
      round.participants
        .map((p) => `${party(p.party)} (${vocabularyLabels().role[p.role].one.toLowerCase()})`)
        .join('; '),
      heads(round)
        .map((h) => `${people.get(h.person) ?? h.person} (${party(h.party)})`)
        .join('; '),
      [...new Set(round.outcomes.map((o) => topics.get(o.topic) ?? o.topic))].join('; '),
      status ? vocabularyLabels().outcomeStatus[status] : '',
      round.outcomes
        .map(
          (o) =>
            `${topics.get(o.topic) ?? o.topic}: ${vocabularyLabels().outcomeStatus[o.status]}. ${o.summary}`,
        )
        .join('\n'),
      [...citedSourceIds(round)].map((id) => urls.get(id) ?? id).join('\n'),
      linkTo(round.id),
    ];
  };
  return csvText([[...ROUND_COLUMNS], ...rounds.map(row)]);
}

function heads(round: Round): { person: string; party: string }[] {
  return round.participants.flatMap((p) =>
    (p.delegation ?? []).filter((d) => d.head).map((d) => ({ person: d.person, party: p.party })),
  );
}
