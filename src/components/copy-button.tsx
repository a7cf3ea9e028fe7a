import { useState } from 'react';
import { useMessages } from '../i18n/catalogue.ts';
import { enStatus } from '../i18n/en-status.ts';

interface Props {
  /** The text, or a function that reads it at the moment of copying (a URL that changes with the view). */
  text: string | (() => string);
  label: string;
  /** Said (and shown) once the text is on the clipboard. */
  done: string;
}

/** Copies text and confirms it in a polite live region; says so plainly when the browser refuses. */
export function CopyButton({ text, label, done }: Props) {
  const [status, setStatus] = useState('');
  const t = useMessages(enStatus);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(typeof text === 'function' ? text() : text);
      setStatus(done);
    } catch {
      setStatus(t.copyBlocked);
    }
    window.setTimeout(() => setStatus(''), 4000);
  };
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={() => void copy()}
        className="h-9 rounded-md bg-blue-700 px-3 text-sm font-medium text-white hover:bg-blue-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
      >
        {label}
      </button>
      <span role="status" className="text-sm text-slate-700 dark:text-slate-200">
        {status}
      </span>
    </div>
  );
}
