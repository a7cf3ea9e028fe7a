import { useMessages } from '../../i18n/catalogue.ts';
import { enTimeline, type TimelineWords } from '../../i18n/en-timeline.ts';

/** The hint's words for this platform: Mac keyboards zoom with ⌘, the others with Ctrl. */
export function zoomHintText(
  platform: string,
  words: Pick<TimelineWords, 'zoomHintMac' | 'zoomHintOther'>,
): string {
  return /mac|iphone|ipad/i.test(platform) ? words.zoomHintMac : words.zoomHintOther;
}

function currentPlatform(): string {
  const agent = navigator as Navigator & { userAgentData?: { platform?: string } };
  return agent.userAgentData?.platform || navigator.platform || navigator.userAgent;
}

/**
 * Says how to zoom when a reader wheels over the timeline and the page scrolls instead, as embedded maps do.
 * The status region is always present, so screen readers announce the words politely when they appear; it
 * never takes focus or catches the pointer.
 */
export function ZoomHint({ at }: { at: number | null }) {
  const t = useMessages(enTimeline);
  return (
    <div role="status" className="pointer-events-none absolute inset-0 z-20 overflow-hidden">
      {at !== null && (
        <p
          // Beside the pointer, which is on screen even when the top or the middle of a tall timeline is not.
          style={{ top: `max(0.5rem, min(${Math.round(at)}px - 1.25rem, 100% - 3rem))` }}
          className="absolute left-1/2 -translate-x-1/2 rounded-md bg-slate-900/85 px-3 py-2 text-sm font-medium whitespace-nowrap text-white shadow-lg dark:bg-slate-100/90 dark:text-slate-950"
        >
          {zoomHintText(currentPlatform(), t)}
        </p>
      )}
    </div>
  );
}
