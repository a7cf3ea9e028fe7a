import { useId } from 'react';
import { tryParseEdtf } from '../../domain/dates.ts';
import type { Statement } from '../../domain/schema.ts';
import { formatEdtf } from '../../domain/date-precision.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { positionAt, type PanelLookups } from './panel-model.ts';
import { mutedText, sectionHeading } from './panel-styles.ts';
import { SourceCitations } from './source-citations.tsx';

interface Props {
  statements: readonly Statement[];
  lookups: PanelLookups;
  /** The round's start, for the speaker's position when a statement has no date of its own. */
  roundStart: Date;
  /** `lang` for the statements' words, which stay in the data's language; undefined when the page's is the same. */
  dataLang: string | undefined;
}

/** What people said: verbatim quotes in quotation marks, paraphrases marked as such. */
export function StatementsSection({ statements, lookups, roundStart, dataLang }: Props) {
  const t = useMessages(enPanel);
  const headingId = useId();
  if (statements.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={sectionHeading}>
        {t.panelStatements}
      </h3>
      <ul className="space-y-3 text-sm">
        {statements.map((statement, index) => (
          <StatementItem
            key={index}
            statement={statement}
            lookups={lookups}
            roundStart={roundStart}
            dataLang={dataLang}
          />
        ))}
      </ul>
    </section>
  );
}

function StatementItem({
  statement,
  lookups,
  roundStart,
  dataLang,
}: { statement: Statement } & Omit<Props, 'statements'>) {
  const t = useMessages(enPanel);
  const person = lookups.people.get(statement.speaker);
  const parsed = statement.date === undefined ? undefined : tryParseEdtf(statement.date);
  const position = person && positionAt(person, parsed?.ok ? parsed.date.start : roundStart);
  return (
    <li>
      <p>
        <span className="font-semibold">{person?.name ?? statement.speaker}</span>
        {position && <span className={mutedText}>, {position}</span>}
        {statement.date && <span className={mutedText}> · {formatEdtf(statement.date)}</span>}
      </p>
      {statement.quote !== undefined ? (
        <blockquote className="mt-1 border-l-4 border-slate-300 pl-3 italic dark:border-slate-600">
          {t.panelQuoteOpen}
          <span lang={dataLang}>{statement.quote}</span>
          {t.panelQuoteClose}
          <SourceCitations ids={statement.sources} />
        </blockquote>
      ) : (
        <p className="mt-1 border-l-4 border-transparent pl-3">
          <span>{statement.paraphrase}</span>{' '}
          <span className={`text-xs not-italic ${mutedText}`}>{t.panelParaphrase}</span>
          <SourceCitations ids={statement.sources} />
        </p>
      )}
    </li>
  );
}
