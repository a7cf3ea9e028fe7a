/**
 * The host a reader should see beside a source link. A host whose labels mix alphabets ("exаmple.org" with a
 * Cyrillic "а") is a classic look-alike of a familiar site, so it is shown in its ASCII (punycode) form, which
 * no font can disguise, and flagged. A host written wholly in one non-Latin script (a .рф site) is shown as
 * written: that is how its readers know it.
 */
export interface LinkHost {
  /** What to print: the host as written, or its punycode form when it mixes alphabets. */
  display: string;
  /** True when some label mixes scripts. */
  mixedScripts: boolean;
}

/** The host of an absolute http(s) URL, or undefined when the text is not one. */
export function linkHost(url: string): LinkHost | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const written = writtenHost(url);
  const mixedScripts = written.split('.').some(mixesScripts);
  return { display: mixedScripts || written === '' ? parsed.hostname : written.toLowerCase(), mixedScripts };
}

/** The host as the data writes it, before the URL parser turns non-ASCII labels into punycode. */
function writtenHost(url: string): string {
  const afterScheme = url.replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
  const authority = afterScheme.split(/[/?#]/)[0] ?? '';
  const hostAndPort = authority.slice(authority.lastIndexOf('@') + 1);
  return hostAndPort.replace(/:\d*$/, '');
}

const SCRIPTS = [/\p{Script=Latin}/u, /\p{Script=Cyrillic}/u, /\p{Script=Greek}/u, /\p{Script=Armenian}/u];

function mixesScripts(label: string): boolean {
  return SCRIPTS.filter((script) => script.test(label)).length > 1;
}
