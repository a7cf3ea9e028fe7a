import { useEffect, useId, useRef } from 'react';
import { buttonClass } from './field-styles.ts';

interface Props {
  message: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** An inline question before something that discards work; focus goes to the safe answer. */
export function ConfirmBox({ message, confirmLabel, cancelLabel, onConfirm, onCancel }: Props) {
  const id = useId();
  const safe = useRef<HTMLButtonElement>(null);
  useEffect(() => safe.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={id}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      className="mt-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950/50 dark:text-amber-50"
    >
      <p id={id} className="mb-2 font-medium">
        {message}
      </p>
      <div className="flex flex-wrap gap-2">
        <button type="button" ref={safe} onClick={onCancel} className={buttonClass}>
          {cancelLabel}
        </button>
        <button
          type="button"
          onClick={onConfirm}
          className="inline-flex h-9 items-center rounded-md bg-red-700 px-3 text-sm font-medium text-white hover:bg-red-800 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-red-600"
        >
          {confirmLabel}
        </button>
      </div>
    </div>
  );
}
