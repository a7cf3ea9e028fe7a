import { useId } from 'react';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import type { RelatedLink } from './related-rounds-model.ts';
import { focusRing, mutedText, sectionHeading } from './panel-styles.ts';

interface Props {
  links: readonly RelatedLink[];
  onSelect: (id: string) => void;
}

/** Rounds this one follows up or implements, and rounds that follow it up or implement it. */
export function RelatedRounds({ links, onSelect }: Props) {
  const t = useMessages(enPanel);
  const headingId = useId();
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={sectionHeading}>
        {t.panelRelated}
      </h3>
      <ul className="space-y-1.5 text-sm">
        {links.map((link) => (
          <li key={`${link.relation}-${link.roundId}`}>
            <button
              type="button"
              onClick={() => onSelect(link.roundId)}
              className={`min-h-11 w-full rounded-md px-2 py-1 text-left hover:bg-slate-100 sm:min-h-9 dark:hover:bg-slate-800 ${focusRing}`}
            >
              <span className={mutedText}>{t.panelRelation[link.relation]}:</span>{' '}
              <span className="font-medium text-blue-800 underline decoration-1 underline-offset-2 dark:text-blue-300">
                {link.title}
              </span>
            </button>
            <span className={`block px-2 text-xs ${mutedText}`}>{link.dateText}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
