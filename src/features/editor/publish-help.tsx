import { useMessages } from '../../i18n/catalogue.ts';
import { enEditor } from '../../i18n/en-editor.ts';

/** How to put a finished dataset on the web and show it: host the file, link it, embed it. */
export function PublishHelp() {
  const t = useMessages(enEditor).editor;
  return (
    <details className="rounded-md border border-slate-300 p-3 text-sm dark:border-slate-700">
      <summary className="cursor-pointer font-semibold">{t.publishHeading}</summary>
      <ol className="mt-2 list-decimal space-y-1 pl-5">
        <li>{t.publishHost}</li>
        <li>
          {t.publishOpen} <code className="font-mono">?data=</code> {t.publishAddress}{' '}
          <code className="font-mono break-all">?data=https://example.org/talks.json</code>. {t.publishChecks}
        </li>
        <li>{t.publishShare}</li>
      </ol>
    </details>
  );
}
