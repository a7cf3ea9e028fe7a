import { useId } from 'react';
import type { Dispute } from '../../domain/schema.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { groupHeading, mutedText, sectionHeading } from './panel-styles.ts';
import { SourceCitations } from './source-citations.tsx';

/**
 * Facts the sources disagree on. Each account is shown side by side with the others and attributed, and
 * none is marked as right: the dataset records disagreement rather than resolving it.
 */
export function DisputesSection({ disputes }: { disputes: readonly Dispute[] }) {
  const t = useMessages(enPanel);
  const headingId = useId();
  if (disputes.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="@container">
      <h3 id={headingId} className={sectionHeading}>
        {t.panelDisputes}
      </h3>
      <p className={`mb-3 text-sm ${mutedText}`}>{t.panelDisputesNote}</p>
      <div className="space-y-5">
        {disputes.map((dispute) => (
          <DisputeItem key={dispute.id} dispute={dispute} />
        ))}
      </div>
    </section>
  );
}

function DisputeItem({ dispute }: { dispute: Dispute }) {
  const t = useMessages(enPanel);
  const count = dispute.accounts.length;
  return (
    <div>
      <h4 className={groupHeading}>{dispute.subject}</h4>
      <p className={`mb-1.5 text-xs ${mutedText}`}>{t.panelCompetingAccounts(count)}</p>
      <div role="group" aria-label={t.panelAccountsOf(dispute.subject)}>
        <ol className="grid grid-cols-1 gap-2 @min-[22rem]:grid-cols-2 @min-[44rem]:grid-cols-3">
          {dispute.accounts.map((account, index) => (
            <li
              key={index}
              className="rounded-md border border-amber-300 bg-amber-50/60 p-2.5 text-sm dark:border-amber-700/70 dark:bg-amber-950/30"
            >
              <p className={`text-xs font-medium ${mutedText}`}>{t.panelAccountOf(index + 1, count)}</p>
              <p className="mt-0.5">
                <span>{account.claim}</span>
                <SourceCitations ids={account.sources} />
              </p>
              <p className="mt-1 text-xs font-medium text-slate-700 dark:text-slate-300">
                {t.panelAccordingTo} <span>{account.attribution}</span>
              </p>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
