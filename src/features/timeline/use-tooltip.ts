import { useCallback, useEffect, useRef, useState } from 'react';
import type { MarkGeometry } from './mark-layout.ts';

/** Long enough to move the pointer from a mark onto its tooltip. */
const HIDE_DELAY_MS = 300;

interface Options {
  /** The mark under the pointer, and the one with keyboard focus. */
  pointed: MarkGeometry | undefined;
  focused: MarkGeometry | undefined;
  setHoveredKey: (key: string | null) => void;
}

export interface TooltipState {
  mark: MarkGeometry;
  /** Under the pointer, it floats by the mark; for focus alone, it sits below the timeline. */
  floating: boolean;
}

/**
 * The tooltip's rules (WCAG 1.4.13): hoverable (hiding waits a moment, and the tooltip itself keeps it
 * open), dismissable (Escape hides it until the reader points at or focuses another mark), persistent
 * (it stays while its mark is hovered or focused).
 */
export function useTooltip({ pointed, focused, setHoveredKey }: Options) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const candidate = pointed ?? focused;
  const key = candidate?.item.key ?? null;
  const [lastKey, setLastKey] = useState(key);
  if (key !== lastKey) {
    setLastKey(key);
    if (dismissed !== null && key !== dismissed) setDismissed(null);
  }

  const hover = useCallback(
    (next: string | null) => {
      clearTimeout(timer.current);
      if (next !== null) setHoveredKey(next);
      else timer.current = setTimeout(() => setHoveredKey(null), HIDE_DELAY_MS);
    },
    [setHoveredKey],
  );
  useEffect(() => () => clearTimeout(timer.current), []);

  const shown = candidate && key !== dismissed ? candidate : undefined;
  useEffect(() => {
    if (!shown) return;
    const onKeyDown = (event: KeyboardEvent) => {
      // Escape still reaches the panel's own handler: it hides the tooltip and also closes the details.
      if (event.key === 'Escape') setDismissed(shown.item.key);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [shown]);

  const tooltip: TooltipState | null = shown ? { mark: shown, floating: shown === pointed } : null;
  return {
    tooltip,
    hover,
    keepOpen: () => clearTimeout(timer.current),
    release: () => hover(null),
  };
}
