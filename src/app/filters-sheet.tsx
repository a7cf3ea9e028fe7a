import { useEffect, useRef, type ReactNode } from 'react';
import { useMessages } from '../i18n/catalogue.ts';
import { enFilterPanel } from '../i18n/en-filter-panel.ts';
import { enFilters } from '../i18n/en-filters.ts';

interface Props {
  open: boolean;
  onClose: () => void;
  activeCount: number;
  /** How many rounds the filters keep: the footer's button says it ("Show 12 rounds"). */
  matchCount: number;
  children: ReactNode;
}

/**
 * The filters in a modal sheet on narrow screens. A native <dialog> traps focus, makes the page behind it
 * inert, closes on Escape, and returns focus to the button that opened it. Its header (with "Done") and its
 * footer ("Show N rounds") stick to the sheet's edges while the filters between them scroll.
 */
export function FiltersSheet({ open, onClose, activeCount, matchCount, children }: Props) {
  const t = useMessages(enFilters);
  const panel = useMessages(enFilterPanel);
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      aria-labelledby="filters-sheet-title"
      onClose={onClose}
      className="m-0 mt-auto max-h-[85dvh] w-full max-w-none overflow-y-auto rounded-t-2xl bg-white px-4 text-slate-900 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="sticky top-0 z-10 -mx-4 mb-3 flex items-center justify-between border-b border-slate-200 bg-white px-4 py-3 dark:border-slate-700 dark:bg-slate-900">
        <h2 id="filters-sheet-title" className="text-lg font-semibold">
          {t.filtersHeading(activeCount)}
        </h2>
        <button
          type="button"
          onClick={onClose}
          className="h-10 rounded-md bg-slate-800 px-4 font-medium text-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-slate-100 dark:text-slate-900"
        >
          {t.filtersDone}
        </button>
      </div>
      {open && children}
      <div className="sticky bottom-0 z-10 -mx-4 mt-4 border-t border-slate-200 bg-white px-4 py-3 dark:border-slate-700 dark:bg-slate-900">
        <button
          type="button"
          onClick={onClose}
          className="h-11 w-full rounded-md bg-blue-700 px-4 font-semibold text-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-blue-300 dark:text-slate-950"
        >
          {panel.filtersShowRounds(matchCount)}
        </button>
      </div>
    </dialog>
  );
}
