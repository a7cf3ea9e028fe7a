import { useId, useRef, useState, type KeyboardEvent } from 'react';
import type { ExportFormat } from './export-formats.ts';
import { LazyPart } from '../../components/lazy-part.tsx';
import { openWhenLoaded, preloadablePart, preloadOnIntent } from '../../components/preloadable-part.ts';
import { toolButton } from './tool-button.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enStatus } from '../../i18n/en-status.ts';
import type { ExportWords } from '../../i18n/en-export.ts';

// The menu, and everything that makes files, loads only when a reader is about to open it (preloadOnIntent).
const DownloadMenu = preloadablePart(() => import('./download-menu.tsx').then((m) => m.DownloadMenu));

interface Props {
  /** Makes and downloads the file, in the words given; resolves to its name. */
  onDownload: (format: ExportFormat, words: ExportWords) => Promise<string>;
}

/**
 * The Download menu button (WAI-ARIA APG menu button): Enter, Space or ↓ open the menu on its first item,
 * ↑ on its last; Escape closes it and returns here. Progress and the file's name are announced politely.
 */
export function DownloadButton({ onDownload }: Props) {
  const [open, setOpen] = useState<'first' | 'last' | null>(null);
  const [status, setStatus] = useState('');
  const [downloaded, setDownloaded] = useState(false);
  const t = useMessages(enStatus);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  // An opening waiting for the menu's chunk (openWhenLoaded): pressed again, or Escape, takes it back.
  const pending = useRef<(() => void) | null>(null);
  const openAt = (at: 'first' | 'last') => {
    pending.current?.();
    pending.current = openWhenLoaded(DownloadMenu, () => {
      pending.current = null;
      setOpen(at);
    });
  };
  const dropPending = () => {
    pending.current?.();
    pending.current = null;
  };

  const close = (refocus: boolean) => {
    setOpen(null);
    if (refocus) button.current?.focus();
  };
  const choose = async (format: ExportFormat, label: string, words: ExportWords) => {
    close(true);
    setDownloaded(false);
    setStatus(t.preparing(label));
    try {
      setStatus(t.downloaded(await onDownload(format, words)));
      setDownloaded(true);
    } catch (error) {
      setStatus(t.downloadFailed(error instanceof Error ? error.message : String(error)));
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 'first' : 'last');
    } else if (event.key === 'Escape') dropPending();
  };

  return (
    <div className="relative flex items-center gap-2">
      <button
        ref={button}
        id={`${id}-button`}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open !== null}
        aria-controls={open ? `${id}-menu` : undefined}
        onClick={() => (open ? close(false) : pending.current ? dropPending() : openAt('first'))}
        onKeyDown={onKeyDown}
        {...preloadOnIntent(DownloadMenu)}
        className={toolButton}
      >
        {t.download}
        <svg aria-hidden="true" viewBox="0 0 12 12" className="ml-1.5 inline size-3 fill-current">
          <path d="M2 4l4 4 4-4z" />
        </svg>
      </button>
      {open && (
        <LazyPart what={t.partDownloadMenu}>
          <DownloadMenu
            id={`${id}-menu`}
            labelledBy={`${id}-button`}
            initialFocus={open}
            button={button}
            onChoose={(format, label, words) => void choose(format, label, words)}
            onClose={close}
          />
        </LazyPart>
      )}
      {/* The browser shows the finished download; the words are for screen readers, and for waits and errors. */}
      <span
        role="status"
        className={`text-sm text-slate-700 empty:hidden dark:text-slate-300 ${downloaded ? 'sr-only' : ''}`}
      >
        {status}
      </span>
    </div>
  );
}
