import type { CSSProperties, Ref } from 'react';
import { useMessages } from '../../i18n/catalogue.ts';
import { enFilterPanel } from '../../i18n/en-filter-panel.ts';
import type { FacetOption } from './facet-options.ts';
import { focusRing } from './filter-styles.ts';

interface Props {
  option: FacetOption;
  /** Unique within the page: names the checkbox and its count. */
  id: string;
  onToggle: (value: string, checked: boolean) => void;
  /** In a virtual list: the row's place among all the rows, said by screen readers, and its position. */
  position?: { index: number; size: number; style: CSSProperties; ref: Ref<HTMLLIElement> };
}

/**
 * One checkbox of a facet. The label holds only the value's words, so the accessible name is exact; the
 * count sits outside it and is announced as the checkbox's description. A value no round would match
 * is disabled, not hidden, unless it is ticked, so it can always be unticked.
 */
export function FacetCheckboxRow({ option, id, onToggle, position }: Props) {
  const t = useMessages(enFilterPanel);
  const disabled = option.count === 0 && !option.checked;
  return (
    <li
      ref={position?.ref}
      data-index={position?.index}
      aria-posinset={position ? position.index + 1 : undefined}
      aria-setsize={position?.size}
      style={position?.style}
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
        className={`min-w-0 flex-1 py-2 text-sm break-words sm:py-1 ${disabled ? 'cursor-not-allowed' : 'cursor-pointer'}`}
      >
        {option.label}
      </label>
      <span id={`${id}-count`} className="text-xs text-slate-600 tabular-nums dark:text-slate-300">
        <span aria-hidden="true">{t.facetCountDigits(option.count)}</span>
        <span className="sr-only">{t.facetRoundCount(option.count)}</span>
      </span>
    </li>
  );
}
