import type { MouseEvent } from 'react';
import { useMessages } from '../i18n/catalogue.ts';
import { CREATE_HASH } from './use-hash-route.ts';

const linkClass =
  'inline-flex h-9 items-center rounded-md border border-slate-300 px-3 text-sm font-medium hover:bg-slate-100 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:border-slate-600 dark:hover:bg-slate-800';

/** "Create" from the reader to the editor; "Back to the timeline" from the editor. */
export function PageLink({ editing }: { editing: boolean }) {
  const t = useMessages();
  if (!editing) {
    // A phone's header has no room for a fourth control; there the link follows the page (PhoneCreateLink).
    return (
      <a href={CREATE_HASH} className={`${linkClass} max-sm:hidden`}>
        {t.create}
      </a>
    );
  }
  const back = (event: MouseEvent<HTMLAnchorElement>) => {
    // Leaving the hash out entirely (not "#") keeps the address clean; hashchange tells the app to switch.
    event.preventDefault();
    window.history.pushState(null, '', `${window.location.pathname}${window.location.search}`);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  };
  return (
    <a href={`${window.location.pathname}${window.location.search}`} onClick={back} className={linkClass}>
      {t.backToTimeline}
    </a>
  );
}

/** The way to the editor on a phone, at the foot of the reader's page. */
export function PhoneCreateLink() {
  const t = useMessages();
  return (
    <footer className="px-4 pb-6 text-sm sm:hidden">
      <a
        href={CREATE_HASH}
        className="font-medium text-blue-800 underline focus-visible:outline-3 focus-visible:outline-blue-600 dark:text-blue-300"
      >
        {t.createOwn}
      </a>
    </footer>
  );
}
