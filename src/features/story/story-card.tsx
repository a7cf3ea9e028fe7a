import { useId, useMemo } from 'react';
import type { Dataset, Story, StoryStep } from '../../domain/schema.ts';
import { numberCitations } from './citation-numbers.ts';
import { StoryPassages } from './story-passages.tsx';
import { StorySources } from './story-sources.tsx';
import { mutedText, outlineButton, primaryButton } from './story-styles.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enStory } from '../../i18n/en-story.ts';

interface Props {
  dataset: Dataset;
  story: Story;
  step: StoryStep;
  /** The step shown, counted from 1. */
  number: number;
  /** In an embed the card follows the timeline in the page flow at its natural height, so the frame can grow. */
  inline: boolean;
  onPrevious: () => void;
  onNext: () => void;
  onLeave: () => void;
}

const placed =
  'max-lg:fixed max-lg:inset-x-0 max-lg:bottom-0 max-lg:max-h-[46dvh] max-lg:rounded-t-2xl max-lg:border-t max-lg:shadow-[0_-8px_24px_rgba(0,0,0,0.18)] lg:sticky lg:top-4 lg:max-h-[calc(100dvh-5.5rem)] lg:rounded-lg lg:border';

/**
 * One step of a story: the story's title, progress, the step's heading and sourced text, and the controls to
 * page through it or leave it for free exploring. A region named after the story.
 */
export function StoryCard({ dataset, story, step, number, inline, onPrevious, onNext, onLeave }: Props) {
  const t = useMessages(enStory);
  const titleId = useId();
  const anchorPrefix = useId();
  const count = story.steps.length;
  const first = number === 1;
  const last = number === count;
  const passages = useMemo(
    () => (first ? [...story.intro, ...step.narrative] : step.narrative),
    [first, story.intro, step.narrative],
  );
  const cited = useMemo(
    () => numberCitations(passages, new Map(dataset.sources.map((s) => [s.id, s]))),
    [passages, dataset.sources],
  );
  const numbers = useMemo(() => new Map(cited.map((c) => [c.id, c])), [cited]);
  const anchor = (n: number) => `${anchorPrefix}-source-${n}`.replaceAll(':', '');

  return (
    <section
      aria-labelledby={titleId}
      className={`z-30 flex flex-col border-slate-200 bg-white dark:border-slate-700 dark:bg-slate-950 ${inline ? 'mt-4 rounded-lg border' : placed}`}
    >
      <header className="flex items-start justify-between gap-3 border-b border-slate-200 px-4 pt-3 pb-2 dark:border-slate-700">
        <div className="min-w-0">
          <h2 id={titleId} className="text-sm font-semibold text-slate-900 dark:text-slate-50">
            {story.title}
          </h2>
          <p className={`mt-0.5 text-xs tabular-nums ${mutedText}`}>{t.stepOf(number, count)}</p>
          {/* Screen readers hear where a step change took them, whichever control or key made it. */}
          <p className="sr-only" aria-live="polite" aria-atomic="true">
            {t.stepHeard(number, count, step.heading)}
          </p>
          <div aria-hidden="true" className="mt-1.5 flex gap-0.5">
            {story.steps.map((_, i) => (
              <span
                key={i}
                className={`h-1 w-4 rounded-full ${i < number ? 'bg-blue-700 dark:bg-blue-400' : 'bg-slate-200 dark:bg-slate-700'}`}
              />
            ))}
          </div>
        </div>
        <button type="button" onClick={onLeave} className={`${outlineButton} shrink-0`}>
          {t.exploreFromHere}
        </button>
      </header>
      <div className={`px-4 py-3 ${inline ? '' : 'min-h-0 flex-1 overflow-y-auto'}`}>
        <div key={`${story.id}/${number}`} className="animate-[story-step-in_220ms_ease-out]">
          <h3 className="text-lg leading-snug font-bold text-slate-900 dark:text-slate-50">{step.heading}</h3>
          <div className="mt-2 space-y-2.5 text-[0.95rem] leading-relaxed text-slate-800 dark:text-slate-200">
            <StoryPassages
              passages={first ? story.intro : []}
              numbers={numbers}
              anchor={anchor}
              className="font-medium text-slate-900 dark:text-slate-50"
              words={t}
            />
            <StoryPassages passages={step.narrative} numbers={numbers} anchor={anchor} words={t} />
          </div>
          <StorySources cited={cited} anchor={anchor} words={t} />
        </div>
      </div>
      <nav
        aria-label={t.storySteps}
        className="flex items-center justify-between gap-2 border-t border-slate-200 px-4 py-2 dark:border-slate-700"
      >
        <button
          type="button"
          aria-disabled={first}
          onClick={() => !first && onPrevious()}
          className={outlineButton}
        >
          <span aria-hidden="true">←</span> {t.previous}
        </button>
        <span className={`text-xs max-sm:hidden ${mutedText}`}>{t.storyKeys}</span>
        <button
          type="button"
          aria-disabled={last}
          onClick={() => !last && onNext()}
          className={primaryButton}
        >
          {t.next} <span aria-hidden="true">→</span>
        </button>
      </nav>
    </section>
  );
}
