/** Shared classes for the editor's form controls, so every field looks and focuses the same way. */
export const inputClass =
  'w-full rounded-md border border-slate-400 bg-white px-2 py-1.5 text-sm text-slate-900 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-600 aria-invalid:border-red-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:focus-visible:outline-blue-300 dark:aria-invalid:border-red-400';

export const buttonClass =
  'inline-flex h-9 items-center gap-1 rounded-md border border-slate-400 bg-white px-3 text-sm font-medium text-slate-900 hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 dark:focus-visible:outline-blue-300';

export const primaryButtonClass =
  'inline-flex h-9 items-center gap-1 rounded-md bg-blue-700 px-3 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:bg-blue-500 dark:text-slate-950 dark:hover:bg-blue-400 dark:focus-visible:outline-blue-300';

export const smallButtonClass =
  'rounded px-2 py-1 text-sm font-medium text-blue-800 underline-offset-2 hover:underline focus-visible:outline-3 focus-visible:outline-blue-600 dark:text-blue-300 dark:focus-visible:outline-blue-300';

export const errorTextClass = 'text-sm font-medium text-red-800 dark:text-red-300';
export const hintTextClass = 'text-xs text-slate-600 dark:text-slate-400';
