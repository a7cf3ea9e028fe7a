/** The story card's English, bundled with the card (a chunk of its own); the launcher's word is in en-status.ts. */
export const enStory = {
  stepOf: (step: number, count: number) => `Step ${step} of ${count}`,
  stepHeard: (step: number, count: number, heading: string) => `Step ${step} of ${count}: ${heading}`,
  exploreFromHere: 'Explore from here',
  storySteps: 'Story steps',
  previous: 'Previous',
  next: 'Next',
  storyKeys: 'Keys: ← →',
  stepSources: 'Sources of this step',
  sources: 'Sources',
  sourceLink: (n: number, publisher: string) => `Source ${n}: ${publisher}`,
};

export type StoryWords = typeof enStory;
