import type { Ref } from 'react';
import { outlineButton } from './panel-styles.ts';

interface Props {
  roundId: string;
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
}

/** Shown instead of the details when the selected id names no round of this dataset (a stale link, say). */
export function MissingRoundPanel({ roundId, headingRef, onClose }: Props) {
  return (
    <div className="space-y-3 p-4 text-sm">
      <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        Round not found
      </h2>
      <p>The round “{roundId}” is not in this dataset.</p>
      <button type="button" onClick={onClose} className={outlineButton}>
        Close details
      </button>
    </div>
  );
}
