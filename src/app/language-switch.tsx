import { useMessages } from '../i18n/catalogue.ts';
import { langCodes, languages, type Lang } from '../i18n/languages.ts';
import { useViewStore, viewActions } from '../state/view-store.ts';

/** The interface's language; each option names itself in its own language, as a reader looks for it. */
export function LanguageSwitch() {
  const lang = useViewStore((s) => s.lang);
  const t = useMessages();
  return (
    <label className="flex items-center gap-2 text-sm">
      <span className="font-medium max-sm:sr-only">{t.language}</span>
      <select
        value={lang}
        onChange={(event) => viewActions.setLang(event.target.value as Lang)}
        className="h-9 rounded-md border border-slate-500 bg-white px-2 dark:border-slate-400 dark:bg-slate-900"
      >
        {langCodes.map((code) => (
          <option key={code} value={code} lang={code}>
            {languages[code].name}
          </option>
        ))}
      </select>
    </label>
  );
}
