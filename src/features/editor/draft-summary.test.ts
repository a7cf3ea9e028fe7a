import { describe, expect, it } from 'vitest';
import { bundledJson } from '../../test/bundled-dataset.ts';
import { draftSummary } from './draft-summary.ts';
import { describeProblemPlace } from './problem-place.ts';
import { checkDraft } from './use-draft-check.ts';

describe('the draft summary line', () => {
  it('counts the rounds of a valid draft and says it has no problems', () => {
    const draft = bundledJson();
    expect(draftSummary(draft.rounds.length, checkDraft(draft))).toBe(
      `The draft holds ${draft.rounds.length} rounds and no problems.`,
    );
  });

  it('counts problems and says how many rounds the preview still shows', () => {
    const draft = bundledJson();
    const [first] = draft.rounds;
    if (!first) throw new Error('no rounds');
    first.title = '';
    const check = checkDraft(draft);
    expect(check.errorsAt('rounds[0].title')).toEqual(['must not be empty']);
    expect(check.problemsUnder('rounds[0]')).toBe(1);
    expect(draftSummary(draft.rounds.length, check)).toBe(
      `The draft holds ${draft.rounds.length} rounds and 1 problem; the preview shows the ${draft.rounds.length - 1} rounds without problems.`,
    );
  });
});

describe('describeProblemPlace', () => {
  it('names a round by its title and counts items from one', () => {
    const draft = bundledJson();
    const round = draft.rounds[1];
    expect(describeProblemPlace(draft, 'rounds[1].participants[0].party')).toEqual({
      text: `Round “${round?.title}” › participants 1 › party`,
      round: 1,
    });
    expect(describeProblemPlace(draft, 'meta.updated')).toEqual({ text: 'meta › updated', round: null });
  });
});
