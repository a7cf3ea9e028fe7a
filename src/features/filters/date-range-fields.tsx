import { useId } from 'react';
import type { IsoDay } from '../../domain/round-filters.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enFilterPanel } from '../../i18n/en-filter-panel.ts';
import { focusRing } from './filter-styles.ts';

interface Props {
  from: IsoDay | null;
  to: IsoDay | null;
  /** The first and last days any round covers, to bound the pickers. */
  min: IsoDay | undefined;
  max: IsoDay | undefined;
  onChange: (range: { from: IsoDay | null; to: IsoDay | null }) => void;
}

const inputClass = `mt-1 block min-h-11 w-full rounded-md border border-slate-500 bg-white px-2 text-base text-slate-900 sm:min-h-9 sm:text-sm dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:[color-scheme:dark] ${focusRing}`;

/** "From" and "To" day inputs: the accessible way to set the date range, whatever else sets it too. */
export function DateRangeFields({ from, to, min, max, onChange }: Props) {
  const t = useMessages(enFilterPanel);
  const id = useId();
  const day = (value: string): IsoDay | null => (value === '' ? null : value);
  return (
    <div className="mt-1 grid grid-cols-2 gap-3">
      <div>
        <label htmlFor={`${id}-from`} className="text-sm">
          {t.filterDateFrom}
        </label>
        <input
          id={`${id}-from`}
          type="date"
          value={from ?? ''}
          min={min}
          max={to ?? max}
          onChange={(event) => onChange({ from: day(event.currentTarget.value), to })}
          className={inputClass}
        />
      </div>
      <div>
        <label htmlFor={`${id}-to`} className="text-sm">
          {t.filterDateTo}
        </label>
        <input
          id={`${id}-to`}
          type="date"
          value={to ?? ''}
          min={from ?? min}
          max={max}
          onChange={(event) => onChange({ from, to: day(event.currentTarget.value) })}
          className={inputClass}
        />
      </div>
    </div>
  );
}
