import type { enStory } from './en-story.ts';

/** The story card in Ukrainian (en-story.ts). */
export const ukStory: typeof enStory = {
  stepOf: (step, count) => `Крок ${step} з ${count}`,
  stepHeard: (step, count, heading) => `Крок ${step} з ${count}: ${heading}`,
  exploreFromHere: 'Досліджувати звідси',
  storySteps: 'Кроки історії',
  previous: 'Назад',
  next: 'Далі',
  storyKeys: 'Клавіші: ← →',
  stepSources: 'Джерела цього кроку',
  sources: 'Джерела',
  sourceLink: (n, publisher) => `Джерело ${n}: ${publisher}`,
};
