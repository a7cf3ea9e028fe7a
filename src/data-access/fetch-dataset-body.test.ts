import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetLoadError, type DatasetLoadFailure } from './dataset-load-error.ts';
import { joinBytes } from './join-bytes.ts';
import { fetchDatasetBody, type BodyProgress } from './fetch-dataset-body.ts';
import { DEFAULT_LIMITS, type TransportLimits } from './transport-deadlines.ts';

const URL_ASKED = 'https://data.example/talks.json';
// Short deadlines keep the suite fast; what is tested is which deadline fires and how it is named.
const short: TransportLimits = { firstByteMs: 60, stallMs: 60, maxBytes: 1000 };

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** A fetch that answers with `response`, or hangs until aborted when given nothing. */
function serve(response?: () => Response) {
  const fake = vi.fn((_url: string, init?: RequestInit) => {
    if (response) return Promise.resolve(response());
    return new Promise<Response>((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  });
  vi.stubGlobal('fetch', fake);
  return fake;
}

/** A body stream that sends `chunks` one per read, then ends, fails with `error`, or (with 'hang') waits forever. */
function bodyOf(chunks: number[], then: 'end' | 'hang' | Error = 'end'): ReadableStream<Uint8Array> {
  const queue = [...chunks];
  return new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const size = queue.shift();
        if (size !== undefined) controller.enqueue(new Uint8Array(size).fill(65));
        else if (then === 'end') controller.close();
        else if (then instanceof Error) controller.error(then);
        else return new Promise<void>(() => undefined);
      },
    },
    { highWaterMark: 0 },
  );
}

function responseWith(body: BodyInit | null, init: ResponseInit = {}, url = URL_ASKED, redirected = false) {
  const response = new Response(body, init);
  Object.defineProperty(response, 'url', { value: url });
  Object.defineProperty(response, 'redirected', { value: redirected });
  return response;
}

async function failureOf(
  promise: Promise<unknown>,
): Promise<{ failure: DatasetLoadFailure; error: DatasetLoadError }> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof DatasetLoadError))
    throw new Error(`expected a DatasetLoadError, got ${String(error)}`);
  return { failure: error.failure, error };
}

/**
 * Reads a body of six chunks, all queued at once, while the page has a timer due; each look at the clock is
 * 20 ms later, so reading goes on past the slice a task may take. Says what happened first.
 */
async function readQueuedChunksBesideATimer(): Promise<{ order: string[]; size: number }> {
  let clock = 0;
  vi.spyOn(performance, 'now').mockImplementation(() => (clock += 20));
  serve(() => responseWith(bodyOf([1, 1, 1, 1, 1, 1])));
  const order: string[] = [];
  setTimeout(() => order.push('the page'), 0);
  const result = await fetchDatasetBody(URL_ASKED, { limits: short });
  order.push('the body read');
  return { order, size: result.body.size };
}

