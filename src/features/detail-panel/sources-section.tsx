import { useId } from 'react';
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

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** The numbered list of every source cited in the round; inline citations link to its entries. */
export function SourcesSection({ roundId, order, sources }: Props) {
  const headingId = useId();
  const newTabId = useId();
  if (order.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={sectionHeading}>
        Sources
      </h3>
      <span id={newTabId} hidden>
        opens in a new tab
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
  if (!source) return <span className={mutedText}>Source {id} is missing from the dataset.</span>;
  const english = source.language === 'en' || source.language.startsWith('en-');
  const details = [
    hostNote(source.url),
    source.published && formatEdtf(source.published),
    !english && `in ${languageName(source.language)}`,
    source.cites && source.cites.length > 0 && `citing ${source.cites.join(', ')}`,
  ].filter((d): d is string => typeof d === 'string' && d !== '');
  const lang = english ? undefined : source.language;
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
function hostNote(url: string): string {
  const host = linkHost(url);
  if (host === undefined || safeHttpUrl(url) === undefined) return 'address not shown: not a plain web link';
  return host.mixedScripts ? `${host.display} (look-alike address: it mixes alphabets)` : host.display;
}

function languageName(tag: string): string {
  try {
    return languageNames.of(tag) ?? tag;
  } catch {
    return tag;
  }
}
