/** A path into a JSON value: object keys and array indexes. */
export type JsonPath = readonly (string | number)[];

type Node = Record<string | number, unknown> | unknown[];

/**
 * Returns a copy of `root` with the value at `path` replaced, copying only the objects on the way down, so
 * React sees what changed. `undefined` removes the key (an optional field left empty is absent, not "").
 */
export function setIn<T>(root: T, path: JsonPath, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path as [string | number, ...(string | number)[]];
  const node = root as unknown;
  const copy: Node = Array.isArray(node)
    ? [...(node as unknown[])]
    : typeof node === 'object' && node !== null
      ? { ...(node as Record<string, unknown>) }
      : typeof head === 'number'
        ? []
        : {};
  const child = (copy as Record<string | number, unknown>)[head];
  const next = setIn(child, rest, value);
  if (next === undefined && !Array.isArray(copy)) delete (copy as Record<string, unknown>)[head];
  else (copy as Record<string | number, unknown>)[head] = next;
  return copy as T;
}

/** The value at `path`, or undefined. */
export function getIn(root: unknown, path: JsonPath): unknown {
  let node = root;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** A copy with one item appended to the list at `path` (created if missing). */
export function appendIn<T>(root: T, path: JsonPath, item: unknown): T {
  const list = getIn(root, path);
  return setIn(root, path, [...(Array.isArray(list) ? list : []), item]);
}

/** A copy with the item at `index` of the list at `path` removed. */
export function removeIn<T>(root: T, path: JsonPath, index: number): T {
  const list = getIn(root, path);
  return Array.isArray(list)
    ? setIn(
        root,
        path,
        list.filter((_, i) => i !== index),
      )
    : root;
}
