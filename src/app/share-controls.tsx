import { useState } from 'react';
import type { Dataset } from '../domain/schema.ts';
import { CopyButton } from '../components/copy-button.tsx';
import { LazyPart } from '../components/lazy-part.tsx';
import { openWhenLoaded, preloadablePart, preloadOnIntent } from '../components/preloadable-part.ts';
import { useMessages } from '../i18n/catalogue.ts';
import { enStatus } from '../i18n/en-status.ts';
import { fullViewUrl } from '../features/embed/embed-mode.ts';

// The dialog is a chunk of its own, fetched when a reader is about to ask for the embed code (preloadOnIntent).
const EmbedDialog = preloadablePart(() =>
  import('../features/embed/embed-dialog.tsx').then((m) => m.EmbedDialog),
);

/** "Copy link" for the view on screen, and "Embed" for the snippet dialog. */
export function ShareControls({ dataset }: { dataset: Dataset }) {
  const [embedOpen, setEmbedOpen] = useState(false);
  const t = useMessages();
  const words = useMessages(enStatus);
  // Mounted from the first opening on, so closing works as it always has (focus goes back to the button).
  const [embedAsked, setEmbedAsked] = useState(false);
  if (embedOpen && !embedAsked) setEmbedAsked(true);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <CopyButton text={() => fullViewUrl(window.location.href)} label={t.copyLink} done={t.linkCopied} />
      <button
        type="button"
        onClick={() => openWhenLoaded(EmbedDialog, () => setEmbedOpen(true))}
        {...preloadOnIntent(EmbedDialog)}
        className="h-9 rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800"
      >
        {t.embed}
      </button>
      {embedAsked && (
        <LazyPart what={words.partEmbedCode}>
          <EmbedDialog dataset={dataset} open={embedOpen} onClose={() => setEmbedOpen(false)} />
        </LazyPart>
      )}
    </div>
  );
}
