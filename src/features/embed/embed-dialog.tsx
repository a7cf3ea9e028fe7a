import { useEffect, useId, useRef, useState } from 'react';
import type { Dataset } from '../../domain/schema.ts';
import { currentView, useViewStore } from '../../state/view-store.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enEmbed } from '../../i18n/en-embed.ts';
import { langCodes, languages, type Lang } from '../../i18n/languages.ts';
import type { ThemeChoice } from '../../state/view-state.ts';
import { CopyButton } from '../../components/copy-button.tsx';
import { defaultEmbedChoices, embedSnippet, embedUrl, type EmbedChoices } from './embed-snippet.ts';

interface Props {
  dataset: Dataset;
  open: boolean;
  onClose: () => void;
}

// Borders at 3:1 or more against the dialog in both themes (WCAG 1.4.11).
const field = 'rounded-md border border-slate-500 bg-white px-2 py-1 dark:border-slate-400 dark:bg-slate-900';

/** Options for an embed, a live preview of it, and the snippet to paste into a CMS. */
export function EmbedDialog({ dataset, open, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const t = useMessages(enEmbed);
  // Made in the Ukrainian edition, the embed is Ukrainian (lang=uk); in English it follows the article.
  const pageLang = useViewStore((s) => s.lang);
  const [choices, setChoices] = useState<EmbedChoices>(() => ({
    ...defaultEmbedChoices,
    lang: pageLang === 'en' ? 'host' : pageLang,
  }));
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (open && dialog && !dialog.open) dialog.showModal();
    if (!open && dialog?.open) dialog.close();
  }, [open]);

  const base = new URL('./', document.baseURI).href;
  const dataParam = new URLSearchParams(window.location.search).get('data');
  const src = embedUrl(base, currentView(), choices, dataParam);
  const snippet = embedSnippet(
    src,
    new URL('embed.js', base).href,
    t.embedFrameTitle(dataset.meta.title),
    choices,
  );
  const set = <K extends keyof EmbedChoices>(key: K, value: EmbedChoices[K]) =>
    setChoices((c) => ({ ...c, [key]: value }));

  return (
    <dialog
      ref={ref}
      aria-labelledby={`${id}-title`}
      onClose={onClose}
      className="m-auto w-[min(64rem,calc(100vw-1rem))] rounded-xl bg-white p-5 text-slate-900 backdrop:bg-black/40 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center justify-between gap-4">
        <h2 id={`${id}-title`} className="text-lg font-semibold">
          {t.embedTitle}
        </h2>
        <button type="button" onClick={onClose} className={`${field} h-9 px-3 font-medium`}>
          {t.close}
        </button>
      </div>
      {open && (
        <div className="mt-4 grid gap-5 md:grid-cols-[18rem_minmax(0,1fr)]">
          <fieldset className="space-y-3 text-sm">
            <legend className="sr-only">{t.embedOptions}</legend>
            <label className="flex items-center justify-between gap-2">
              {t.embedHeight}
              <select
                className={field}
                value={choices.height}
                onChange={(e) => set('height', e.target.value as EmbedChoices['height'])}
              >
                <option value="responsive">{t.embedFits}</option>
                <option value="fixed">{t.embedFixed}</option>
              </select>
            </label>
            <label className="flex items-center justify-between gap-2">
              {choices.height === 'fixed' ? t.embedPixels : t.embedStartPixels}
              <input
                type="number"
                min={200}
                max={4000}
                step={50}
                value={choices.pixels}
                onChange={(e) => set('pixels', Number(e.target.value) || defaultEmbedChoices.pixels)}
                className={`${field} w-24`}
              />
            </label>
            <label className="flex items-center justify-between gap-2">
              {t.embedTheme}
              <select
                className={field}
                value={choices.theme}
                onChange={(e) => set('theme', e.target.value as ThemeChoice)}
              >
                <option value="light">{t.embedLight}</option>
                <option value="auto">{t.embedAutoTheme}</option>
                <option value="dark">{t.embedDark}</option>
              </select>
            </label>
            <label className="flex items-center justify-between gap-2">
              {t.embedLanguage}
              <select
                className={`${field} max-w-40`}
                value={choices.lang}
                onChange={(e) => set('lang', e.target.value as Lang | 'host')}
              >
                <option value="host">{t.embedLanguageHost}</option>
                {langCodes.map((code) => (
                  <option key={code} value={code} lang={code}>
                    {languages[code].name}
                  </option>
                ))}
              </select>
            </label>
            <Check label={t.embedKeepView} checked={choices.keepView} onChange={(v) => set('keepView', v)} />
            <Check
              label={t.embedShowPanel}
              checked={choices.showPanel}
              onChange={(v) => set('showPanel', v)}
            />
            <Check
              label={t.embedShowFilters}
              checked={choices.showFilters}
              onChange={(v) => set('showFilters', v)}
            />
          </fieldset>
          <div className="min-w-0 space-y-3">
            <label htmlFor={`${id}-code`} className="block text-sm font-medium">
              {t.embedCode}
            </label>
            <textarea
              id={`${id}-code`}
              readOnly
              value={snippet}
              rows={5}
              onFocus={(e) => e.currentTarget.select()}
              className={`${field} w-full font-mono text-xs`}
            />
            <CopyButton text={snippet} label={t.copyEmbedCode} done={t.embedCodeCopied} />
            <p className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
              <span className="font-medium">{t.preview}</span>
              <a
                href={src}
                target="_blank"
                rel="noopener"
                className="text-blue-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:text-blue-300 dark:focus-visible:outline-blue-300"
              >
                {t.tryEmbed}
              </a>
            </p>
            {/* The preview is a picture of the embed, inert for every reader alike: inside this dialog its
                landmarks, names and tab stops would repeat the page's (axe landmark-unique). The link above
                opens the same embed to try it out. */}
            <iframe
              title={t.previewTitle}
              src={src}
              inert
              className="h-80 w-full rounded-md border border-slate-300 dark:border-slate-600"
            />
          </div>
        </div>
      )}
    </dialog>
  );
}

function Check({
  label,
  checked,
  onChange,
}: {
  label: string;
  checked: boolean;
  onChange: (value: boolean) => void;
}) {
  return (
    <label className="flex items-start gap-2">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        className="mt-0.5 size-4"
      />
      {label}
    </label>
  );
}
