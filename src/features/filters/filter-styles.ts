/** A visible keyboard focus ring, in both themes, for every filter control. */
export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:focus-visible:outline-sky-300';

/** A quiet text button (Show all, Clear all) with a 44 px touch target on phones. */
export const linkButton = `min-h-11 rounded px-1 text-sm font-medium text-sky-800 underline underline-offset-2 hover:text-sky-950 sm:min-h-8 dark:text-sky-300 dark:hover:text-sky-100 ${focusRing}`;
