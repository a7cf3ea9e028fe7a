import { useMessages } from '../../i18n/catalogue.ts';

interface Props {
  matchCount: number;
  totalCount: number;
  /**
   * Announce changes politely. Only where no page-wide region can be heard: inside the modal filters sheet,
   * which hides the rest of the page from assistive technology.
   */
  live?: boolean;
}

/** "N of M rounds". */
export function ResultSummary({ matchCount, totalCount, live = false }: Props) {
  const t = useMessages();
  return (
    <p
      {...(live ? { role: 'status' } : {})}
      className="text-sm font-medium text-slate-900 dark:text-slate-100"
    >
      {t.roundsOf(matchCount, totalCount)}
    </p>
  );
}
