import { toolButton } from '../../features/export/tool-button.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enStatus } from '../../i18n/en-status.ts';

/**
 * The room Download and Cite take, kept until the timeline is drawn and their chunk has arrived
 * (explore-view.tsx): without it the controls' row would grow (or wrap, on a phone) under the reader's pointer
 * and push the timeline down. Invisible, and hidden from assistive technology: there is nothing to operate yet.
 */
export function ExportButtonsSpace() {
  const t = useMessages(enStatus);
  return (
    <div aria-hidden="true" className="invisible flex items-center gap-2">
      <span className={toolButton}>
        {t.download}
        {/* The Download button's arrow. */}
        <span className="ml-1.5 inline-block size-3" />
      </span>
      <span className={toolButton}>{t.cite}</span>
    </div>
  );
}
