/**
 * Makes text safe to print on a terminal. Dataset strings and file names reach the validator's output, and a
 * name holding an escape sequence would otherwise retitle the window, clear the screen or recolour text; a
 * newline would forge a line of output. Every control character (C0, DEL, C1) and every invisible direction
 * override is shown as a visible escape instead: ESC becomes "\x1b", a newline "\n", U+202E "\u202e".
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

// C0 controls, DEL and C1 controls; the bidirectional marks, embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function escapeOne(char: string): string {
  const named = NAMED[char];
  if (named !== undefined) return named;
  const code = char.charCodeAt(0);
  return code <= 0xff
    ? `\\x${code.toString(16).padStart(2, '0')}`
    : `\\u${code.toString(16).padStart(4, '0')}`;
}
