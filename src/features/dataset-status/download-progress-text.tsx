import { useDownloadProgress } from '../../data-access/download-status.ts';
import { useMessages } from '../../i18n/catalogue.ts';
import { enStatus } from '../../i18n/en-status.ts';

// Small bodies arrive in a blink; counting their bytes would only flicker.
const SHOW_FROM_BYTES = 256 * 1024;

/** "1.2 MB of 8.4 MB received (14%)" while a large dataset downloads; nothing for small ones. */
export function DownloadProgressText({ url }: { url: string }) {
  const progress = useDownloadProgress(url);
  const t = useMessages(enStatus);
  if (!progress || progress.received < SHOW_FROM_BYTES) return null;
  const { received, total } = progress;
  // A compressed body from another origin may yield more bytes than its announced (compressed) size.
  const known = total !== null && total >= received && total > 0;
  return (
    // Off: a live count would be read out ten times a second; the text is still there to read.
    <span aria-live="off" className="block text-sm tabular-nums">
      {known
        ? t.receivedOf(t.bytes(received), t.bytes(total), Math.floor((received / total) * 100))
        : t.received(t.bytes(received))}
    </span>
  );
}
