// A dataset nests about eight levels deep. Far deeper text is junk, and engines parse it slowly or overflow.
export const MAX_DEPTH = 64;

/**
 * The offset of the first bracket in JSON text that opens a level beyond MAX_DEPTH, or -1. Brackets inside
 * strings do not count.
 */
export function offsetBeyondDepth(text: string): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i += 1; // a backslash escapes the next character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) inString = true;
    else if (code === 0x5b || code === 0x7b) {
      depth += 1;
      if (depth > MAX_DEPTH) return i;
    } else if (code === 0x5d || code === 0x7d) depth -= 1;
  }
  return -1;
}
