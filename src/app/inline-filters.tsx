import type { ReactNode, RefObject } from 'react';
import { useMessages } from '../i18n/catalogue.ts';
import { enFilters } from '../i18n/en-filters.ts';

interface Props {
  onClose: () => void;
  /** The Filters button, which takes focus back when the reader is done. */
  opener: RefObject<HTMLButtonElement | null>;
  activeCount: number;
  children: ReactNode;
}

/**
 * The filters in an embed, in the page flow under the Filters button. A modal sheet would sit at the bottom
 * of the frame, which grows with its content and can be far below the reader's screen, and would scroll
 * inside itself; here the frame grows with the filters and the article's own scroll carries them.
 */
export function InlineFilters({ onClose, opener, activeCount, children }: Props) {
  const t = useMessages(enFilters);
  const done = () => {
    onClose();
    opener.current?.focus();
  };
  return (
    <section
      id="embed-filters"
      aria-labelledby="embed-filters-title"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        done();
      }}
      className="mb-3 rounded-lg border border-slate-200 p-3 dark:border-slate-700"
    >
      <div className="mb-3 flex items-center justify-between gap-2">
        <h2 id="embed-filters-title" className="text-base font-semibold">
          {t.filtersHeading(activeCount)}
        </h2>
        <button
          type="button"
          onClick={done}
          className="h-9 rounded-md bg-slate-800 px-3 text-sm font-medium text-white focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-slate-100 dark:text-slate-900"
        >
          {t.filtersDone}
        </button>
      </div>
      {children}
    </section>
  );
}
