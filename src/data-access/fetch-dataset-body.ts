import type { DatasetBytes } from './dataset-bytes.ts';
import { DatasetLoadError } from './dataset-load-error.ts';
import { DEFAULT_LIMITS, type TransportLimits } from './transport-deadlines.ts';

/** A downloaded body and where it really came from (after any redirects). */
export interface DatasetBody {
  body: DatasetBytes;
  contentType: string;
  finalUrl: string;
  redirected: boolean;
}

/** Bytes received so far; `total` is the announced size, when the server gave one that can be trusted. */
export interface BodyProgress {
  received: number;
  total: number | null;
}

export interface FetchBodyOptions {
  signal?: AbortSignal | undefined;
  limits?: TransportLimits | undefined;
  onProgress?: ((progress: BodyProgress) => void) | undefined;
  /** Each chunk of the body as it arrives (before onProgress tells of it), for work that can start early. */
  onChunk?: ((chunk: Uint8Array) => void) | undefined;
  /**
   * The address a relative `url` is resolved against: the page's, when the download runs in the dataset worker
   * (whose own address is its script's). Errors still name `url` as it was asked for.
   */
  base?: string | undefined;
}

/**
 * Downloads a dataset's bytes with deadlines, so loading always ends: no answer within `firstByteMs`, a body
 * that stops arriving for `stallMs`, a lost connection and a body above `maxBytes` each become a
 * DatasetLoadError with its own kind. An abort through `signal` (the query was cancelled) is passed on as is.
 */
export async function fetchDatasetBody(url: string, options: FetchBodyOptions = {}): Promise<DatasetBody> {
  const { signal, limits = DEFAULT_LIMITS, onProgress, onChunk, base } = options;
  const controller = new AbortController();
  const cancel = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', cancel);
  // A signal aborted before the call fires no event.
  if (signal?.aborted) cancel();
  // Set when the first-byte deadline fires, so the abort it causes can be told from the caller's.
  let expired = false;
  const timer = setTimeout(() => {
    expired = true;
    controller.abort();
  }, limits.firstByteMs);

  try {
    let response: Response;
    try {
      response = await fetch(base === undefined ? url : new URL(url, base), {
        signal: controller.signal,
        headers: { Accept: 'application/json' },
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      if (expired)
        throw new DatasetLoadError(url, { kind: 'no-answer', seconds: toSeconds(limits.firstByteMs) });
      throw new DatasetLoadError(url, { kind: 'network', detail: errorText(error) });
    }
    clearTimeout(timer);
    const finalUrl = response.url || url;
    if (!response.ok) {
      void response.body?.cancel().catch(() => undefined);
      throw new DatasetLoadError(
        url,
        { kind: 'http', status: response.status, statusText: response.statusText },
        finalUrl,
      );
    }
    const total = announcedSize(response);
    if (total !== null && total > limits.maxBytes) {
      void response.body?.cancel().catch(() => undefined);
      throw new DatasetLoadError(
        url,
        { kind: 'too-large', limitBytes: limits.maxBytes, announced: total },
        finalUrl,
      );
    }

    const chunks: Uint8Array[] = [];
    let received = 0;
    const reader = response.body?.getReader();
    let sliceStart = performance.now();
    while (reader) {
      // Chunks that are already waiting are read without leaving the task: a fast server's 100 MB held the
      // page for a 450 ms task. Every 30 ms (waits for the network included, which costs a slow download
      // nothing) a page gets a turn for input and a frame. Not a hidden tab, nor the dataset worker: neither
      // draws frames, and a hidden tab's timers may be held back to one a second, which would throttle the
      // download itself.
      if (performance.now() - sliceStart > READ_SLICE_MS && drawsFrames()) {
        await nextTask();
        sliceStart = performance.now();
      }
      let step: ReadableStreamReadResult<Uint8Array> | 'stalled';
      try {
        step = await readWithin(reader, limits.stallMs);
      } catch (error) {
        if (signal?.aborted) throw error;
        const compressed = isCompressed(response);
        throw new DatasetLoadError(
          url,
          { kind: 'interrupted', detail: errorText(error), compressed, received, total },
          finalUrl,
        );
      }
      if (step === 'stalled') {
        controller.abort();
        void reader.cancel().catch(() => undefined);
        throw new DatasetLoadError(
          url,
          { kind: 'stalled', seconds: toSeconds(limits.stallMs), received, total },
          finalUrl,
        );
      }
      if (step.done) break;
      received += step.value.byteLength;
      if (received > limits.maxBytes) {
        void reader.cancel().catch(() => undefined);
        throw new DatasetLoadError(
          url,
          { kind: 'too-large', limitBytes: limits.maxBytes, announced: total },
          finalUrl,
        );
      }
      chunks.push(step.value);
      onChunk?.(step.value);
      onProgress?.({ received, total });
    }
    return {
      body: { chunks, size: received },
      contentType: response.headers.get('content-type') ?? '',
      finalUrl,
      redirected: response.redirected,
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

// Long enough to read many chunks at once, short enough that input never waits for two frames.
const READ_SLICE_MS = 30;

function drawsFrames(): boolean {
  return typeof document !== 'undefined' && !document.hidden;
}

/** Resolves in a task of its own, after what the page had queued meanwhile. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The next chunk, or 'stalled' when none arrives within `ms`; the race works whatever the stream's source. */
async function readWithin(
  reader: ReadableStreamDefaultReader<Uint8Array>,
  ms: number,
): Promise<ReadableStreamReadResult<Uint8Array> | 'stalled'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stall = new Promise<'stalled'>((resolve) => {
    timer = setTimeout(() => resolve('stalled'), ms);
  });
  try {
    return await Promise.race([reader.read(), stall]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Content-Length counts the bytes on the wire; when the body is compressed the stream yields more than that,
 * so a size is only announced when no compression is visible. Cross-origin, Content-Encoding is hidden and
 * the count may be exceeded: the progress display copes with `received > total`.
 */
function announcedSize(response: Response): number | null {
  if (isCompressed(response)) return null;
  const header = response.headers.get('content-length');
  const size = header === null ? NaN : Number(header);
  return Number.isSafeInteger(size) && size >= 0 ? size : null;
}

function isCompressed(response: Response): boolean {
  const encoding = response.headers.get('content-encoding');
  return encoding !== null && encoding.trim() !== '' && encoding.trim().toLowerCase() !== 'identity';
}

function toSeconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
