import { useViewStore, viewActions } from '../state/view-store.ts';
import type { ThemeChoice, UnmatchedMode, ViewMode } from '../state/view-state.ts';

const segment =
  'h-9 px-3 text-sm font-medium first:rounded-l-md last:rounded-r-md border border-slate-300 -ml-px first:ml-0 focus-visible:z-10 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:border-slate-600 dark:focus-visible:outline-blue-300';
const views: { mode: ViewMode; label: string }[] = [
  { mode: 'timeline', label: 'Timeline' },
  { mode: 'list', label: 'List' },
];
const themes: Record<ThemeChoice, string> = { auto: 'System', light: 'Light', dark: 'Dark' };

/** Switches between the timeline and the list of the same rounds. */
export function ViewSwitch() {
  const view = useViewStore((s) => s.view);
  return (
    <div role="group" aria-label="View" className="inline-flex">
      {views.map(({ mode, label }) => (
        <button
          key={mode}
          type="button"
          aria-pressed={view === mode}
          onClick={() => viewActions.setView(mode)}
          className={`${segment} ${
            view === mode
              ? 'bg-slate-800 text-white dark:bg-slate-100 dark:text-slate-900'
              : 'bg-white hover:bg-slate-100 dark:bg-slate-900 dark:hover:bg-slate-800'
          }`}
        >
          {label}
        </button>
      ))}
    </div>
  );
}

/** Light, dark, or whatever the system prefers. */
export function ThemeSwitch() {
  const theme = useViewStore((s) => s.theme);
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-medium max-sm:sr-only">Theme</span>
      <select
        value={theme}
        onChange={(event) => viewActions.setTheme(event.target.value as ThemeChoice)}
        className="h-9 rounded-md border border-slate-500 bg-white px-2 dark:border-slate-400 dark:bg-slate-900"
      >
        {Object.entries(themes).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Whether rounds that don't match the filters disappear or stay, faded. */
export function UnmatchedSwitch() {
  const unmatched = useViewStore((s) => s.unmatched);
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-medium">Non-matching rounds</span>
      <select
        value={unmatched}
        onChange={(event) => viewActions.setUnmatched(event.target.value as UnmatchedMode)}
        className="h-9 rounded-md border border-slate-500 bg-white px-2 dark:border-slate-400 dark:bg-slate-900"
      >
        <option value="hide">Hide</option>
        <option value="dim">Dim</option>
      </select>
    </label>
  );
}
