import { useId } from 'react';
import type { Session } from '../../domain/schema.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';
import { formatEdtf } from '../../domain/date-precision.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import type { PanelLookups } from './panel-model.ts';
import { mutedText, sectionHeading } from './panel-styles.ts';
import { SourceCitations } from './source-citations.tsx';

interface Props {
  sessions: readonly Session[];
  lookups: PanelLookups;
  /** `lang` for the sessions' titles and summaries, which the dataset does not translate. */
}

/** The separate meetings within a round, in data order: when, who met, in what format, what happened. */
export function SessionsSection({ sessions, lookups }: Props) {
  const t = useMessages(enPanel);
  const headingId = useId();
  if (sessions.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={sectionHeading}>
        {t.panelSessions}
      </h3>
      <ol className="space-y-3 text-sm">
        {sessions.map((session) => {
          const parties = session.parties.map((id) => lookups.parties.get(id)?.shortName ?? id).join(', ');
          const facts = [parties, session.format && vocabularyLabels().format[session.format]]
            .filter(Boolean)
            .join(' · ');
          return (
            <li key={session.id} className="border-l-2 border-slate-200 pl-3 dark:border-slate-700">
              <p className={`text-xs ${mutedText}`}>{formatEdtf(session.date)}</p>
              <h4 className="font-semibold">{session.title}</h4>
              <p className={mutedText}>{facts}</p>
              <p className="mt-0.5">
                <span>{session.summary}</span>
                <SourceCitations ids={session.sources} />
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
