import { MAX_DEPTH } from '../domain/json-depth.ts';
import { TextInParts } from './text-in-parts.ts';

/**
 * A UTF-8 JSON body decoded chunk by chunk while it downloads, into text of ASCII characters only: every
 * character beyond ASCII inside a string is written as its `\uXXXX` escape, which JSON.parse reads back as that
 * very character.
 *
 * Why: V8 keeps a string of Latin-1 characters at one byte a character, and any other at two. One "–" or "Ж" in a
 * dataset made the whole text two-byte, and JSON.parse then gave every short value (an id, a role, "S020") a
 * string of its own, where from one-byte text it shares one copy of each. The escaped text, read in the dataset
 * worker, made 100,000 generated rounds ready about 0.5 s sooner in headless Chromium (5,754/5,809 ms as written,
 * 5,326/5,181 ms escaped), in reading, checking and above all the reference checks, which look millions of ids
 * up.
 *
 * The escaped text parses to the same value as the bytes decoded as they are, or fails to parse exactly when
 * they do, since only characters inside strings are escaped. It gives up (`finish` answers null) wherever it
 * could not vouch for that: a byte beyond ASCII outside a string (never valid JSON; a byte-order mark is
 * dropped only at the start, as a decoder drops it), one just after a backslash (an invalid escape its `\u`
 * would make valid), or bytes that are not UTF-8 (a decoder would put U+FFFD in their place). It also gives up
 * where brackets outside strings nest deeper than MAX_DEPTH, so that text it gives need not be checked for that
 * again (at 100,000 rounds, a second pass over the text), and where the escapes would make the text half as long
 * again as the bytes (past its first 64 KiB): text mostly in another script gains little, and escaped it could
 * outgrow V8's longest string. The caller then decodes the bytes as they are. Where JSON.parse fails on escaped text, the caller
 * should word the error from the text as written too: the escapes move the offsets it names, and change the
 * text it quotes back.
 */
export class AsciiJsonText {
  private readonly decoder = new TextDecoder();
  private readonly textSoFar = new TextInParts();
  private inString = false;
  private escapeNext = false;
  private depth = 0;
  /** The first bytes of a character (or of a byte-order mark) whose rest is in the next chunk. */
  private pending: Uint8Array | null = null;
  private atStart = true;
  private usable = true;
  private bytesRead = 0;
  private escapes = 0;
  /** Where the last string directly inside the root object starts and ends in the text (a key, before `[`). */
  private keyStart = -1;
  private keyEnd = -1;
  /** The arrays directly inside the root object, and where each of their object or array elements lies. */
  private readonly arrays: WrittenArray[] = [];
  private open: WrittenArray | null = null;
  /** The first of `arrays` that may have elements not yet told to `watch`. */
  private watched = 0;

  /** `watch` is told, after each chunk, of the elements it completed in the root object's rounds arrays. */
  constructor(private readonly watch?: ElementWatch) {}

  add(chunk: Uint8Array): void {
    this.bytesRead += chunk.length;
    let rest = chunk;
    const pending = this.pending;
    if (pending !== null) {
      // Only the character's own bytes are joined to it, not the whole chunk.
      const missing = Math.min(chunk.length, sequenceLength(pending[0]!) - pending.length);
      const joined = new Uint8Array(pending.length + missing);
      joined.set(pending);
      joined.set(chunk.subarray(0, missing), pending.length);
      this.pending = null;
      this.take(joined);
      rest = chunk.subarray(missing);
    }
    this.take(rest);
    if (this.watch !== undefined && this.usable) this.tellElements(this.watch);
  }

  /**
   * The whole text, and whether it holds any escape (without one, it is the text as written), or null when it
   * could not be written in ASCII (see the class). `rounds` is the root object's `rounds` array as the text
   * writes it (the last, should the key be written twice, as JSON.parse keeps the last), or null where there is
   * no such array; it means nothing for text that is not valid JSON. It is found in the pass that follows the
   * nesting.
   */
  finish(): FinishedText | null {
    if (this.pending !== null) this.giveUp();
    if (!this.usable) return null;
    const written = this.textSoFar;
    // The key as JSON.parse reads it: "r\u006funds" is the rounds too, and JSON.parse keeps the last of them.
    const rounds = this.arrays.findLast(
      ({ keyStart, keyEnd, key }) =>
        (key === undefined ? keyText(written.slice(keyStart, keyEnd)) : key) === ROUNDS_KEY,
    );
    return {
      get text() {
        return written.whole();
      },
      slice: (from, to) => written.slice(from, to),
      escaped: this.escapes > 0,
      rounds: rounds ?? null,
    };
  }

