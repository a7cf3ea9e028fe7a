import { LazyPart } from '../components/lazy-part.tsx';
import { preloadablePart } from '../components/preloadable-part.ts';
import { useMessages } from '../i18n/catalogue.ts';
import { enStatus } from '../i18n/en-status.ts';
import { useViewStore } from '../state/view-store.ts';
import { OWN_KEYS } from '../url/view-state-codec.ts';

// Most links hold nothing to report, so the wording of the notices (link, filter and codec notices, in the
// reader's language) is a chunk of its own, fetched when a link has something to say.
const LazyUrlNoticeList = preloadablePart(() => import('./url-notice-list.tsx').then((m) => m.UrlNoticeList));

/**
 * Fetches the notices' wording as the page starts when the link sets any part of the view. Some of it is
 * checked only once the dataset is here (a round, a document, a story or a filter value it does not hold),
 * and the notice then comes with the first picture: fetched only then, it came about 270 ms later and pushed
 * the timeline down.
 */
export function preloadUrlNoticesFor(search: string): void {
  const params = new URLSearchParams(search);
  if (OWN_KEYS.some((key) => params.has(key))) void LazyUrlNoticeList.preload();
}

/** The notices about parts of the link that could not be used, once there are any. */
export function UrlNotices() {
  const count = useViewStore((s) => s.notices.length);
  const words = useMessages(enStatus);
  if (count === 0) return null;
  return (
    <LazyPart what={words.partLinkNotices}>
      <LazyUrlNoticeList />
    </LazyPart>
  );
}
