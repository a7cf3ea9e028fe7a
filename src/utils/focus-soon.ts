/** Candidates in order of preference; `lastTry` is true on the final frame, when a fallback may be offered. */
export type FocusCandidates = (lastTry: boolean) => readonly (Element | null | undefined)[];

/** True when focus has nowhere sensible to be: on the body, on a removed element, or on a disabled one. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected || active.matches(':disabled');
}

function canTakeFocus(element: Element | null | undefined): element is HTMLElement {
  if (!(element instanceof HTMLElement) || !element.isConnected || element.matches(':disabled')) return false;
  return element.checkVisibility?.() ?? element.getClientRects().length > 0;
}

/**
 * Moves focus to a sensible place after a change that removes or disables the focused control (a chip
 * removed, the last "Next round"), WCAG 2.4.3. React draws the change first; then, over the next few frames
 * (a timeline measures itself before its marks exist), the first candidate that can take focus gets it.
 * Nothing happens if focus went somewhere on its own in the meantime.
 */
export function focusSoon(candidates: FocusCandidates, frames = 12): void {
  let left = frames;
  const attempt = () => {
    if (!focusIsLost()) return;
    left -= 1;
    const target = candidates(left <= 0).find(canTakeFocus);
    if (target) target.focus();
    else if (left > 0) requestAnimationFrame(attempt);
  };
  requestAnimationFrame(attempt);
}
