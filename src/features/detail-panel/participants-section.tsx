import { useId } from 'react';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import type { DelegateView, ParticipantView, RoleGroup } from './panel-model.ts';
import { groupHeading, mutedText, sectionHeading } from './panel-styles.ts';
import { SourceCitations } from './source-citations.tsx';

/** Who took part, by role: each party, how it attended, and its delegation with the heads first. */
export function ParticipantsSection({ groups }: { groups: RoleGroup[] }) {
  const t = useMessages(enPanel);
  const headingId = useId();
  if (groups.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={sectionHeading}>
        {t.panelParticipants}
      </h3>
      <div className="space-y-4">
        {groups.map((group) => (
          <div key={group.role}>
            <h4 className={groupHeading}>{group.heading}</h4>
            <ul className="space-y-3">
              {group.participants.map((p, i) => (
                <ParticipantItem key={`${p.partyId}-${i}`} participant={p} />
              ))}
            </ul>
          </div>
        ))}
      </div>
    </section>
  );
}

function ParticipantItem({ participant }: { participant: ParticipantView }) {
  const t = useMessages(enPanel);
  return (
    <li className="text-sm">
      <p>
        <span className="font-semibold">{participant.name}</span>
        {participant.attendance && <span className={mutedText}> · {participant.attendance}</span>}
        <SourceCitations ids={participant.sources} />
      </p>
      {participant.delegates.length > 0 && (
        <ul
          aria-label={t.panelDelegationOf(participant.name)}
          className="mt-1 space-y-1 border-l-2 border-slate-200 pl-3 dark:border-slate-700"
        >
          {participant.delegates.map((d, i) => (
            <DelegateItem key={`${d.personId}-${i}`} delegate={d} />
          ))}
        </ul>
      )}
    </li>
  );
}

function DelegateItem({ delegate }: { delegate: DelegateView }) {
  const t = useMessages(enPanel);
  return (
    <li>
      {delegate.head && (
        <span className="mr-1.5 inline-block rounded bg-blue-50 px-1.5 text-xs font-medium text-blue-900 ring-1 ring-blue-700/30 dark:bg-blue-950 dark:text-blue-100 dark:ring-blue-300/40">
          {t.panelHeadOfDelegation}
        </span>
      )}
      <span className={delegate.head ? 'font-semibold' : 'font-medium'}>{delegate.name}</span>
      {delegate.position && <span className={mutedText}>, {delegate.position}</span>}
      <SourceCitations ids={delegate.sources} />
    </li>
  );
}
