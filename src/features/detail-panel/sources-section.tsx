import { useId } from 'react';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { useLang } from '../../i18n/catalogue.ts';
import { useForeignLang } from '../../i18n/foreign-lang.ts';
import type { Source } from '../../domain/schema.ts';
import { sourceAnchorId } from './citation-context.ts';
import { formatEdtf } from '../../domain/date-precision.ts';
import { focusRing, mutedText, sectionHeading } from './panel-styles.ts';
import { linkHost } from './link-host.ts';
import { SafeExternalLink, safeHttpUrl } from './safe-external-link.tsx';

interface Props {
  roundId: string;
  /** Source ids in number order: order[0] is source 1. */
  order: readonly string[];
  sources: ReadonlyMap<string, Source>;
}

/** The numbered list of every source cited in the round; inline citations link to its entries. */
export function SourcesSection({ roundId, order, sources }: Props) {
  const t = useMessages(enPanel);
  const headingId = useId();
  const newTabId = useId();
  if (order.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={sectionHeading}>
        {t.panelSources}
      </h3>
      <span id={newTabId} hidden>
        {t.panelNewTab}
      </span>
      <ol className="list-decimal space-y-2 pl-7 text-sm marker:text-slate-600 dark:marker:text-slate-400">
        {order.map((id, index) => (
          <li
            key={id}
            id={sourceAnchorId(roundId, index + 1)}
            tabIndex={-1}
            className={`scroll-mt-16 rounded-sm pl-1 wrap-break-word ${focusRing}`}
          >
            <SourceEntry id={id} source={sources.get(id)} newTabId={newTabId} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function SourceEntry({ id, source, newTabId }: { id: string; source: Source | undefined; newTabId: string }) {
  const t = useMessages(enPanel);
  const interfaceLang = useLang();
  // A title stays as published: marked with its language where that is not the page's, and named in the details.
  const lang = useForeignLang()(source?.language);
  if (!source) return <span className={mutedText}>{t.panelSourceMissing(id)}</span>;
  const details = [
    hostNote(source.url, t),
    source.published && formatEdtf(source.published),
    lang !== undefined && t.panelInLanguage(languageName(lang, interfaceLang)),
    source.cites && source.cites.length > 0 && t.panelCiting(source.cites.join(', ')),
  ].filter((d): d is string => typeof d === 'string' && d !== '');
  return (
    <>
      {source.title ? (
        <>
          <span className="font-medium">{source.publisher}</span>
          {': '}
          <SafeExternalLink url={source.url} describedBy={newTabId} lang={lang}>
            {source.title}
          </SafeExternalLink>
        </>
      ) : (
        <span className="font-medium">
          <SafeExternalLink url={source.url} describedBy={newTabId}>
            {source.publisher}
          </SafeExternalLink>
        </span>
      )}
      {details.length > 0 && <span className={`block ${mutedText}`}>{details.join(' · ')}</span>}
    </>
  );
}

/** Where the link goes, so a reader sees the site before following it; "no link" when it is refused. */
function hostNote(url: string, t: typeof enPanel): string {
  const host = linkHost(url);
  if (host === undefined || safeHttpUrl(url) === undefined) return t.panelNoAddress;
  return host.mixedScripts ? t.panelLookAlike(host.display) : host.display;
}

/** A language's name in the interface's language ("Ukrainian"; "англійська"), or its tag if Intl has none. */
function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language', fallback: 'code' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
