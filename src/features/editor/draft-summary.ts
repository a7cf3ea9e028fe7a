import type { DraftCheck } from './use-draft-check.ts';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The one line saying what the draft holds: "The draft holds 12 rounds and 2 problems; …". */
export function draftSummary(
  roundCount: number,
  check: Pick<DraftCheck, 'problemCount' | 'leftOut' | 'preview'>,
): string {
  const rounds = plural(roundCount, 'round', 'rounds');
  if (check.problemCount === 0) return `The draft holds ${rounds} and no problems.`;
  const problems = plural(check.problemCount, 'problem', 'problems');
  const shown = check.preview.rounds.length;
  const hidden = roundCount - shown;
  return hidden > 0
    ? `The draft holds ${rounds} and ${problems}; the preview shows the ${plural(shown, 'round', 'rounds')} without problems.`
    : `The draft holds ${rounds} and ${problems}.`;
}
