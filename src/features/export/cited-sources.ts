/**
 * Every source id cited anywhere inside a value (a round, a person, a document), in order of first citation.
 * Walking every `sources` list, rather than naming the fields that have one, keeps exports complete when
 * the format gains a new sourced field.
 */
export function citedSourceIds(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (Array.isArray(value)) for (const item of value) citedSourceIds(item, into);
  else if (value !== null && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        for (const id of child) if (typeof id === 'string') into.add(id);
      } else citedSourceIds(child, into);
    }
  }
  return into;
}
