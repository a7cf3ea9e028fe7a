import type { Dataset } from '../../domain/schema.ts';
import { currentView, viewActions } from '../../state/view-store.ts';
import type { StoryPosition, ViewState } from '../../state/view-state.ts';
import { noteStepShown } from './shown-step.ts';
import { resolvePosition, stepViewState } from './step-view.ts';

/** Shows step `step` (from 1) of a story: its position and its view in one change, so one history entry. */
export function goToStep(dataset: Dataset, storyId: string, step: number): void {
  const resolved = resolvePosition(dataset, { id: storyId, step });
  if (!resolved.ok) return;
  viewActions.replaceView(stepViewState(resolved.story, resolved.number, currentView()));
}

/** Leaves the story for free exploring, keeping whatever the reader sees now. */
export function leaveStory(): void {
  viewActions.setStory(null);
}

/**
 * The view at a story step, from `base`, for a caller that folds it into a larger change of its own (the host
 * bridge applies a burst of commands as one update). The story driver is told the step's view is already
 * there, so it does not show the step again over the changes that followed it. Null for a position the
 * dataset does not have.
 */
export function viewAtStep(dataset: Dataset, position: StoryPosition, base: ViewState): ViewState | null {
  const resolved = resolvePosition(dataset, position);
  if (!resolved.ok) return null;
  noteStepShown({ id: resolved.story.id, step: resolved.number });
  return stepViewState(resolved.story, resolved.number, base);
}
