import type { Source } from '../../domain/schema.ts';
import { formatEdtf } from '../../domain/date-precision.ts';
import { safeHttpUrl } from '../../domain/safe-http-url.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { linkClass, mutedText } from './document-styles.ts';

interface Props {
  ids: readonly string[];
  sources: ReadonlyMap<string, Source>;
  /** Id of the hidden "opens in a new tab" text. */
  newTabId: string;
}

/** "Sources: LIGA.net (21 November 2025), Reuters …" as outbound links; only http(s) URLs become links. */
export function DocumentSources({ ids, sources, newTabId }: Props) {
  const t = useMessages(enPanel);
  const cited = [...new Set(ids)].map((id) => ({ id, source: sources.get(id) }));
  if (cited.length === 0) return null;
  return (
    <p className={`mt-1 text-xs ${mutedText}`}>
      {cited.length === 1 ? t.documentSource : t.documentSources}
      {cited.map(({ id, source }, i) => {
        const href = source && safeHttpUrl(source.url);
        const name = source ? source.publisher : id;
        const when = source?.published ? ` (${formatEdtf(source.published)})` : '';
        return (
          <span key={id}>
            {i > 0 && ', '}
            {href ? (
              <a
                href={href}
                target="_blank"
                rel="noopener noreferrer"
                aria-describedby={newTabId}
                title={source?.title}
                className={linkClass}
              >
                {name}
              </a>
            ) : (
              name
            )}
            {when}
          </span>
        );
      })}
    </p>
  );
}