  /** Tells `watch` of the rounds arrays' elements completed since it was last told, array by array. */
  private tellElements(watch: ElementWatch): void {
    for (; this.watched < this.arrays.length; this.watched += 1) {
      const array = this.arrays[this.watched]!;
      const complete = array.spans.length >> 1;
      if (complete > array.lookedAt) {
        if (array.key === undefined) array.key = keyText(this.textSoFar.slice(array.keyStart, array.keyEnd));
        if (array.key === ROUNDS_KEY) {
          const texts: string[] = [];
          for (let k = array.lookedAt; k < complete; k += 1) {
            texts.push(this.textSoFar.slice(array.spans[2 * k]!, array.spans[2 * k + 1]!));
          }
          const textBefore = () => this.textSoFar.slice(0, array.open);
          watch.elements({ array, from: array.lookedAt, texts, textBefore });
        }
        array.lookedAt = complete;
      }
      // An array still open may complete more elements in the next chunk.
      if (array.close === -1) break;
    }
  }

  private take(bytes: Uint8Array): void {
    if (!this.usable || bytes.length === 0) return;
    let start = 0;
    if (this.atStart) {
      // A byte-order mark is dropped where a decoder drops it: at the very start of the body. Its first bytes
      // alone wait for the rest.
      if (
        bytes.length < BYTE_ORDER_MARK.length &&
        BYTE_ORDER_MARK.every((b, k) => k >= bytes.length || bytes[k] === b)
      ) {
        this.pending = bytes.slice();
        return;
      }
      this.atStart = false;
      if (BYTE_ORDER_MARK.every((b, k) => bytes[k] === b)) start = BYTE_ORDER_MARK.length;
    }
    const piece = this.escape(bytes, start);
    if (piece === null) return this.giveUp();
    if (this.textSoFar.length + piece.length > this.bytesRead * 1.5 + LENGTH_SLACK) return this.giveUp();
    this.textSoFar.push(piece);
  }

  /** Starts an array directly inside the root object, at `open`, under the key just read. */
  private openArray(open: number): WrittenArray {
    const array = {
      keyStart: this.keyStart,
      keyEnd: this.keyEnd,
      key: undefined,
      open,
      close: -1,
      spans: [],
      lookedAt: 0,
    };
    this.arrays.push(array);
    return array;
  }

  private giveUp(): void {
    this.usable = false;
    this.textSoFar.clear();
    this.pending = null;
  }

  /**
   * The bytes from `start` as ASCII text, or null to give up; a split character at their end waits in
   * `pending`. One pass follows the strings' edges and the nesting; ASCII between two escapes is copied in one go.
   */
  private escape(bytes: Uint8Array, start: number): string | null {
    let { inString, escapeNext, depth } = this;
    // Where byte i lands in the whole text: the pieces before this one, then this piece's own characters.
    const before = this.textSoFar.length;
    const at = (i: number) => before + (out === null ? i - start : written + (i - copied));
    // Made at the first byte beyond ASCII, if any: most chunks are decoded as they are.
    let out: Uint8Array | null = null;
    let written = 0;
    let copied = start;
    let end = bytes.length;
    for (let i = start; i < end; i += 1) {
      // Runs of bytes that change nothing (most of a string, digits, spaces) are passed over through a table,
      // one lookup a byte: the state machine's tests on every byte took this pass 5.2 ns a byte, the table 3.5
      // (Node, the 115 MB of 100,000 generated rounds).
      if (inString && !escapeNext) while (i < end && IN_STRING[bytes[i]!] === 0) i += 1;
      else if (!inString) while (i < end && OUTSIDE_STRING[bytes[i]!] === 0) i += 1;
      if (i === end) break;
      const byte = bytes[i]!;
      if (byte < 0x80) {
        if (inString) {
          if (escapeNext) escapeNext = false;
          else if (byte === 0x22) {
            inString = false;
            if (depth === 1) this.keyEnd = at(i) + 1;
          } else if (byte === 0x5c) escapeNext = true;
        } else if (byte === 0x22) {
          inString = true;
          if (depth === 1) this.keyStart = at(i);
        } else if (byte === 0x5b || byte === 0x7b) {
          depth += 1;
          if (depth > MAX_DEPTH) return null;
          if (depth === 2) this.open = byte === 0x5b ? this.openArray(at(i)) : null;
          else if (depth === 3) this.open?.spans.push(at(i));
        } else if (byte === 0x5d || byte === 0x7d) {
          if (depth === 3) this.open?.spans.push(at(i) + 1);
          else if (depth === 2 && this.open !== null) {
            this.open.close = at(i);
            this.open = null;
          }
          depth -= 1;
        }
        continue;
      }
      if (!inString || escapeNext) return null;
      const length = sequenceLength(byte);
      if (length === 0) return null;
      if (i + length > bytes.length) {
        // Split between this chunk and the next (or the body ends inside it, which finish refuses).
        this.pending = bytes.slice(i);
        end = i;
        break;
      }
      const codePoint = decodeSequence(bytes, i, length);
      if (codePoint === -1) return null;
      // Three ASCII bytes at most for every byte from here: a 2-byte character becomes a 6-byte escape, a 4-byte
      // one two of them.
      out ??= new Uint8Array(i - start + (bytes.length - i) * 3);
      out.set(bytes.subarray(copied, i), written);
      written += i - copied;
      if (codePoint > 0xffff) {
        const above = codePoint - 0x10000;
        written = writeEscape(out, written, 0xd800 + (above >> 10));
        written = writeEscape(out, written, 0xdc00 + (above & 0x3ff));
      } else written = writeEscape(out, written, codePoint);
      this.escapes += 1;
      copied = i + length;
      i += length - 1;
    }
    this.inString = inString;
    this.escapeNext = escapeNext;
    this.depth = depth;
    if (out === null) return this.decoder.decode(bytes.subarray(start, end));
    out.set(bytes.subarray(copied, end), written);
    return this.decoder.decode(out.subarray(0, written + end - copied));
  }
}

