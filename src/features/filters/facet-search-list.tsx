import { useVirtualizer } from '@tanstack/react-virtual';
import { useDeferredValue, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { normalizeForSearch } from '../../domain/search-text.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enFilterPanel } from '../../i18n/en-filter-panel.ts';
import { FacetCheckboxRow } from './facet-checkbox-row.tsx';
import type { FacetOption } from './facet-options.ts';
import { focusRing } from './filter-styles.ts';
import { matchingOptions } from './top-options.ts';

interface Props {
  options: readonly FacetOption[];
  onToggle: (value: string, checked: boolean) => void;
  /** What the values are, plural: "parties". */
  noun: string;
  /** The name of the list: "parties". */
  listName: string;
  /** Where each option's checkbox id comes from, stable across searches. */
  idOf: (option: FacetOption) => string;
}

/** Rows are this tall on phones (44 px targets) before they are measured. */
const ESTIMATED_ROW = 44;

/**
 * Every value of a long facet, searchable, with only the rows in view in the DOM: 20,000 parties cost
 * what 20 do. Each row says its place in the list (aria-posinset/setsize); the arrow keys, Home and End
 * move between the checkboxes that can be ticked, scrolling the next one in, because Tab would leave the
 * list at the last rendered row.
 */
export function FacetSearchList({ options, onToggle, noun, listName, idOf }: Props) {
  const t = useMessages(enFilterPanel);
  const baseId = useId();
  const [query, setQuery] = useState('');
  // Typing stays responsive while a long list is filtered behind it.
  const deferredQuery = useDeferredValue(query);
  // Labels are folded once each, not again on every click or keystroke.
  const [folded] = useState(() => new Map<string, string>());
  const shown = useMemo(() => {
    const fold = (text: string) => {
      let value = folded.get(text);
      if (value === undefined) folded.set(text, (value = normalizeForSearch(text)));
      return value;
    };
    return matchingOptions(options, deferredQuery, fold);
  }, [options, deferredQuery, folded]);
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the virtualizer's functions are read fresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    overscan: 8,
    getItemKey: (index) => shown[index]?.value ?? index,
  });

  // Where focus is going: keys pressed faster than rows are drawn count from there, not from the old row.
  const [going] = useState<{ index: number | null }>(() => ({ index: null }));
  const rowInput = (index: number) =>
    scrollRef.current?.querySelector<HTMLInputElement>(`li[data-index="${index}"] input`);
  const focusRow = (index: number) => {
    const target = Math.max(0, Math.min(shown.length - 1, index));
    const drawn = rowInput(target);
    if (drawn) {
      going.index = null;
      drawn.focus();
      return;
    }
    going.index = target;
    virtualizer.scrollToIndex(target, { align: 'auto' });
    // The row is drawn after the scroll: focus it then, unless another key has moved on.
    let frames = 0;
    const focusWhenDrawn = () => {
      if (going.index !== target) return;
      const input = rowInput(target);
      if (input) {
        going.index = null;
        input.focus();
      } else if (++frames < 30) requestAnimationFrame(focusWhenDrawn);
    };
    requestAnimationFrame(focusWhenDrawn);
  };
  // A disabled checkbox cannot take focus, so the keys step over values no round would match.
  const usable = (i: number) => {
    const option = shown[i];
    return option !== undefined && (option.count > 0 || option.checked);
  };
  const seek = (from: number, step: 1 | -1) => {
    for (let i = from; i >= 0 && i < shown.length; i += step) if (usable(i)) return i;
    return undefined;
  };
  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const row = (event.target as HTMLElement).closest('li[data-index]');
    if (!row) return;
    const index = going.index ?? Number(row.getAttribute('data-index'));
    const moves: Record<string, () => number | undefined> = {
      ArrowDown: () => seek(index + 1, 1),
      ArrowUp: () => seek(index - 1, -1),
      Home: () => seek(0, 1),
      End: () => seek(shown.length - 1, -1),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    const next = move();
    if (next !== undefined) focusRow(next);
  };

  const summary =
    shown.length === options.length
      ? t.facetValueCount(options.length, noun)
      : t.facetValuesMatch(shown.length, options.length, noun);
  return (
    <div className="mt-1 space-y-1">
      <input
        type="search"
        value={query}
        onChange={(event) => {
          setQuery(event.currentTarget.value);
          // A new search starts at its first match, wherever the list was scrolled to.
          if (scrollRef.current) scrollRef.current.scrollTop = 0;
        }}
        aria-label={t.facetFind(noun)}
        aria-describedby={`${baseId}-summary ${baseId}-keys`}
        placeholder={t.facetFind(noun)}
        className={`w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm dark:border-slate-500 dark:bg-slate-900 ${focusRing}`}
      />
      <p id={`${baseId}-summary`} aria-live="polite" className="text-xs text-slate-600 dark:text-slate-300">
        {summary}
      </p>
      <p id={`${baseId}-keys`} className="sr-only">
        {t.facetListKeys}
      </p>
      <div
        ref={scrollRef}
        className="max-h-72 overflow-y-auto overscroll-contain rounded-md border border-slate-200 px-1 dark:border-slate-700"
      >
        <ul
          aria-label={listName}
          onKeyDown={onKeyDown}
          className="relative"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const option = shown[item.index]!;
            return (
              <FacetCheckboxRow
                key={item.key}
                option={option}
                id={idOf(option)}
                onToggle={onToggle}
                position={{
                  index: item.index,
                  size: shown.length,
                  ref: virtualizer.measureElement,
                  style: {
                    position: 'absolute',
                    top: 0,
                    left: 0,
                    right: 0,
                    transform: `translateY(${item.start}px)`,
                  },
                }}
              />
            );
          })}
        </ul>
      </div>
    </div>
  );
}
