import { storyStepFilters } from '../../domain/story-filters.ts';
import type { Dataset, Story, StoryStep } from '../../domain/schema.ts';
import type { LinkNotice } from '../../url/link-notice.ts';
import { defaultViewState, type StoryPosition, type ViewState } from '../../state/view-state.ts';

/**
 * The view a step shows. What the step names (round, period, lanes, filters) replaces the reader's view,
 * and what it leaves out goes back to the default, so a step looks the same whichever step came before it;
 * the reader's own choices of theme, timeline or list, and hiding or dimming stay.
 */
export function stepViewState(story: Story, stepNumber: number, base: ViewState): ViewState {
  const step = story.steps[stepNumber - 1];
  const view = step?.view;
  return {
    ...base,
    round: view?.round ?? null,
    // A step shows rounds, never a document dialog left open from free exploring.
    document: null,
    window: view?.window ? { start: view.window.start, end: view.window.end } : null,
    lanes: view?.lanes ?? defaultViewState.lanes,
    filters: storyStepFilters(view),
    story: { id: story.id, step: stepNumber },
  };
}

export type ResolvedPosition =
  | { ok: true; story: Story; step: StoryStep; number: number; notice: LinkNotice | null }
  | { ok: false; notice: LinkNotice };

/**
 * Finds a position in the dataset's stories. An unknown story is refused; a step beyond the last (an old link
 * to a story that was shortened) goes to the last step, and says so.
 */
export function resolvePosition(dataset: Dataset, position: StoryPosition): ResolvedPosition {
  const stories = dataset.stories ?? [];
  const story = stories.find((s) => s.id === position.id);
  if (!story) {
    return { ok: false, notice: { kind: 'unknown-story', id: position.id, known: stories.map((s) => s.id) } };
  }
  const count = story.steps.length;
  const number = Math.min(Math.max(1, position.step), count);
  const step = story.steps[number - 1];
  if (!step) return { ok: false, notice: { kind: 'story-without-steps', id: story.id } };
  const notice: LinkNotice | null =
    number === position.step
      ? null
      : { kind: 'no-such-step', step: position.step, title: story.title, count };
  return { ok: true, story, step, number, notice };
}
