import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { exportFormats, type ExportFormat } from './export-formats.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enExport, type ExportWords } from '../../i18n/en-export.ts';

interface Props {
  id: string;
  labelledBy: string;
  initialFocus: 'first' | 'last';
  /** The menu button: a click on it is not a click outside. */
  button: RefObject<HTMLButtonElement | null>;
  /** The format, its words, and the export's words in the page's language, for the file to be made in. */
  onChoose: (format: ExportFormat, label: string, words: ExportWords) => void;
  /** Closes the menu; `refocus` returns focus to the button (Escape), not when focus moves on (Tab, a click). */
  onClose: (refocus: boolean) => void;
}

/** The Download menu's items, with the APG keys: ↑ ↓ (wrapping), Home, End, a first letter, Escape, Tab. */
export function DownloadMenu({ id, labelledBy, initialFocus, button, onChoose, onClose }: Props) {
  const t = useMessages(enExport);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const menu = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(initialFocus === 'first' ? 0 : exportFormats.length - 1);
  useEffect(() => items.current[active]?.focus(), [active]);
  // The menu opens under the button, towards whichever side has room: leftwards near the right edge.
  const [side, setSide] = useState<'left-0' | 'right-0'>('left-0');
  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect();
    if (box && box.right > document.documentElement.clientWidth) setSide('right-0');
  }, []);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) onClose(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [button, onClose]);

  const count = exportFormats.length;
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const key = event.key;
    if (key === 'Tab') return onClose(false);
    let next: number | undefined;
    if (key === 'ArrowDown') next = (active + 1) % count;
    else if (key === 'ArrowUp') next = (active - 1 + count) % count;
    else if (key === 'Home') next = 0;
    else if (key === 'End') next = count - 1;
    else if (key === 'Escape') onClose(true);
    else if (key.length === 1 && /\S/.test(key)) {
      const from = [...exportFormats.slice(active + 1), ...exportFormats.slice(0, active + 1)];
      const match = from.find((f) => t[f.label].toLowerCase().startsWith(key.toLowerCase()));
      if (match) next = exportFormats.indexOf(match);
    } else return;
    event.preventDefault();
    if (next !== undefined) setActive(next);
  };

  return (
    <div
      ref={menu}
      id={id}
      role="menu"
      aria-labelledby={labelledBy}
      onKeyDown={onKeyDown}
      className={`absolute top-full ${side} z-40 mt-1 w-max min-w-56 rounded-md border border-slate-300 bg-white py-1 shadow-lg dark:border-slate-600 dark:bg-slate-900`}
    >
      {exportFormats.map(({ format, label }, i) => (
        <button
          key={format}
          ref={(el) => {
            items.current[i] = el;
          }}
          type="button"
          role="menuitem"
          tabIndex={i === active ? 0 : -1}
          onClick={() => onChoose(format, t[label], t)}
          onFocus={() => setActive(i)}
          className="block w-full px-3 py-2 text-left text-sm hover:bg-slate-100 focus:bg-slate-100 focus:outline-none focus-visible:outline-3 focus-visible:-outline-offset-3 focus-visible:outline-blue-600 dark:hover:bg-slate-800 dark:focus:bg-slate-800 dark:focus-visible:outline-blue-300"
        >
          {t[label]}
        </button>
      ))}
    </div>
  );
}
