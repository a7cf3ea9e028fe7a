import { useViewStore, viewActions } from '../state/view-store.ts';
import type { ThemeChoice, UnmatchedMode, ViewMode } from '../state/view-state.ts';
import { useMessages } from '../i18n/catalogue.ts';

const segment =
  'h-9 px-3 text-sm font-medium first:rounded-l-md last:rounded-r-md border border-slate-300 -ml-px first:ml-0 focus-visible:z-10 focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-600 dark:border-slate-600 dark:focus-visible:outline-blue-300';
const views: { mode: ViewMode; label: 'viewTimeline' | 'viewList' }[] = [
  { mode: 'timeline', label: 'viewTimeline' },
  { mode: 'list', label: 'viewList' },
];
const themes: Record<ThemeChoice, 'themeSystem' | 'themeLight' | 'themeDark'> = {
  auto: 'themeSystem',
  light: 'themeLight',
  dark: 'themeDark',
};

/** Switches between the timeline and the list of the same rounds. */
export function ViewSwitch() {
  const view = useViewStore((s) => s.view);
  const t = useMessages();
  return (
    <div role="group" aria-label={t.view} className="inline-flex">
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
          {t[label]}
        </button>
      ))}
    </div>
  );
}

/** Light, dark, or whatever the system prefers. */
export function ThemeSwitch() {
  const theme = useViewStore((s) => s.theme);
  const t = useMessages();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-medium max-sm:sr-only">{t.theme}</span>
      <select
        value={theme}
        onChange={(event) => viewActions.setTheme(event.target.value as ThemeChoice)}
        className="h-9 rounded-md border border-slate-500 bg-white px-2 dark:border-slate-400 dark:bg-slate-900"
      >
        {Object.entries(themes).map(([value, label]) => (
          <option key={value} value={value}>
            {t[label]}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Whether rounds that don't match the filters disappear or stay, faded. */
export function UnmatchedSwitch() {
  const unmatched = useViewStore((s) => s.unmatched);
  const t = useMessages();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-medium">{t.nonMatching}</span>
      <select
        value={unmatched}
        onChange={(event) => viewActions.setUnmatched(event.target.value as UnmatchedMode)}
        className="h-9 rounded-md border border-slate-500 bg-white px-2 dark:border-slate-400 dark:bg-slate-900"
      >
        <option value="hide">{t.nonMatchingHide}</option>
        <option value="dim">{t.nonMatchingDim}</option>
      </select>
    </label>
  );
}
