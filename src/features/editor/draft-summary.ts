import type { enEditor } from '../../i18n/en-editor.ts';
import type { DraftCheck } from './use-draft-check.ts';

/** The one line saying what the draft holds: "The draft holds 12 rounds and 2 problems; …". */
export function draftSummary(
  roundCount: number,
  check: Pick<DraftCheck, 'problemCount' | 'leftOut' | 'preview'>,
  t: (typeof enEditor)['editor'],
): string {
  if (check.problemCount === 0) return t.summaryClean(roundCount);
  const shown = check.preview.rounds.length;
  const hidden = roundCount - shown;
  return hidden > 0
    ? t.summaryPartly(roundCount, check.problemCount, shown)
    : t.summaryProblems(roundCount, check.problemCount);
}
