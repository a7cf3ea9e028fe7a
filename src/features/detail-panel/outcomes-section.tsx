import { useId } from 'react';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { OutcomeBadge } from './outcome-badge.tsx';
import type { PanelLookups, TopicGroup } from './panel-model.ts';
import { groupHeading, mutedText, sectionHeading } from './panel-styles.ts';
import { SourceCitations } from './source-citations.tsx';

interface Props {
  groups: TopicGroup[];
  lookups: PanelLookups;
}

/** What came of the round, topic by topic: each outcome's status, summary, proposer and sources. */
export function OutcomesSection({ groups, lookups }: Props) {
  const t = useMessages(enPanel);
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={sectionHeading}>
        {t.panelOutcomes}
      </h3>
      {groups.length === 0 && <p className={`text-sm ${mutedText}`}>{t.panelNoOutcomes}</p>}
      <div className="space-y-4">
        {groups.map((group) => (
          <div key={group.topicId}>
            <h4 className={groupHeading}>{group.label}</h4>
            <ul className="space-y-2.5 text-sm">
              {group.outcomes.map((outcome, index) => (
                <li key={index}>
                  <OutcomeBadge status={outcome.status} />
                  <p className="mt-1">
                    {outcome.summary}
                    <SourceCitations ids={outcome.sources} />
                  </p>
                  {outcome.proposedBy && (
                    <p className={`text-xs ${mutedText}`}>
                      {t.panelProposedBy(
                        lookups.parties.get(outcome.proposedBy)?.shortName ?? outcome.proposedBy,
                      )}
                    </p>
                  )}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}
