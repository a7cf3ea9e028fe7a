import { formatEdtf } from '../../domain/date-precision.ts';
import { safeHttpUrl } from '../../domain/safe-http-url.ts';
import type { NumberedSource } from './citation-numbers.ts';
import { focusRing, mutedText } from './story-styles.ts';
import type { StoryWords } from '../../i18n/en-story.ts';

/** The numbered sources a step cites; only http(s) addresses become links. */
export function StorySources({
  cited,
  anchor,
  words,
}: {
  cited: readonly NumberedSource[];
  anchor: (n: number) => string;
  words: StoryWords;
}) {
  if (cited.length === 0) return null;
  return (
    <section
      aria-label={words.stepSources}
      className="mt-4 border-t border-slate-200 pt-3 dark:border-slate-700"
    >
      <h4 className={`mb-1.5 text-xs font-semibold tracking-wide uppercase ${mutedText}`}>{words.sources}</h4>
      <ol className="space-y-1 text-xs">
        {cited.map(({ n, id, source }) => (
          <li
            key={id}
            id={anchor(n)}
            tabIndex={-1}
            className={`flex gap-1.5 rounded-sm ${focusRing} focus:bg-amber-50 dark:focus:bg-amber-950/40`}
          >
            <span className={`shrink-0 tabular-nums ${mutedText}`}>[{n}]</span>
            <span className="min-w-0 break-words">
              {source ? (
                <>
                  {/* Only http(s) addresses without credentials become links; anything else is shown as text. */}
                  <span className="font-medium">{source.publisher}</span>
                  {source.published && <span className={mutedText}> · {formatEdtf(source.published)}</span>}
                  {': '}
                  {safeHttpUrl(source.url) ? (
                    <a
                      href={safeHttpUrl(source.url)}
                      target="_blank"
                      rel="noopener noreferrer"
                      className={`text-blue-800 underline decoration-1 underline-offset-2 dark:text-blue-300 ${focusRing}`}
                    >
                      {source.title ?? source.url}
                    </a>
                  ) : (
                    (source.title ?? source.url)
                  )}
                </>
              ) : (
                id
              )}
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
