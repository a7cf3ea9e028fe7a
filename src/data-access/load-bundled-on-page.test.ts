import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../domain/schema.ts';
import { bundledText } from '../test/bundled-dataset.ts';
import { recordingLoadEvents } from '../test/recording-load-events.ts';
import { BUNDLED_DATASET_PATH } from './bundled-dataset-path.ts';
import { loadBundledOnPage } from './load-bundled-on-page.ts';
import { loadInThisThread } from './load-in-this-thread.ts';

const base = 'https://news.example/parley/';
const request = { url: BUNDLED_DATASET_PATH, base };
const text = bundledText();

/** Serves `body` to every request and records what was asked and how much of the body was read. */
function serve(body: string, init: ResponseInit = { headers: { 'content-type': 'application/json' } }) {
  const bytes = new TextEncoder().encode(body);
  const served = { requests: 0, bytesPulled: 0, cancelled: false };
  vi.stubGlobal('fetch', () => {
    served.requests += 1;
    let at = 0;
    // Pulled a kilobyte at a time, so a reader that stops early leaves the rest unread.
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (at >= bytes.length) return controller.close();
        const chunk = bytes.slice(at, at + 1024);
        at += chunk.length;
        served.bytesPulled = at;
        controller.enqueue(chunk);
      },
      cancel() {
        served.cancelled = true;
      },
    });
    return Promise.resolve(new Response(stream, init));
  });
  return served;
}

/** The bundled file with its first round's title in capitals: the same size, other bytes. */
function sameSizeOtherBytes(): string {
  const { title } = (JSON.parse(text) as Dataset).rounds[0]!;
  return text.replace(title, title.toUpperCase());
}

afterEach(() => vi.unstubAllGlobals());

describe('loadBundledOnPage', () => {
  it('reads the checked bytes into the model the usual reading makes, telling the download and the indexing', async () => {
    serve(text);
    const { told, events } = recordingLoadEvents();
    const outcome = await loadBundledOnPage(request, events);
    serve(text);
    const usual = await loadInThisThread(request, recordingLoadEvents().events);
    expect(outcome?.ok).toBe(true);
    expect(outcome).toEqual(usual);
    expect(told).toContain('downloading');
    expect(told.slice(told.indexOf('downloaded'))).toEqual(['downloaded', 'indexing']);
  });

  it('leaves bytes of the checked size but another digest to the worker', async () => {
    const other = sameSizeOtherBytes();
    expect(new TextEncoder().encode(other).length).toBe(new TextEncoder().encode(text).length);
    expect(other).not.toBe(text);
    serve(other);
    const { told, events } = recordingLoadEvents();
    expect(await loadBundledOnPage(request, events)).toBeNull();
    // Nothing is said to have arrived: the worker downloads and tells it.
    expect(told).not.toContain('downloaded');
  });

  it('stops downloading a longer file at the checked size, and leaves it to the worker', async () => {
    const served = serve(`${text}${' '.repeat(64 * 1024)}`);
    expect(await loadBundledOnPage(request, recordingLoadEvents().events)).toBeNull();
    const checkedSize = new TextEncoder().encode(text).length;
    expect(served.bytesPulled).toBeLessThan(checkedSize + 2 * 1024);
    expect(served.cancelled).toBe(true);
  });

  it('does not read a body announced longer than the checked file', async () => {
    const longer = `${text}\n`;
    const length = String(new TextEncoder().encode(longer).length);
    const served = serve(longer, {
      headers: { 'content-type': 'application/json', 'content-length': length },
    });
    expect(await loadBundledOnPage(request, recordingLoadEvents().events)).toBeNull();
    expect(served.bytesPulled).toBeLessThanOrEqual(1024);
  });

  it('leaves a shorter file to the worker', async () => {
    serve(text.trimEnd().slice(0, -1));
    expect(await loadBundledOnPage(request, recordingLoadEvents().events)).toBeNull();
  });

  it('answers a failed download as the load’s failure, naming where the answer came from', async () => {
    serve('Not found', { status: 404, statusText: 'Not Found' });
    const outcome = await loadBundledOnPage(request, recordingLoadEvents().events);
    expect(outcome?.ok === false && outcome.failure).toMatchObject({ kind: 'http', status: 404 });
  });

  it('downloads nothing where there is no Web Crypto to digest the bytes', async () => {
    vi.stubGlobal('crypto', undefined);
    const served = serve(text);
    expect(await loadBundledOnPage(request, recordingLoadEvents().events)).toBeNull();
    expect(served.requests).toBe(0);
  });

  it('downloads nothing where the build made no check', async () => {
    vi.resetModules();
    vi.doMock('virtual:parley-bundled-check', () => ({ default: null }));
    try {
      const { loadBundledOnPage: withoutCheck } = await import('./load-bundled-on-page.ts');
      const served = serve(text);
      expect(await withoutCheck(request, recordingLoadEvents().events)).toBeNull();
      expect(served.requests).toBe(0);
    } finally {
      vi.doUnmock('virtual:parley-bundled-check');
    }
  });

  it('passes on an abort that comes while the bytes download', async () => {
    vi.stubGlobal(
      'fetch',
      (_: unknown, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => reject(init.signal?.reason));
        }),
    );
    const controller = new AbortController();
    const load = loadBundledOnPage(request, recordingLoadEvents().events, controller.signal);
    controller.abort(new Error('the reader left'));
    await expect(load).rejects.toThrow('the reader left');
  });

  it('passes on an abort from before it starts', async () => {
    serve(text);
    const controller = new AbortController();
    controller.abort(new Error('the reader left'));
    await expect(loadBundledOnPage(request, recordingLoadEvents().events, controller.signal)).rejects.toThrow(
      'the reader left',
    );
  });
});
