export type JsonTextResult = { ok: true; value: unknown } | { ok: false; reason: string };

// A dataset nests about eight levels deep. Far deeper text is junk, and engines parse it slowly or overflow.
const MAX_DEPTH = 64;

/**
 * Parses JSON text with reasons a person can act on: empty file, line and column of a syntax error.
 * `watched` is a JsonDepthWatch that has read this same text as it arrived, so the depth need not be checked
 * again (at 100,000 rounds that check is 0.2–0.5 s); one that read other text is ignored.
 */
export function parseJsonText(text: string, watched?: JsonDepthWatch): JsonTextResult {
  // Editors on Windows often save a byte-order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (/^\s*$/.test(body)) return { ok: false, reason: 'the file is empty' };
  const tooDeep = watched?.hasRead(body) ? watched.beyond : offsetBeyondDepth(body);
  if (tooDeep !== -1) {
    return {
      ok: false,
      reason: `nested more than ${MAX_DEPTH} levels deep ${describeOffset(body, tooDeep)}`,
    };
  }
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (error) {
    return { ok: false, reason: `not valid JSON: ${describeSyntaxError(error, body)}` };
  }
}

/** The engine's reason, with a character offset turned into the line and column an editor shows. */
function describeSyntaxError(error: unknown, text: string): string {
  const raw = error instanceof Error ? error.message : 'unknown error';
  // V8 quotes the input back ('Unexpected token 'o', "nope" is not valid JSON'); the quote adds nothing here.
  let reason = raw
    .replace(/^JSON\.parse: /, '')
    .replace(/, (?:\.\.\.)?".*"(?:\.\.\.)? is not valid JSON$/s, '');
  const position = /(?: in JSON)? at position (\d+)(?: \(line \d+ column \d+\))?/.exec(reason);
  if (position !== null) {
    const where = describeOffset(text, Number(position[1]));
    reason = `${reason.slice(0, position.index)} ${where}${reason.slice(position.index + position[0].length)}`;
  }
  return reason.charAt(0).toLowerCase() + reason.slice(1);
}

function describeOffset(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return `at line ${line}, column ${offset - lineStart + 1}`;
}

/** The offset of the first bracket that opens a level beyond MAX_DEPTH, or -1. */
function offsetBeyondDepth(text: string): number {
  const watch = new JsonDepthWatch();
  watch.add(text);
  return watch.beyond;
}

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
  private escaping = false;

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
    let { depth, inString, escaping } = this;
    for (let i = 0; i < piece.length; i += 1) {
      const code = piece.charCodeAt(i);
      if (escaping) escaping = false;
      else if (inString) {
        if (code === 0x5c) escaping = true;
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
    this.depth = depth;
    this.inString = inString;
    this.escaping = escaping;
  }
}
