import type { Dataset } from '../../domain/schema.ts';
import { DataCredit } from '../../components/data-credit.tsx';
import { useViewStore } from '../../state/view-store.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enStatus } from '../../i18n/en-status.ts';
import { fullViewUrl } from './embed-mode.ts';

/** The embed's compact chrome: the dataset's title, its credit line, and a way out to the full app. */
export function EmbedHeader({ dataset, updated }: { dataset: Dataset; updated: string }) {
  // Subscribing re-renders the link whenever the view changes, so it always opens the view on screen.
  useViewStore((s) => s);
  const { title } = dataset.meta;
  const t = useMessages(enStatus);
  return (
    <div className="mb-3 flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
      <div>
        <h1 className="text-lg font-bold tracking-tight">{title}</h1>
        <DataCredit meta={dataset.meta} updated={updated} />
      </div>
      <a
        href={fullViewUrl(window.location.href)}
        target="_blank"
        rel="noopener noreferrer"
        className="text-sm font-medium text-blue-800 underline focus-visible:outline-3 focus-visible:outline-blue-600 dark:text-blue-300"
      >
        {t.openInParley}
        <span className="sr-only">{t.newTab}</span>
      </a>
    </div>
  );
}
