import { useMessages } from '../i18n/catalogue.ts';

interface Props {
  matchCount: number;
  totalCount: number;
  /** The title of the round whose details are open, if any. */
  openedTitle: string | null;
}

/**
 * Status messages (WCAG 4.1.3) that must be heard on every screen size and in embeds: how many rounds the
 * filters leave, and which round's details just opened. The regions stay mounted, so only changes are
 * announced; the visible counts elsewhere are plain text, or they would be announced twice.
 */
export function LiveStatus({ matchCount, totalCount, openedTitle }: Props) {
  const t = useMessages();
  return (
    <div className="sr-only">
      <p role="status" data-testid="rounds-status">
        {t.roundsOf(matchCount, totalCount)}
      </p>
      <p role="status" data-testid="opened-status">
        {openedTitle === null ? '' : t.detailsOpen(openedTitle)}
      </p>
    </div>
  );
}
