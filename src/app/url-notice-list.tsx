import { useMessages } from '../i18n/catalogue.ts';
import { enFilters } from '../i18n/en-filters.ts';
import { enLinkNotices } from '../i18n/en-link-notices.ts';
import { linkNoticeText } from '../url/link-notice.ts';
import { filterNoticeText } from '../features/filters/filter-notice-text.ts';
import { noticeKey, useViewStore, viewActions, type Notice } from '../state/view-store.ts';

/** More notices than this are counted, not listed: each is already one summary per link parameter. */
const LISTED = 8;

/** A notice in the reader's language: a sentence as it is, or a filter or link notice worded. */
function noticeText(n: Notice, link: typeof enLinkNotices, filters: typeof enFilters): string {
  if (typeof n === 'string') return n;
  return n.kind === 'unknown-values' || n.kind === 'bad-day' || n.kind === 'end-before-start'
    ? filterNoticeText(n, filters)
    : linkNoticeText(n, link);
}

/** Parts of the link that could not be used, said plainly; the rest of the view still applies. */
export function UrlNoticeList() {
  const notices = useViewStore((s) => s.notices);
  const t = useMessages();
  const words = useMessages(enFilters);
  const linkWords = useMessages(enLinkNotices);
  if (notices.length === 0) return null;
  const more = notices.length - LISTED;
  return (
    <div
      role="status"
      className="mb-4 flex items-start justify-between gap-4 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <ul className="space-y-0.5">
        {notices.slice(0, LISTED).map((notice) => (
          <li key={noticeKey(notice)}>{noticeText(notice, linkWords, words)}</li>
        ))}
        {more > 0 && <li>{t.moreIgnored(more)}</li>}
      </ul>
      <button
        type="button"
        onClick={viewActions.dismissNotices}
        className="shrink-0 rounded px-2 py-1 text-sm font-medium underline focus-visible:outline-3 focus-visible:outline-blue-600"
      >
        {t.dismiss}
      </button>
    </div>
  );
}
