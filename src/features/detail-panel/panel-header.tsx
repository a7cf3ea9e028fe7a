import type { Ref } from 'react';
import type { DatedRound } from '../../domain/dated-rounds.ts';
import { placeText } from '../../domain/round-summary.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';
import { possibleSpan, precisionLabel } from '../../domain/date-precision.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { mutedText } from './panel-styles.ts';

interface Props {
  dated: DatedRound;
  headingRef: Ref<HTMLHeadingElement>;
}

/** The round's kind, title, date with its precision, place, format and summary. */
export function PanelHeader({ dated, headingRef }: Props) {
  const t = useMessages(enPanel);
  const { round, date, dateText } = dated;
  const place = placeText(round);
  const span = possibleSpan(date);
  const status = round.status ?? 'held';
  return (
    <header>
      <p className={`text-xs font-semibold tracking-wide uppercase ${mutedText}`}>
        {vocabularyLabels().kind[round.kind]}
        {status !== 'held' && (
          // Dashed like the outlined mark on the timeline, and in words, so "not held" never rests on a shape.
          <span className="ml-2 inline-block rounded border border-dashed border-slate-500 px-1.5 tracking-normal text-slate-800 normal-case dark:border-slate-400 dark:text-slate-100">
            {vocabularyLabels().roundStatus[status]}
          </span>
        )}
      </p>
      <h2
        ref={headingRef}
        tabIndex={-1}
        className="mt-1 text-xl leading-snug font-semibold text-balance text-slate-950 focus:outline-none dark:text-white"
      >
        {round.title}
      </h2>
      <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-3 gap-y-1 text-sm">
        <dt className={mutedText}>{t.panelDate}</dt>
        <dd>
          {dateText}{' '}
          <span className="ml-1 inline-block rounded bg-slate-100 px-1.5 text-xs font-medium text-slate-700 ring-1 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-600">
            {precisionLabel(date)}
          </span>
          {span && <span className={`block text-xs ${mutedText}`}>{span}</span>}
        </dd>
        {place && (
          <>
            <dt className={mutedText}>{t.panelPlace}</dt>
            <dd>{place}</dd>
          </>
        )}
        {round.format && (
          <>
            <dt className={mutedText}>{t.panelFormat}</dt>
            <dd>{vocabularyLabels().format[round.format]}</dd>
          </>
        )}
      </dl>
      {round.summary && <p className="mt-3 text-sm leading-relaxed">{round.summary}</p>}
    </header>
  );
}
