import { useId } from 'react';
import type { Dispute } from '../../domain/schema.ts';
import { groupHeading, mutedText, sectionHeading } from './panel-styles.ts';
import { SourceCitations } from './source-citations.tsx';

/**
 * Facts the sources disagree on. Each account is shown side by side with the others and attributed, and
 * none is marked as right: the dataset records disagreement rather than resolving it.
 */
export function DisputesSection({ disputes }: { disputes: readonly Dispute[] }) {
  const headingId = useId();
  if (disputes.length === 0) return null;
  return (
    <section aria-labelledby={headingId} className="@container">
      <h3 id={headingId} className={sectionHeading}>
        Disputed facts
      </h3>
      <p className={`mb-3 text-sm ${mutedText}`}>
        The sources disagree on these points. Each account is given as reported, without judging which is
        right.
      </p>
      <div className="space-y-5">
        {disputes.map((dispute) => (
          <DisputeItem key={dispute.id} dispute={dispute} />
        ))}
      </div>
    </section>
  );
}

function DisputeItem({ dispute }: { dispute: Dispute }) {
  const count = dispute.accounts.length;
  return (
    <div>
      <h4 className={groupHeading}>{dispute.subject}</h4>
      <p className={`mb-1.5 text-xs ${mutedText}`}>{count} competing accounts</p>
      <div role="group" aria-label={`Accounts of: ${dispute.subject}`}>
        <ol className="grid grid-cols-1 gap-2 @min-[22rem]:grid-cols-2 @min-[44rem]:grid-cols-3">
          {dispute.accounts.map((account, index) => (
            <li
              key={index}
              className="rounded-md border border-amber-300 bg-amber-50/60 p-2.5 text-sm dark:border-amber-700/70 dark:bg-amber-950/30"
            >
              <p className={`text-xs font-medium ${mutedText}`}>
                Account {index + 1} of {count}
              </p>
              <p className="mt-0.5">
                {account.claim}
                <SourceCitations ids={account.sources} />
              </p>
              <p className="mt-1 text-xs font-medium text-slate-700 dark:text-slate-300">
                According to {account.attribution}
              </p>
            </li>
          ))}
        </ol>
      </div>
    </div>
  );
}
