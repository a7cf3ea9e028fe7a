import { describe, expect, it } from 'vitest';
import { enEditor } from '../../i18n/en-editor.ts';
import { ukEditor } from '../../i18n/uk-editor.ts';
import { bundledJson } from '../../test/bundled-dataset.ts';
import { draftSummary } from './draft-summary.ts';
import { describeProblemPlace } from './problem-place.ts';
import { checkDraft } from './use-draft-check.ts';

describe('the draft summary line', () => {
  it('counts the rounds of a valid draft and says it has no problems', () => {
    const draft = bundledJson();
    expect(draftSummary(draft.rounds.length, checkDraft(draft), enEditor.editor)).toBe(
      `The draft holds ${draft.rounds.length} rounds and no problems.`,
    );
  });

  it('counts problems and says how many rounds the preview still shows', () => {
    const draft = bundledJson();
    const [first] = draft.rounds;
    if (!first) throw new Error('no rounds');
    first.title = '';
    const check = checkDraft(draft);
    expect(check.issuesAt('rounds[0].title').map((issue) => issue.message)).toEqual(['must not be empty']);
    expect(check.problemsUnder('rounds[0]')).toBe(1);
    expect(draftSummary(draft.rounds.length, check, enEditor.editor)).toBe(
      `The draft holds ${draft.rounds.length} rounds and 1 problem; the preview shows the ${draft.rounds.length - 1} rounds without problems.`,
    );
  });

  it('says the same in Ukrainian, with the plural forms the counts need', () => {
    const draft = bundledJson();
    const check = checkDraft(draft);
    const t = ukEditor.editor;
    expect(draftSummary(1, check, t)).toBe('У чернетці 1 раунд, помилок немає.');
    expect(draftSummary(3, check, t)).toBe('У чернетці 3 раунди, помилок немає.');
    expect(draftSummary(5, check, t)).toBe('У чернетці 5 раундів, помилок немає.');
    expect(t.summaryPartly(22, 1, 21)).toBe(
      'У чернетці 22 раунди і 1 помилка; попередній перегляд показує 21 раунд без помилок.',
    );
    expect(t.importProblems('a.xlsx', 1)).toBe('a.xlsx: під час імпорту знайдено 1 помилку');
    expect(t.importProblems('a.xlsx', 5)).toBe('a.xlsx: під час імпорту знайдено 5 помилок');
  });
});

describe('describeProblemPlace', () => {
  it('names a round by its title and counts items from one', () => {
    const draft = bundledJson();
    const round = draft.rounds[1];
    expect(
      describeProblemPlace(draft, 'rounds[1].participants[0].party', enEditor.editor.problemRound),
    ).toEqual({
      text: `Round “${round?.title}” › participants 1 › party`,
      round: 1,
    });
    expect(describeProblemPlace(draft, 'meta.updated', enEditor.editor.problemRound)).toEqual({
      text: 'meta › updated',
      round: null,
    });
  });
});
