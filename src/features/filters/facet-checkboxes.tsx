import { useId, useState, type ReactNode } from 'react';
import type { FacetOption } from './facet-options.ts';
import { focusRing, linkButton } from './filter-styles.ts';

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
  /** Show only this many options (and any ticked ones) until the reader asks for all. */
  collapseAfter?: number;
}

/**
 * One checkbox per value. The label holds only the value's words, so the accessible name is exact; the
 * count sits outside it and is announced as the checkbox's description. A value no round would match
 * is disabled, not hidden, unless it is ticked, so it can always be unticked.
 */
export function FacetCheckboxList({ options, onToggle, collapseAfter }: ListProps) {
  const baseId = useId();
  const [expanded, setExpanded] = useState(false);
  const collapsible = collapseAfter !== undefined && options.length > collapseAfter;
  const visible =
    collapsible && !expanded ? options.filter((o, k) => k < collapseAfter || o.checked) : options;

  return (
    <>
      <ul id={`${baseId}-list`} className="mt-1">
        {visible.map((option) => {
          const id = `${baseId}-${options.indexOf(option)}`;
          const disabled = option.count === 0 && !option.checked;
          return (
            <li
              key={option.value}
              className={`flex min-h-11 items-center gap-2 sm:min-h-8 ${disabled ? 'opacity-55' : ''}`}
            >
              <input
                type="checkbox"
                id={id}
                checked={option.checked}
                disabled={disabled}
                aria-describedby={`${id}-count`}
                onChange={(event) => onToggle(option.value, event.currentTarget.checked)}
                className={`size-5 shrink-0 accent-sky-700 sm:size-4 dark:accent-sky-400 ${focusRing}`}
              />
              {option.glyph && (
                <span aria-hidden="true" className="w-4 text-center text-slate-600 dark:text-slate-300">
                  {option.glyph}
                </span>
              )}
              <label
                htmlFor={id}
                className={`flex-1 py-2 text-sm sm:py-1 ${disabled ? 'cursor-not-allowed' : 'cursor-pointer'}`}
              >
                {option.label}
              </label>
              <span id={`${id}-count`} className="text-xs text-slate-600 tabular-nums dark:text-slate-300">
                <span aria-hidden="true">{option.count}</span>
                <span className="sr-only">{`${option.count} ${option.count === 1 ? 'round' : 'rounds'}`}</span>
              </span>
            </li>
          );
        })}
      </ul>
      {collapsible && (
        <button
          type="button"
          aria-expanded={expanded}
          aria-controls={`${baseId}-list`}
          onClick={() => setExpanded(!expanded)}
          className={`mt-1 ${linkButton}`}
        >
          {expanded ? 'Show fewer' : `Show all ${options.length}`}
        </button>
      )}
    </>
  );
}
