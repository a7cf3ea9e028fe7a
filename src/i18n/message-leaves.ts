/**
 * Every message of a catalogue (or a part of one) by its path ("vocabulary.role.host.one"). Functions are
 * sampled with fixed arguments, so a translation that forgot its words still shows. Used by the tests that
 * compare catalogues and that look for English left in the Ukrainian edition.
 */
export function messageLeaves(messages: object, prefix = ''): Map<string, string> {
  const found = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix + key;
    if (typeof value === 'function')
      found.set(path, String((value as (...a: unknown[]) => unknown)(3, 7, 'X')));
    else if (value !== null && typeof value === 'object' && !Array.isArray(value))
      for (const [inner, text] of messageLeaves(value as object, `${path}.`)) found.set(inner, text);
    else found.set(path, String(value));
  }
  return found;
}

/** The paths whose message is a function of values (its sample is not a text the interface shows as is). */
export function functionPaths(messages: object, prefix = ''): Set<string> {
  const found = new Set<string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix + key;
    if (typeof value === 'function') found.add(path);
    else if (value !== null && typeof value === 'object' && !Array.isArray(value))
      for (const inner of functionPaths(value as object, `${path}.`)) found.add(inner);
  }
  return found;
}