describe('fetchDatasetBody', () => {
  it('returns the bytes, the content type and the address they came from after a redirect', async () => {
    serve(() =>
      responseWith(
        bodyOf([3, 4]),
        { headers: { 'content-type': 'application/json' } },
        'https://cdn.example/t.json',
        true,
      ),
    );
    const result = await fetchDatasetBody(URL_ASKED, { limits: short });
    expect(result.body.size).toBe(7);
    expect(new TextDecoder().decode(joinBytes(result.body))).toBe('AAAAAAA');
    expect(result.contentType).toBe('application/json');
    expect(result.finalUrl).toBe('https://cdn.example/t.json');
    expect(result.redirected).toBe(true);
  });

  it('reports the bytes received against the announced size', async () => {
    serve(() => responseWith(bodyOf([100, 200, 50]), { headers: { 'content-length': '350' } }));
    const seen: BodyProgress[] = [];
    await fetchDatasetBody(URL_ASKED, { limits: short, onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([
      { received: 100, total: 350 },
      { received: 300, total: 350 },
      { received: 350, total: 350 },
    ]);
  });

  it('announces no size for a compressed body, whose Content-Length counts other bytes', async () => {
    serve(() =>
      responseWith(bodyOf([100]), { headers: { 'content-length': '20', 'content-encoding': 'gzip' } }),
    );
    const seen: BodyProgress[] = [];
    await fetchDatasetBody(URL_ASKED, { limits: short, onProgress: (p) => seen.push(p) });
    expect(seen).toEqual([{ received: 100, total: null }]);
  });

  it('gives up a server that never answers after the first-byte deadline, as no-answer', async () => {
    serve();
    const { failure } = await failureOf(
      fetchDatasetBody(URL_ASKED, { limits: { ...short, firstByteMs: 50 } }),
    );
    expect(failure).toEqual({ kind: 'no-answer', seconds: 0.1 });
  });

  it('gives up a body that stops arriving after the stall deadline, with the bytes received', async () => {
    serve(() => responseWith(bodyOf([120], 'hang'), { headers: { 'content-length': '900' } }));
    const { failure } = await failureOf(fetchDatasetBody(URL_ASKED, { limits: short }));
    expect(failure).toEqual({ kind: 'stalled', seconds: 0.1, received: 120, total: 900 });
  });

  it('lets a slow body through as long as bytes keep arriving', async () => {
    const drip = new ReadableStream<Uint8Array>({
      async pull(controller) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        controller.enqueue(new Uint8Array(10));
        if (++sent === 8) controller.close();
      },
    });
    let sent = 0;
    serve(() => responseWith(drip));
    // 8 pauses of 20 ms add up to more than the 60 ms stall deadline, but no single pause reaches it.
    const result = await fetchDatasetBody(URL_ASKED, { limits: short });
    expect(result.body.size).toBe(80);
    expect(joinBytes(result.body).byteLength).toBe(80);
  });

  it('lets the page have its turn while it reads chunks that were already waiting', async () => {
    vi.stubGlobal('document', { hidden: false });
    const { order, size } = await readQueuedChunksBesideATimer();
    // Without a break, every chunk (already queued) would be read in one task, before the page's timer.
    expect(order).toEqual(['the page', 'the body read']);
    expect(size).toBe(6);
  });

  it('reads on without a break in a hidden tab, whose timers may be held back to one a second', async () => {
    vi.stubGlobal('document', { hidden: true });
    const { order } = await readQueuedChunksBesideATimer();
    // The whole body was read in the task that started reading: the page's timer has not run yet.
    expect(order).toEqual(['the body read']);
  });

  it('reads on without a break in the dataset worker, which has no page to draw', async () => {
    vi.stubGlobal('document', undefined);
    const { order } = await readQueuedChunksBesideATimer();
    expect(order).toEqual(['the body read']);
  });

  it('resolves a relative address against the base it is given, and names it as asked in errors', async () => {
    const fake = vi.fn((_input: URL | string) => Promise.reject(new TypeError('Failed to fetch')));
    vi.stubGlobal('fetch', fake);
    const { error } = await failureOf(
      fetchDatasetBody('data/talks.json', {
        limits: short,
        base: 'https://news.example/graphics/parley/?x=1',
      }),
    );
    expect(String(fake.mock.calls[0]?.[0])).toBe('https://news.example/graphics/parley/data/talks.json');
    expect(error.url).toBe('data/talks.json');
  });

  it('names a connection lost mid-body as interrupted, with the browser’s words', async () => {
    serve(() =>
      responseWith(bodyOf([64], new TypeError('network error')), { headers: { 'content-length': '500' } }),
    );
    const { failure } = await failureOf(fetchDatasetBody(URL_ASKED, { limits: short }));
    expect(failure).toEqual({
      kind: 'interrupted',
      detail: 'network error',
      compressed: false,
      received: 64,
      total: 500,
    });
  });

  it('says an interrupted compressed body may have failed to unpack', async () => {
    serve(() =>
      responseWith(bodyOf([10], new TypeError('network error')), { headers: { 'content-encoding': 'br' } }),
    );
    const { failure } = await failureOf(fetchDatasetBody(URL_ASKED, { limits: short }));
    expect(failure).toMatchObject({ kind: 'interrupted', compressed: true, total: null });
  });

  it('refuses a body whose announced size is above the limit before reading it', async () => {
    serve(() => responseWith(bodyOf([10]), { headers: { 'content-length': '5000' } }));
    const { failure } = await failureOf(fetchDatasetBody(URL_ASKED, { limits: short }));
    expect(failure).toEqual({ kind: 'too-large', limitBytes: 1000, announced: 5000 });
  });

  it('stops reading a body that grows past the limit (a decompression bomb announces nothing)', async () => {
    serve(() => responseWith(bodyOf([600, 600, 600], 'hang')));
    const { failure } = await failureOf(fetchDatasetBody(URL_ASKED, { limits: short }));
    expect(failure).toEqual({ kind: 'too-large', limitBytes: 1000, announced: null });
  });

  it('names an HTTP error with the address that answered', async () => {
    serve(() =>
      responseWith(
        'down',
        { status: 503, statusText: 'Service Unavailable' },
        'https://b.example/x.json',
        true,
      ),
    );
    const { failure, error } = await failureOf(fetchDatasetBody(URL_ASKED, { limits: short }));
    expect(failure).toEqual({ kind: 'http', status: 503, statusText: 'Service Unavailable' });
    expect(error.url).toBe(URL_ASKED);
    expect(error.responseUrl).toBe('https://b.example/x.json');
  });

  it('names a request refused before any answer as a network failure', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    const { failure } = await failureOf(fetchDatasetBody(URL_ASKED, { limits: short }));
    expect(failure).toEqual({ kind: 'network', detail: 'Failed to fetch' });
  });

  it('passes the caller’s abort on as it is, not as a failure of the server', async () => {
    serve();
    const controller = new AbortController();
    const pending = fetchDatasetBody(URL_ASKED, { signal: controller.signal, limits: DEFAULT_LIMITS });
    controller.abort();
    await expect(pending).rejects.not.toBeInstanceOf(DatasetLoadError);
  });

  it('sends an Accept header for JSON and the caller’s URL', async () => {
    const fake = serve(() => responseWith('{}'));
    await fetchDatasetBody(URL_ASKED, { limits: short });
    expect(fake).toHaveBeenCalledWith(
      URL_ASKED,
      expect.objectContaining({ headers: { Accept: 'application/json' } }),
    );
  });
});
