import { useEffect, useId, useState } from 'react';
import { useMessages } from '../../i18n/catalogue.ts';
import { enFilterPanel } from '../../i18n/en-filter-panel.ts';
import { focusRing } from './filter-styles.ts';

/** How long typing pauses before the search applies; short enough to feel instant. */
export const SEARCH_DEBOUNCE_MS = 150;

interface Props {
  /** The applied query, from the filters. */
  value: string;
  onSearch: (query: string) => void;
}

/**
 * The free-text search. The input shows each keystroke at once; the query applies after a short pause,
 * or at once on Enter. A change from outside (Clear all, a link) replaces what the input shows.
 */
export function SearchBox({ value, onSearch }: Props) {
  const t = useMessages(enFilterPanel);
  const id = useId();
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  const [sent, setSent] = useState(value);
  if (value !== seen) {
    setSeen(value);
    // The echo of our own query must not overwrite what was typed since it was sent.
    if (value !== sent) setText(value);
  }

  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => {
      setSent(text);
      onSearch(text);
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, value, onSearch]);

  return (
    <div>
      <label htmlFor={id} className="block text-sm font-semibold text-slate-900 dark:text-slate-100">
        {t.filterSearchRounds}
      </label>
      <input
        id={id}
        type="search"
        value={text}
        autoComplete="off"
        spellCheck={false}
        aria-describedby={`${id}-hint`}
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && text !== value) {
            setSent(text);
            onSearch(text);
          }
        }}
        className={`mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-3 text-base text-slate-900 placeholder:text-slate-500 sm:min-h-9 sm:text-sm dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 ${focusRing}`}
      />
      <p id={`${id}-hint`} className="mt-1 text-xs text-slate-600 dark:text-slate-300">
        {t.filterSearchHint}
      </p>
    </div>
  );
}
