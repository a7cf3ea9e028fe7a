import type { Meta } from '../domain/schema.ts';
import { useMessages } from '../i18n/catalogue.ts';
import { enStatus } from '../i18n/en-status.ts';

/**
 * Who compiled the data, under which licence, and when it last changed: what an editor must print beside a
 * graphic, and what a reader needs to judge how current it is. The same line in the app and in an embed.
 */
export function DataCredit({
  meta,
  updated,
  className = '',
}: {
  meta: Meta;
  /** `meta.updated` in words, dated off the main thread with the rest of the dataset (DatasetModel). */
  updated: string;
  className?: string;
}) {
  const t = useMessages(enStatus);
  return (
    <p className={`text-xs text-slate-600 dark:text-slate-400 ${className}`}>
      {t.creditData} {meta.maintainer.name} · {t.creditLicence} {meta.licence} ·{' '}
      <span>
        {t.creditUpdated} <time dateTime={meta.updated}>{updated}</time>
      </span>{' '}
      · {t.madeWith}
    </p>
  );
}
