import type { ReactNode } from 'react';
import { linkText } from './panel-styles.ts';

/**
 * The URL, normalised, when it is an absolute http: or https: URL without a user name or password;
 * otherwise undefined. Credentials in a link ("https://bank.com@evil.example/") only serve to disguise
 * where it goes.
 */
export function safeHttpUrl(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    if (parsed.username !== '' || parsed.password !== '') return undefined;
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

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
