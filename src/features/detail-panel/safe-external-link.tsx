import type { ReactNode } from 'react';
import { safeHttpUrl } from '../../domain/safe-http-url.ts';
import { linkText } from './panel-styles.ts';

export { safeHttpUrl };

interface Props {
  url: string;
  children: ReactNode;
  /** Id of a text such as "opens in a new tab", read after the link's name. */
  describedBy?: string | undefined;
  lang?: string | undefined;
}

/**
 * An outbound link that opens in a new tab without giving the page a handle on this one. Data is not
 * trusted to be http(s) even after validation, so any other scheme (javascript:, data:) renders plain text.
 */
export function SafeExternalLink({ url, children, describedBy, lang }: Props) {
  const href = safeHttpUrl(url);
  if (href === undefined) return <span lang={lang}>{children}</span>;
  return (
    <a
      href={href}
      target="_blank"
      rel="noopener noreferrer"
      aria-describedby={describedBy}
      lang={lang}
      className={`rounded-sm ${linkText}`}
    >
      {children}
    </a>
  );
}
