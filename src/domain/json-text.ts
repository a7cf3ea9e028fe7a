import { MAX_DEPTH, offsetBeyondDepth } from './json-depth.ts';

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; reason: string };

/**
 * Parses JSON text with reasons a person can act on: empty file, line and column of a syntax error.
 * `nestingChecked` says the text is known to nest no deeper than MAX_DEPTH (ascii-json-text.ts checks that as
 * the bytes arrive), so it need not be checked again (at 100,000 rounds that check is 0.2–0.5 s).
 */
export function parseJsonText(text: string, nestingChecked = false): JsonTextResult {
  // Editors on Windows often save a byte-order mark, which JSON.parse rejects.
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (/^\s*$/.test(body)) return { ok: false, reason: 'the file is empty' };
  const tooDeep = nestingChecked ? -1 : offsetBeyondDepth(body);
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
