import { afterEach, describe, expect, it, vi } from 'vitest';
import { startDatasetReader } from './parse-off-thread.ts';

/**
 * A stand-in dataset worker that never answers; `failToLoad` makes its error fire once, soon after creation.
 * It keeps what it was sent, and the buffers listed for transfer.
 */
function fakeWorker(failToLoad: boolean) {
  const created: { terminated: boolean; sent: { message: unknown; transfer: unknown[] }[] }[] = [];
  class FakeWorker {
    sent: { message: unknown; transfer: unknown[] }[] = [];
    onerror: ((event: { message: string }) => void) | null = null;
    onmessage: unknown = null;
    terminated = false;
    constructor() {
      created.push(this);
      if (failToLoad) setTimeout(() => this.onerror?.({ message: 'script not found (404)' }), 0);
    }
    postMessage(message: unknown, transfer: unknown[] = []) {
      this.sent.push({ message, transfer });
    }
    terminate() {
      this.terminated = true;
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return created;
}

const origin = { url: 'https://example.org/data.json', contentType: 'application/json' };
const eightBytes = () => ({ chunks: [new Uint8Array(8)], size: 8 });

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('startDatasetReader', () => {
  it('reports a worker that failed to load while the bytes were still downloading, when they arrive', async () => {
    const workers = fakeWorker(true);
    const reader = startDatasetReader();
    await new Promise((resolve) => setTimeout(resolve, 5)); // the download outlasts the failed script load
    await expect(reader.read(eightBytes(), origin, () => undefined)).rejects.toThrow(
      'the dataset worker failed to start: script not found (404)',
    );
    expect(workers[0]?.terminated).toBe(true);
  });

  it('rejects a read under way when the load is aborted, and stops the worker', async () => {
    const workers = fakeWorker(false);
    const controller = new AbortController();
    const reader = startDatasetReader(controller.signal);
    const reading = reader.read(eightBytes(), origin, () => undefined);
    controller.abort(new Error('the reader left'));
    await expect(reading).rejects.toThrow('the reader left');
    expect(workers[0]?.terminated).toBe(true);
  });

  it('sends the chunks as they arrived, each buffer transferred once, though two chunks share one', () => {
    const workers = fakeWorker(false);
    const shared = new ArrayBuffer(12);
    const chunks = [new Uint8Array(shared, 0, 4), new Uint8Array(shared, 4, 8), new Uint8Array(5)];
    void startDatasetReader().read({ chunks, size: 17 }, origin, () => undefined);
    const [sent] = workers[0]?.sent ?? [];
    expect(sent?.message).toEqual({ body: { chunks, size: 17 }, origin });
    expect(sent?.transfer).toEqual([shared, chunks[2]?.buffer]);
  });
});
