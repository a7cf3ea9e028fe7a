/** Secondary text with AA contrast in both themes. */
export const mutedText = 'text-slate-600 dark:text-slate-400';

const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300';

/** Outbound links and in-dialog links to rounds. */
export const linkClass = `rounded-sm text-blue-800 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-blue-300 ${focusRing}`;

/** A text button that looks like a link, with a 44 px touch target on phones. */
export const linkButton = `min-h-11 rounded-md px-1 text-left sm:min-h-8 ${linkClass}`;

export const plainButton = `h-9 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${focusRing}`;
