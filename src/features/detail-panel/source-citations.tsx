import type { MouseEvent } from 'react';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { sourceAnchorId, useCitations } from './citation-context.ts';
import { focusRing } from './panel-styles.ts';

/** Small numbered links "[3]" to the sources of one fact, in number order. */
export function SourceCitations({ ids }: { ids: readonly string[] }) {
  const t = useMessages(enPanel);
  const { roundId, numbers, sources } = useCitations();
  const cited = [...new Set(ids)]
    .map((id) => ({ id, n: numbers.get(id) }))
    .filter((c): c is { id: string; n: number } => c.n !== undefined)
    .sort((a, b) => a.n - b.n);
  if (cited.length === 0) return null;
  return (
    <sup className="ml-0.5 whitespace-nowrap text-[0.7rem] leading-none">
      {cited.map(({ id, n }) => (
        <a
          key={id}
          href={`#${sourceAnchorId(roundId, n)}`}
          aria-label={t.panelCitation(n, sources.get(id)?.publisher ?? id)}
          onClick={(event) => jumpToSource(event, sourceAnchorId(roundId, n))}
          className={`rounded-sm px-px text-blue-800 hover:underline dark:text-blue-300 ${focusRing}`}
        >
          [{n}]
        </a>
      ))}
    </sup>
  );
}

/**
 * Moves focus to the source entry instead of changing the URL hash, so citations do not pile up browser
 * history entries that the reader would have to step back through.
 */
function jumpToSource(event: MouseEvent<HTMLAnchorElement>, anchorId: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const target = document.getElementById(anchorId);
  if (!target) return;
  event.preventDefault();
  target.focus();
}
