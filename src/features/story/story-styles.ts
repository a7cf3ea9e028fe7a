/** A visible keyboard focus ring in both themes. */
export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300';

/** Secondary text with AA contrast in both themes. */
export const mutedText = 'text-slate-600 dark:text-slate-400';

/** The main action (Next, Story): solid, with a 44 px touch target on phones. */
export const primaryButton = `inline-flex min-h-11 items-center justify-center gap-1.5 rounded-md bg-blue-700 px-3 text-sm font-semibold text-white hover:bg-blue-800 aria-disabled:cursor-not-allowed aria-disabled:bg-slate-300 aria-disabled:text-slate-700 sm:min-h-9 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400 dark:aria-disabled:bg-slate-700 dark:aria-disabled:text-slate-300 ${focusRing}`;

/** A bordered secondary action (Previous, Explore from here). */
export const outlineButton = `inline-flex min-h-11 items-center justify-center gap-1.5 rounded-md border border-slate-300 bg-white px-3 text-sm font-medium text-slate-900 hover:bg-slate-100 aria-disabled:cursor-not-allowed aria-disabled:text-slate-500 aria-disabled:hover:bg-white sm:min-h-9 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:aria-disabled:text-slate-400 dark:aria-disabled:hover:bg-slate-900 ${focusRing}`;
