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
