// A dataset nests about eight levels deep. Far deeper text is junk, and engines parse it slowly or overflow.
export const MAX_DEPTH = 64;

/**
 * Follows the nesting of JSON text read piece by piece (as it downloads), to find the first bracket that opens
 * a level beyond MAX_DEPTH. Brackets inside strings do not count; an escape may fall across two pieces.
 */
export class JsonDepthWatch {
  /** The offset of the first bracket beyond the limit, or -1 while there is none. */
  beyond = -1;
  private read = 0;
  private depth = 0;
  private inString = false;
  private escapedFirst = false;

  add(piece: string): void {
    if (this.beyond === -1) this.scan(piece);
    this.read += piece.length;
  }

  /**
   * Whether the watch read as many characters as `text` has. Given the text it was fed, that tells whether a
   * byte-order mark was taken off since (the scan's offsets would then be one out).
   */
  hasRead(text: string): boolean {
    return text.length === this.read;
  }

  private scan(piece: string): void {
    let { depth, inString } = this;
    // A backslash that ended the last piece escapes this one's first character.
    let i = this.escapedFirst ? 1 : 0;
    for (; i < piece.length; i += 1) {
      const code = piece.charCodeAt(i);
      if (inString) {
        if (code === 0x5c)
          i += 1; // a backslash escapes the next character
        else if (code === 0x22) inString = false;
      } else if (code === 0x22) inString = true;
      else if (code === 0x5b || code === 0x7b) {
        depth += 1;
        if (depth > MAX_DEPTH) {
          this.beyond = this.read + i;
          return;
        }
      } else if (code === 0x5d || code === 0x7d) depth -= 1;
    }
    // Past the end: the character a final backslash escapes is the next piece's first.
    this.escapedFirst = i > piece.length;
    this.depth = depth;
    this.inString = inString;
  }
}
