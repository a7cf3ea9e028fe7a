import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terminalSafe } from './terminal-safe.ts';

// Written independently of terminal-safe.ts: matching control characters is the point.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

describe('terminalSafe', () => {
  it('leaves ordinary text, accents and Cyrillic alone', () => {
    expect(terminalSafe('Рустем Умєров — Fidan, Türkiye')).toBe('Рустем Умєров — Fidan, Türkiye');
  });

  it('shows an OSC window-title sequence and a clear-screen sequence as visible escapes', () => {
    expect(terminalSafe('\u001b]0;pwned\u0007Bob')).toBe('\\x1b]0;pwned\\x07Bob');
    expect(terminalSafe('\u001b[2J\u001b[31mred')).toBe('\\x1b[2J\\x1b[31mred');
  });

  it('shows newlines, tabs, DEL, C1 controls and direction overrides escaped', () => {
    expect(terminalSafe('a\nb\r\tc\u007f\u009b\u202eevil')).toBe('a\\nb\\r\\tc\\x7f\\x9b\\u202eevil');
  });

  it('never lets a control character or a direction override through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(terminalSafe(text)).not.toMatch(UNSAFE);
      }),
    );
  });
});
