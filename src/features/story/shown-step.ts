import type { StoryPosition } from '../../state/view-state.ts';

// The step whose view a caller put in the store together with the position; the story driver reads it once.
let shown: string | null = null;

/** The key the driver compares positions by: story id and step. */
export function stepKey(position: StoryPosition): string {
  return `${position.id}/${position.step}`;
}

/** Records that the view of `position` is already in the store, so the driver need not show it again. */
export function noteStepShown(position: StoryPosition): void {
  shown = stepKey(position);
}

/** The step noted since the driver last looked, if any; reading it forgets it, so a note is used once. */
export function takeShownStep(): string | null {
  const key = shown;
  shown = null;
  return key;
}
