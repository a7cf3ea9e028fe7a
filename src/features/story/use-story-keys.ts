import { useEffect } from 'react';

/**
 * ← and → page through the story from anywhere on the page except where those keys already mean something:
 * text fields, selects, sliders, dialogs, and the timeline's marks (where they move between rounds).
 */
export function useStoryKeys(enabled: boolean, onPrevious: () => void, onNext: () => void): void {
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      if (ownsArrows(event.target)) return;
      event.preventDefault();
      if (event.key === 'ArrowLeft') onPrevious();
      else onNext();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled, onPrevious, onNext]);
}

const ARROW_OWNERS =
  'input, select, textarea, [contenteditable=""], [contenteditable="true"], [role="dialog"], [role="slider"], [role="listbox"], [role="menu"], [role="tablist"], #rounds';

function ownsArrows(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest(ARROW_OWNERS) !== null;
}
