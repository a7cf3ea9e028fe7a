import { useEffect, useRef } from 'react';
import type { Dataset } from '../../domain/schema.ts';
import { currentView, useViewStore, viewActions } from '../../state/view-store.ts';
import { correctView } from '../../url/url-sync.ts';
import { stepKey, takeShownStep } from './shown-step.ts';
import { resolvePosition, stepViewState, type ResolvedPosition } from './step-view.ts';

/**
 * Keeps the view in step with the story position, wherever the position came from: a link, Back and Forward,
 * or a host page. When the position changes, the step's view is shown; an unknown story is dropped with a
 * notice. Returns the resolved position for the card, or null outside story mode.
 */
export function useStoryDriver(dataset: Dataset): Extract<ResolvedPosition, { ok: true }> | null {
  const position = useViewStore((s) => s.story);
  const applied = useRef<string | null>(null);
  const resolved = position ? resolvePosition(dataset, position) : null;
  const key = resolved?.ok ? stepKey({ id: resolved.story.id, step: resolved.number }) : null;

  useEffect(() => {
    const shownAlready = takeShownStep();
    if (position === null) {
      applied.current = null;
      return;
    }
    const found = resolvePosition(dataset, position);
    if (!found.ok) {
      viewActions.addNotices([found.notice]);
      correctView(() => viewActions.setStory(null));
      return;
    }
    if (found.notice) viewActions.addNotices([found.notice]);
    const next = stepKey({ id: found.story.id, step: found.number });
    const upToDate = applied.current === next || shownAlready === next;
    applied.current = next;
    // Shown already (by this driver, or together with the position by the host bridge): showing it again
    // would undo whatever changed after it, such as a round the host selected in the same batch.
    if (upToDate && found.number === position.step) return;
    // A correction: the position is already in the history; its view replaces the entry, it adds none.
    correctView(() => viewActions.replaceView(stepViewState(found.story, found.number, currentView())));
  }, [dataset, position]);

  return resolved?.ok && key !== null ? resolved : null;
}
