/** A visible keyboard focus ring, in both themes, for every control in the panel. */
export const focusRing =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:focus-visible:outline-blue-300';

/** Secondary text with AA contrast on the panel background in both themes. */
export const mutedText = 'text-slate-600 dark:text-slate-400';

/** An h3 that opens a section of the panel. */
export const sectionHeading = 'mb-2 text-base font-semibold text-slate-900 dark:text-slate-50';

/** An h4 inside a section: a role, a topic, a dispute's subject. */
export const groupHeading = 'mb-1.5 text-sm font-semibold text-slate-800 dark:text-slate-200';

/** Underlined link colour for outbound links and inline citations. */
export const linkText = `text-blue-800 underline decoration-1 underline-offset-2 hover:decoration-2 dark:text-blue-300 ${focusRing}`;

/** A bordered text button (previous, next, related rounds) with a 44 px touch target on phones. */
export const outlineButton = `min-h-11 rounded-md border border-slate-300 bg-white px-2.5 text-sm font-medium text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:border-slate-200 disabled:text-slate-500 disabled:hover:bg-white sm:min-h-9 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:disabled:border-slate-800 dark:disabled:text-slate-500 dark:disabled:hover:bg-slate-900 ${focusRing}`;
