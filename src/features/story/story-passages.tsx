import type { MouseEvent } from 'react';
import type { Passage } from '../../domain/schema.ts';
import type { NumberedSource } from './citation-numbers.ts';
import { focusRing } from './story-styles.ts';
import type { StoryWords } from '../../i18n/en-story.ts';

interface Props {
  passages: readonly Passage[];
  numbers: ReadonlyMap<string, NumberedSource>;
  anchor: (n: number) => string;
  className?: string;
  words: StoryWords;
}

/** A step's paragraphs, each followed by the numbered links to its sources. Text is rendered as text, never HTML. */
export function StoryPassages({ passages, numbers, anchor, className = '', words }: Props) {
  return (
    <>
      {passages.map((passage, i) => (
        <p key={i} className={className}>
          {passage.text}
          <sup className="ml-0.5 text-[0.7rem] leading-none whitespace-nowrap">
            {[...new Set(passage.sources)]
              .flatMap((id) => numbers.get(id) ?? [])
              .sort((a, b) => a.n - b.n)
              .map((cited) => (
                <a
                  key={cited.id}
                  href={`#${anchor(cited.n)}`}
                  aria-label={words.sourceLink(cited.n, cited.source?.publisher ?? cited.id)}
                  onClick={(event) => jumpTo(event, anchor(cited.n))}
                  className={`rounded-sm px-px text-blue-800 hover:underline dark:text-blue-300 ${focusRing}`}
                >
                  [{cited.n}]
                </a>
              ))}
          </sup>
        </p>
      ))}
    </>
  );
}

/** Focuses the source entry rather than changing the URL's hash, which would add history entries. */
function jumpTo(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
}
