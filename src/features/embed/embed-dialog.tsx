import { useEffect, useId, useRef, useState } from 'react';
import type { Dataset } from '../../domain/schema.ts';
import { currentView } from '../../state/view-store.ts';
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
  const [choices, setChoices] = useState<EmbedChoices>(defaultEmbedChoices);
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
    `${dataset.meta.title} (interactive timeline)`,
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
          Embed this view
        </h2>
        <button type="button" onClick={onClose} className={`${field} h-9 px-3 font-medium`}>
          Close
        </button>
      </div>
      {open && (
        <div className="mt-4 grid gap-5 md:grid-cols-[18rem_minmax(0,1fr)]">
          <fieldset className="space-y-3 text-sm">
            <legend className="sr-only">Embed options</legend>
            <label className="flex items-center justify-between gap-2">
              Height
              <select
                className={field}
                value={choices.height}
                onChange={(e) => set('height', e.target.value as EmbedChoices['height'])}
              >
                <option value="responsive">Fits its content</option>
                <option value="fixed">Fixed</option>
              </select>
            </label>
            <label className="flex items-center justify-between gap-2">
              {choices.height === 'fixed' ? 'Height in pixels' : 'Starting height in pixels'}
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
              Theme
              <select
                className={field}
                value={choices.theme}
                onChange={(e) => set('theme', e.target.value as ThemeChoice)}
              >
                <option value="light">Light (default)</option>
                <option value="auto">Follow the reader’s system</option>
                <option value="dark">Dark</option>
              </select>
            </label>
            <Check
              label="Keep the current selection, filters and period"
              checked={choices.keepView}
              onChange={(v) => set('keepView', v)}
            />
            <Check
              label="Show round details"
              checked={choices.showPanel}
              onChange={(v) => set('showPanel', v)}
            />
            <Check
              label="Show filters"
              checked={choices.showFilters}
              onChange={(v) => set('showFilters', v)}
            />
          </fieldset>
          <div className="min-w-0 space-y-3">
            <label htmlFor={`${id}-code`} className="block text-sm font-medium">
              Embed code
            </label>
            <textarea
              id={`${id}-code`}
              readOnly
              value={snippet}
              rows={5}
              onFocus={(e) => e.currentTarget.select()}
              className={`${field} w-full font-mono text-xs`}
            />
            <CopyButton text={snippet} label="Copy embed code" done="Embed code copied" />
            <p className="flex flex-wrap items-baseline justify-between gap-2 text-sm">
              <span className="font-medium">Preview</span>
              <a
                href={src}
                target="_blank"
                rel="noopener"
                className="text-blue-800 underline underline-offset-2 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700 dark:text-blue-300 dark:focus-visible:outline-blue-300"
              >
                Try the embed in a new tab
              </a>
            </p>
            {/* The preview is a picture of the embed, inert for every reader alike: inside this dialog its
                landmarks, names and tab stops would repeat the page's (axe landmark-unique). The link above
                opens the same embed to try it out. */}
            <iframe
              title="Preview of the embed"
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
