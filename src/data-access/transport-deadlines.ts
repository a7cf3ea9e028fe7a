/** How long a dataset download may wait, and how much it may read, before it is given up with a named cause. */
export interface TransportLimits {
  /** Longest wait for the server's answer (the response headers). */
  firstByteMs: number;
  /** Longest stretch with no new bytes while the body arrives; a slow but steady download never trips it. */
  stallMs: number;
  /** Most bytes read (after decompression); the validator CLI refuses datasets above the same size. */
  maxBytes: number;
}

/** 20 s is long enough for a slow mobile link to start a download and short enough that nobody waits for good. */
export const DEFAULT_TIMEOUT_SECONDS = 20;
const MIN_TIMEOUT_SECONDS = 1;
const MAX_TIMEOUT_SECONDS = 600;

export const DEFAULT_LIMITS: TransportLimits = {
  firstByteMs: DEFAULT_TIMEOUT_SECONDS * 1000,
  stallMs: DEFAULT_TIMEOUT_SECONDS * 1000,
  maxBytes: 256 * 1024 * 1024,
};

/** The limits a page asks for, and a readable reason when its `?timeout=` could not be used. */
export interface RequestedLimits {
  limits: TransportLimits;
  notice: string | null;
}

/**
 * Reads `?timeout=<seconds>` (1–600): a link to a slow server can allow more time, and the end-to-end tests
 * use a short one. It sets both the wait for an answer and the longest pause while the body arrives.
 */
export function limitsFromPage(pageHref: string): RequestedLimits {
  const raw = new URL(pageHref).searchParams.get('timeout');
  if (raw === null || raw.trim() === '') return { limits: DEFAULT_LIMITS, notice: null };
  const seconds = Number(raw.trim());
  if (!Number.isFinite(seconds) || seconds < MIN_TIMEOUT_SECONDS || seconds > MAX_TIMEOUT_SECONDS) {
    return {
      limits: DEFAULT_LIMITS,
      notice: `The timeout parameter was ignored: "${raw}" is not a number of seconds from ${MIN_TIMEOUT_SECONDS} to ${MAX_TIMEOUT_SECONDS}; using ${DEFAULT_TIMEOUT_SECONDS} s.`,
    };
  }
  const ms = Math.round(seconds * 1000);
  return { limits: { ...DEFAULT_LIMITS, firstByteMs: ms, stallMs: ms }, notice: null };
}