const ROUNDS_KEY = 'rounds';

/** What AsciiJsonText's `finish` gives: see there. */
export interface FinishedText {
  /** The whole text, joined when first asked for. */
  readonly text: string;
  /** Part of the text, without joining the whole. */
  slice(from: number, to: number): string;
  escaped: boolean;
  rounds: RootArray | null;
}

/**
 * An array directly inside the root object as the text writes it: its `[` at `open`, its `]` at `close` (-1
 * while it is still open), and its object or array elements, element k from `spans[2k]` to `spans[2k + 1]`
 * (elements that are neither are left out).
 */
export interface RootArray {
  readonly open: number;
  readonly close: number;
  readonly spans: readonly number[];
}

interface WrittenArray extends RootArray {
  close: number;
  spans: number[];
  keyStart: number;
  keyEnd: number;
  /** The key as JSON.parse reads it (null for text that is not a JSON string), once read. */
  key: string | null | undefined;
  /** How many elements have been looked at for `watch`. */
  lookedAt: number;
}

/** Elements completed by one chunk in a rounds array directly inside the root object (see ElementWatch). */
export interface ArrayElements {
  /**
   * The same object for every call about one array, and the one `finish` gives as the rounds when it is the
   * last rounds array (JSON.parse keeps the last of a key written twice).
   */
  array: RootArray;
  /** The array's elements from index `from` on, each as the text writes it. */
  from: number;
  texts: readonly string[];
  /** The text before the array's `[`, to be asked for during the call only. */
  textBefore(): string;
}

/**
 * Told, after each chunk, of the elements the chunk completed in the root object's `rounds` arrays (the key as
 * JSON.parse reads it), for work that can start before the last byte.
 */
export interface ElementWatch {
  elements(found: ArrayElements): void;
}

/** A key as JSON.parse reads it from its JSON string (quotes and escapes), or null for text that is not one. */
function keyText(written: string): string | null {
  try {
    const key: unknown = JSON.parse(written);
    return typeof key === 'string' ? key : null;
  } catch {
    return null;
  }
}

/** The bytes that end a run inside a string (a quote, a backslash, any beyond ASCII), and outside one. */
const IN_STRING = byteTable((byte) => byte === 0x22 || byte === 0x5c || byte >= 0x80);
const OUTSIDE_STRING = byteTable(
  (byte) => byte === 0x22 || byte === 0x5b || byte === 0x5d || byte === 0x7b || byte === 0x7d || byte >= 0x80,
);

function byteTable(stops: (byte: number) => boolean): Uint8Array {
  const table = new Uint8Array(256);
  for (let byte = 0; byte < 256; byte += 1) table[byte] = stops(byte) ? 1 : 0;
  return table;
}

/** Characters the escaped text may have beyond 1.5 a byte: a short text is never given up for its length. */
const LENGTH_SLACK = 65_536;

const BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf];

/** The length of the UTF-8 sequence a lead byte starts, or 0 when it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * The code point of a well-formed UTF-8 sequence, or -1. The second byte's range depends on the lead (Unicode's
 * table of well-formed sequences): no overlong forms, no surrogates, nothing beyond U+10FFFF.
 */
function decodeSequence(bytes: Uint8Array, at: number, length: number): number {
  const lead = bytes[at]!;
  const second = bytes[at + 1]!;
  const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
  const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
  if (second < low || second > high) return -1;
  let codePoint = lead & (length === 2 ? 0x1f : length === 3 ? 0x0f : 0x07);
  codePoint = (codePoint << 6) | (second & 0x3f);
  for (let k = 2; k < length; k += 1) {
    const next = bytes[at + k]!;
    if (next < 0x80 || next > 0xbf) return -1;
    codePoint = (codePoint << 6) | (next & 0x3f);
  }
  return codePoint;
}

const HEX = [...'0123456789abcdef'].map((digit) => digit.charCodeAt(0));

/** Writes `\uXXXX` for a UTF-16 code unit; returns the offset after it. */
function writeEscape(out: Uint8Array, at: number, unit: number): number {
  out[at] = 0x5c;
  out[at + 1] = 0x75;
  out[at + 2] = HEX[(unit >> 12) & 0xf]!;
  out[at + 3] = HEX[(unit >> 8) & 0xf]!;
  out[at + 4] = HEX[(unit >> 4) & 0xf]!;
  out[at + 5] = HEX[unit & 0xf]!;
  return at + 6;
}
