/**
 * `make(key)`, made on first use and kept, one for each key: for objects that cost much to make and are asked
 * for often, such as Intl's formats, rules and collators for a language.
 */
export function keptByKey<T>(make: (key: string) => T): (key: string) => T {
  const kept = new Map<string, T>();
  return (key) => {
    let value = kept.get(key);
    if (value === undefined) {
      value = make(key);
      kept.set(key, value);
    }
    return value;
  };
}
