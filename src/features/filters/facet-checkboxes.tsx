import { useId, useMemo, useState, type ReactNode } from 'react';
import { LazyPart } from '../../components/lazy-part.tsx';
import { useMessages } from '../../i18n/catalogue.ts';
import { enFilterPanel } from '../../i18n/en-filter-panel.ts';
import { FacetCheckboxRow } from './facet-checkbox-row.tsx';
import type { FacetOption } from './facet-options.ts';
import { linkButton } from './filter-styles.ts';
import { topOptions } from './top-options.ts';
import { LazyFacetSearchList } from './lazy-facet-search-list.ts';

/** A facet's group of controls, named by its legend ("Topics", "Parties"…). */
export function FacetFieldset({
  legend,
  sub,
  children,
}: {
  legend: string;
  sub?: boolean;
  children: ReactNode;
}) {
  return (
    <fieldset className={sub ? 'mt-2' : 'border-t border-slate-200 pt-3 dark:border-slate-700'}>
      <legend
        className={
          sub
            ? 'text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-300'
            : 'text-sm font-semibold text-slate-900 dark:text-slate-100'
        }
      >
        {legend}
      </legend>
      {children}
    </fieldset>
  );
}

interface ListProps {
  options: readonly FacetOption[];
  onToggle: (value: string, checked: boolean) => void;
  /** Show only this many options (the most matched, and any ticked ones) until the reader asks for all. */
  collapseAfter?: number;
  /** What the values are, plural ("parties"), for the search over a long list. */
  noun?: string;
  /** The name of the searchable list ("parties"). */
  listName?: string;
}

/** Lists up to this long open in place; longer ones open searchable, drawing only the rows in view. */
export const RENDER_ALL_UP_TO = 200;

/**
 * One checkbox per value (see FacetCheckboxRow). A long list first shows its values with the most rounds
 * and the ticked ones, behind "Show all N"; a very long one then opens as a searchable virtual list.
 */
export function FacetCheckboxList({
  options,
  onToggle,
  collapseAfter,
  noun = 'values',
  listName = noun,
}: ListProps) {
  const t = useMessages(enFilterPanel);
  const common = useMessages();
  const baseId = useId();
  const [expanded, setExpanded] = useState(false);
  const collapsible = collapseAfter !== undefined && options.length > collapseAfter;
  // Ids come from the value itself (escaped, so no space splits an id list), not its place in the list:
  // a row keeps its id while the list is searched, and no map of 20,000 values is built on every click.
  const idOf = (option: FacetOption) => `${baseId}-${encodeURIComponent(option.value)}`;
  const searchable = expanded && options.length > RENDER_ALL_UP_TO;
  const visible = useMemo(
    () => (collapsible && !expanded ? topOptions(options, collapseAfter) : options),
    [collapsible, expanded, options, collapseAfter],
  );

  return (
    <>
      {searchable ? (
        <div id={`${baseId}-list`}>
          <LazyPart
            what={t.facetListPart(noun)}
            fallback={
              <p role="status" className="mt-1 text-sm">
                {common.loadingList}
              </p>
            }
          >
            <LazyFacetSearchList
              options={options}
              onToggle={onToggle}
              noun={noun}
              listName={listName}
              idOf={idOf}
            />
          </LazyPart>
        </div>
      ) : (
        <ul id={`${baseId}-list`} className="mt-1">
          {visible.map((option) => (
            <FacetCheckboxRow key={option.value} option={option} id={idOf(option)} onToggle={onToggle} />
          ))}
        </ul>
      )}
      {collapsible && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={`${baseId}-list`}
          onClick={() => setExpanded(!expanded)}
          className={`mt-1 ${linkButton}`}
        >
          {expanded ? t.facetShowFewer : t.facetShowAll(options.length)}
        </button>
      )}
    </>
  );
}
