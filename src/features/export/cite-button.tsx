import { lazy, useState } from 'react';
import type { CiteDialogProps } from './cite-dialog.tsx';
import { LazyPart } from '../../components/lazy-part.tsx';
import { toolButton } from './tool-button.ts';

const CiteDialog = lazy(() => import('./cite-dialog.tsx').then((m) => ({ default: m.CiteDialog })));

/** "Cite" and its dialog; the view is read when the reader opens it, so the address is the one on screen. */
export function CiteButton({ view }: { view: () => Omit<CiteDialogProps, 'onClose'> }) {
  const [shown, setShown] = useState<Omit<CiteDialogProps, 'onClose'> | null>(null);
  return (
    <>
      <button type="button" aria-haspopup="dialog" onClick={() => setShown(view())} className={toolButton}>
        Cite
      </button>
      {shown && (
        <LazyPart what="the citation dialog">
          <CiteDialog {...shown} onClose={() => setShown(null)} />
        </LazyPart>
      )}
    </>
  );
}
