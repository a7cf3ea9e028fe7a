/**
 * How a list of values is written in one URL parameter: values joined by commas, where a value's own
 * comma is written `\,`, its backslash `\\`, and whitespace at either end of it `\ ` (escaped, so that it
 * survives the trimming below). "Istanbul, Turkey" and "Turkey" become `Istanbul\, Turkey,Turkey`.
 *
 * Older links wrote plain comma-separated lists and were read with each value trimmed; a plain list still
 * reads exactly as before, because only a backslash changes anything and no old value had one. The empty
 * list is written as no parameter at all, so every list of strings, empty strings included, has a text
 * that reads back as that list: `a,` is ["a", ""] and the empty text is [""].
 */

const ESCAPE = '\\';
const WHITESPACE = /\s/;

/** The text of a list: decodeListValue(encodeListValue(values)) equals values for any non-empty list. */
export function encodeListValue(values: readonly string[]): string {
  return values.map(encodeOne).join(',');
}

function encodeOne(value: string): string {
  const chars = [...value];
  // Whitespace is escaped only at the ends: inside a value it is kept by the trim and stays readable.
  let first = 0;
  while (first < chars.length && WHITESPACE.test(chars[first] ?? '')) first += 1;
  let last = chars.length - 1;
  while (last >= first && WHITESPACE.test(chars[last] ?? '')) last -= 1;
  return chars
    .map((char, i) => {
      if (char === ESCAPE || char === ',') return ESCAPE + char;
      return i < first || i > last ? ESCAPE + char : char;
    })
    .join('');
}

/**
 * Reads a list back: splits on commas that are not escaped, trims whitespace that is not escaped from
 * both ends of each value, and drops the escapes. A backslash at the very end stands for itself.
 * Keeps at most `limit` values but counts them all, in one pass over the text, so a huge link stays cheap.
 */
export function decodeListValue(text: string, limit = Infinity): { values: string[]; total: number } {
  const values: string[] = [];
  let total = 0;
  let from = 0;
  const plain = !text.includes(ESCAPE);
  for (;;) {
    const comma = plain ? text.indexOf(',', from) : unescapedComma(text, from);
    const end = comma === -1 ? text.length : comma;
    total += 1;
    if (values.length < limit)
      values.push(plain ? text.slice(from, end).trim() : readOne(text.slice(from, end)));
    if (comma === -1) return { values, total };
    from = comma + 1;
  }
}

function unescapedComma(text: string, from: number): number {
  for (let i = from; i < text.length; i += 1) {
    const char = text[i];
    if (char === ESCAPE) i += 1;
    else if (char === ',') return i;
  }
  return -1;
}

const ESCAPED = /\\([\s\S])/gu;

/** One value's text, trimmed of its unescaped whitespace and unescaped. */
function readOne(raw: string): string {
  // Leading whitespace is never escaped (an escape starts with a backslash, which is not whitespace).
  const start = raw.length - raw.trimStart().length;
  let kept = raw.trimEnd();
  // The trim took an escaped whitespace when what is left ends in an odd run of backslashes: give it back.
  let slashes = 0;
  while (kept[kept.length - 1 - slashes] === ESCAPE) slashes += 1;
  if (slashes % 2 === 1 && kept.length < raw.length) kept = raw.slice(0, kept.length + 1);
  return kept.slice(start).replace(ESCAPED, '$1');
}
