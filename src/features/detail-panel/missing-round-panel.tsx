import type { Ref } from 'react';
import { useMessages } from '../../i18n/catalogue.ts';
import { enPanel } from '../../i18n/en-panel.ts';
import { outlineButton } from './panel-styles.ts';

interface Props {
  roundId: string;
  headingRef: Ref<HTMLHeadingElement>;
  onClose: () => void;
}

/** Shown instead of the details when the selected id names no round of this dataset (a stale link, say). */
export function MissingRoundPanel({ roundId, headingRef, onClose }: Props) {
  const t = useMessages(enPanel);
  return (
    <div className="space-y-3 p-4 text-sm">
      <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
        {t.panelNotFound}
      </h2>
      <p>{t.panelNotInDataset(roundId)}</p>
      <button type="button" onClick={onClose} className={outlineButton}>
        {t.panelClose}
      </button>
    </div>
  );
}
