import type { DocumentRoundLink } from '../../domain/document-history.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';
import { linkButton, mutedText } from './document-styles.ts';

interface Props {
  links: readonly DocumentRoundLink[];
  onSelectRound: (roundId: string) => void;
  /** `lang` for the links' notes, which the dataset does not translate. */
}

/** The rounds that dealt with a document or version: each opens the round, and says when a meeting was not held. */
export function DocumentRoundLinks({ links, onSelectRound }: Props) {
  return (
    <ul className="mt-1 space-y-0.5">
      {links.map((link) => (
        <li key={link.roundId}>
          <button type="button" onClick={() => onSelectRound(link.roundId)} className={linkButton}>
            {link.title}
          </button>
          <span className={`text-xs ${mutedText}`}>
            {' '}
            {link.dateText}
            {link.status !== 'held' && ` · ${vocabularyLabels().notHeld[link.status]}`}
          </span>
          {link.note && <span className="block pl-1 text-xs">{link.note}</span>}
        </li>
      ))}
    </ul>
  );
}
