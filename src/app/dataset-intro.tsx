import { useState } from 'react';
import { useMessages } from '../i18n/catalogue.ts';
import type { Dataset } from '../domain/schema.ts';

/**
 * The dataset's title and description, folded to two lines (three on phones) behind "Read more", so the
 * timeline is on the first screen: it is what the reader came for.
 */
export function DatasetIntro({ dataset }: { dataset: Dataset }) {
  const [expanded, setExpanded] = useState(false);
  const t = useMessages();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{dataset.meta.title}</h1>
      <p
        id="dataset-description"
        className={`mt-2 max-w-prose text-slate-700 dark:text-slate-300 ${expanded ? '' : 'line-clamp-2 max-sm:line-clamp-3 print:line-clamp-none'}`}
      >
        {dataset.meta.description}
      </p>
      <button
        type="button"
        aria-expanded={expanded}
        aria-controls="dataset-description"
        onClick={() => setExpanded((e) => !e)}
        className="mt-1 text-sm font-medium text-blue-800 underline print:hidden dark:text-blue-300"
      >
        {expanded ? t.showLess : t.readMore}
      </button>
    </>
  );
}
