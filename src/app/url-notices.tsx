import { lazy } from 'react';
import { LazyPart } from '../components/lazy-part.tsx';
import { useMessages } from '../i18n/catalogue.ts';
import { enStatus } from '../i18n/en-status.ts';
import { useViewStore } from '../state/view-store.ts';

// Most links hold nothing to report, so the wording of the notices (link, filter and codec notices, in the
// reader's language) is a chunk of its own, fetched when a link has something to say.
const LazyUrlNoticeList = lazy(() =>
  import('./url-notice-list.tsx').then((m) => ({ default: m.UrlNoticeList })),
);

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
