import { useState } from 'react';
import type { CiteDialogProps } from './cite-dialog.tsx';
import { LazyPart } from '../../components/lazy-part.tsx';
import { openWhenLoaded, preloadablePart, preloadOnIntent } from '../../components/preloadable-part.ts';
import { toolButton } from './tool-button.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enStatus } from '../../i18n/en-status.ts';

// The dialog is a chunk of its own, fetched when a reader is about to open it (preloadOnIntent).
const CiteDialog = preloadablePart(() => import('./cite-dialog.tsx').then((m) => m.CiteDialog));

/** "Cite" and its dialog; the view is read when the reader presses it, so the address is the one on screen. */
export function CiteButton({ view }: { view: () => Omit<CiteDialogProps, 'onClose'> }) {
  const [shown, setShown] = useState<Omit<CiteDialogProps, 'onClose'> | null>(null);
  const t = useMessages(enStatus);
  return (
    <>
      <button
        type="button"
        aria-haspopup="dialog"
        onClick={() => {
          const shown = view();
          openWhenLoaded(CiteDialog, () => setShown(shown));
        }}
        {...preloadOnIntent(CiteDialog)}
        className={toolButton}
      >
        {t.cite}
      </button>
      {shown && (
        <LazyPart what={t.partCiteDialog}>
          <CiteDialog {...shown} onClose={() => setShown(null)} />
        </LazyPart>
      )}
    </>
  );
}
