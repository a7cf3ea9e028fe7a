import { outcomeStyles } from '../../components/outcome-badge-style.ts';
import type { OutcomeStatus } from '../../domain/schema.ts';
import { vocabularyLabels } from '../../domain/vocabulary-labels.ts';

/** An outcome status as glyph and words, so it never relies on colour alone. */
export function OutcomeBadge({ status }: { status: OutcomeStatus }) {
  const style = outcomeStyles[status];
  return (
    <span className={`inline-block rounded px-1.5 py-0.5 text-xs font-medium ring-1 ${style.badge}`}>
      <span aria-hidden="true">{style.glyph} </span>
      {vocabularyLabels().outcomeStatus[status]}
    </span>
  );
}
