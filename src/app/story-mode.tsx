import { useCallback } from 'react';
import { LazyPart } from '../components/lazy-part.tsx';
import { useMessages } from '../i18n/catalogue.ts';
import { enStatus } from '../i18n/en-status.ts';
import type { Dataset } from '../domain/schema.ts';
import { goToStep, leaveStory } from '../features/story/story-actions.ts';
import { useStoryDriver } from '../features/story/use-story-driver.ts';
import { useStoryKeys } from '../features/story/use-story-keys.ts';
import { LazyStoryCard } from './lazy-parts.ts';
import { currentView, useViewStore, viewActions } from '../state/view-store.ts';

/** Story mode for the explore view: the resolved position, its card, and paging by buttons and keys. */
export function useStoryMode(dataset: Dataset, inline: boolean) {
  const position = useStoryDriver(dataset);
  const t = useMessages(enStatus);
  const step = useCallback(
    (delta: number) => {
      const story = useViewStore.getState().story;
      if (story) goToStep(dataset, story.id, story.step + delta);
    },
    [dataset],
  );
  const previous = useCallback(() => step(-1), [step]);
  const next = useCallback(() => step(1), [step]);
  useStoryKeys(position !== null, previous, next);

  const card = position && (
    <LazyPart what={t.partStory}>
      <LazyStoryCard
        dataset={dataset}
        story={position.story}
        step={position.step}
        number={position.number}
        inline={inline}
        onPrevious={previous}
        onNext={next}
        onLeave={leaveStory}
      />
    </LazyPart>
  );
  return { active: position !== null, card };
}

/** Choosing a round on the timeline or in the list leaves the story: the reader is exploring now. */
export function selectAndLeaveStory(roundId: string): void {
  if (useViewStore.getState().story === null) viewActions.selectRound(roundId);
  else viewActions.replaceView({ ...currentView(), round: roundId, story: null });
}
