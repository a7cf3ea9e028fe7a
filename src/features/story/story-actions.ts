import type { Dataset } from '../../domain/schema.ts';
import { currentView, viewActions } from '../../state/view-store.ts';
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
