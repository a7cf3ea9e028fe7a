import { afterEach, describe, expect, it, vi } from 'vitest';
import { requestFromWorkerName, type DatasetWorkerMessage } from './dataset-worker-protocol.ts';
import type { LoadEvents } from './load-dataset.ts';
import { loadOffThread } from './load-off-thread.ts';
import { encodeModel, encodeRounds, type ModelPart } from './model-transfer.ts';
import { datedModel } from '../domain/dataset-model.ts';
import { withFilterIndex } from '../domain/with-filter-index.ts';
import { readFixture } from '../domain/fixtures/fixture-files.ts';
import { parseDatasetText } from '../domain/validate-dataset.ts';

/**
 * A stand-in dataset worker; `failToLoad` makes its error fire once, soon after creation. It keeps the name it
 * was given and anything it was sent, and `answer` plays messages from the worker to the page.
 */
function fakeWorker(failToLoad = false) {
  const created: FakeWorker[] = [];
  class FakeWorker {
    readonly name: string;
    sent: unknown[] = [];
    onerror: ((event: { message: string }) => void) | null = null;
    onmessage: ((event: { data: DatasetWorkerMessage }) => void) | null = null;
    terminated = false;
    constructor(_url: URL, options?: { name?: string }) {
      this.name = options?.name ?? '';
      created.push(this);
      if (failToLoad) setTimeout(() => this.onerror?.({ message: 'script not found (404)' }), 0);
    }
    postMessage(message: unknown) {
      this.sent.push(message);
    }
    terminate() {
      this.terminated = true;
    }
    answer(...messages: DatasetWorkerMessage[]) {
      for (const data of messages) this.onmessage?.({ data });
    }
  }
  vi.stubGlobal('Worker', FakeWorker);
  return created;
}

const request = { url: 'data/talks.json', base: 'https://news.example/graphics/' };

/** Events that record what they were told, in order. */
function recordingEvents() {
  const told: [string, unknown][] = [];
  const events: LoadEvents = {
    downloading: (progress) => told.push(['downloading', progress]),
    downloaded: (source, arrivedAt) => told.push(['downloaded', { source, arrivedAt }]),
    progress: (progress) => told.push(['progress', progress]),
  };
  return { told, events };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadOffThread', () => {
  it('names the dataset by address and base in the worker’s name, and passes its reports on in order', async () => {
    const workers = fakeWorker();
    const { told, events } = recordingEvents();
    const loading = loadOffThread(request, events);
    const worker = workers[0]!;
    // In the name, the worker has the request as its script starts; nothing waits for a message.
    expect(requestFromWorkerName(worker.name)).toEqual(request);
    expect(worker.sent).toEqual([]);

    const checked = parseDatasetText(readFixture('valid-small.json'));
    if (!checked.ok) throw new Error('the fixture is meant to be valid');
    const model = datedModel(checked.dataset);
    const source = { finalUrl: 'https://news.example/graphics/data/talks.json', redirected: false };
    worker.answer(
      { type: 'downloading', progress: { received: 10, total: 20 } },
      { type: 'downloaded', source, arrivedAt: 1_765_000_000_000 },
      { type: 'progress', progress: { stage: 'checking', done: 0, total: model.rounds.length } },
      ...[...encodeRounds(checked.dataset.rounds), ...encodeModel(model)].map(
        (part): DatasetWorkerMessage => ({ type: 'model-part', part }),
      ),
      { type: 'model-end' },
    );
    const outcome = await loading;
    expect(told.map(([kind]) => kind)).toEqual(['downloading', 'downloaded', 'progress']);
    expect(told[1]?.[1]).toEqual({ source, arrivedAt: 1_765_000_000_000 });
    expect(outcome.ok && outcome.model.rounds.map(({ round }) => round.id)).toEqual(
      model.rounds.map(({ round }) => round.id),
    );
    // The worker sends no index; the page makes it, counts included.
    expect(outcome.ok && outcome.model.index).toEqual(withFilterIndex(model).index);
    expect(worker.terminated).toBe(true);
  });

  it('passes reports on at once while the decoder’s chunk comes, and holds the parts for it, in order', async () => {
    const workers = fakeWorker();
    const { told, events } = recordingEvents();
    const loading = loadOffThread(request, events);
    const checked = parseDatasetText(readFixture('valid-small.json'));
    if (!checked.ok) throw new Error('the fixture is meant to be valid');
    const model = datedModel(checked.dataset);
    const parts = [...encodeRounds(checked.dataset.rounds), ...encodeModel(model)].map(
      (part): DatasetWorkerMessage => ({ type: 'model-part', part }),
    );
    // Before the chunk has come (nothing has been awaited yet): the parts wait, the report does not.
    workers[0]!.answer(parts[0]!, { type: 'downloading', progress: { received: 1, total: 2 } });
    expect(told.map(([kind]) => kind)).toEqual(['downloading']);
    // Once it has come, the rest is taken as it arrives.
    await vi.dynamicImportSettled();
    workers[0]!.answer(...parts.slice(1), { type: 'model-end' });
    const outcome = await loading;
    expect(outcome.ok && outcome.model.rounds).toEqual(model.rounds);
  });

  it('drops the rounds the worker withdraws before it sends them again', async () => {
    const workers = fakeWorker();
    const loading = loadOffThread(request, recordingEvents().events);
    const checked = parseDatasetText(readFixture('valid-small.json'));
    if (!checked.ok) throw new Error('the fixture is meant to be valid');
    const model = datedModel(checked.dataset);
    const asParts = (parts: Iterable<ModelPart>) =>
      [...parts].map((part): DatasetWorkerMessage => ({ type: 'model-part', part }));
    workers[0]!.answer(
      ...asParts(encodeRounds(checked.dataset.rounds.slice(0, 2))),
      { type: 'rounds-withdrawn' },
      ...asParts([...encodeRounds(checked.dataset.rounds), ...encodeModel(model)]),
      { type: 'model-end' },
    );
    const outcome = await loading;
    expect(outcome.ok && outcome.model.dataset.rounds).toEqual(checked.dataset.rounds);
  });

  it('answers with the failure the worker names, and the address that answered', async () => {
    const workers = fakeWorker();
    const loading = loadOffThread(request, recordingEvents().events);
    const failure = { kind: 'http', status: 404, statusText: 'Not Found' } as const;
    workers[0]!.answer({
      type: 'failure',
      outcome: { ok: false, failure, responseUrl: 'https://b.example/x' },
    });
    await expect(loading).resolves.toEqual({ ok: false, failure, responseUrl: 'https://b.example/x' });
  });

  it('rejects with the worker’s own words when its code crashed', async () => {
    const workers = fakeWorker();
    const loading = loadOffThread(request, recordingEvents().events);
    workers[0]!.answer({ type: 'crash', message: 'out of memory' });
    await expect(loading).rejects.toThrow('the dataset could not be read: out of memory');
  });

  it('rejects when the worker fails to start, and stops it', async () => {
    const workers = fakeWorker(true);
    await expect(loadOffThread(request, recordingEvents().events)).rejects.toThrow(
      'the dataset worker failed to start: script not found (404)',
    );
    expect(workers[0]?.terminated).toBe(true);
  });

  it('rejects a load under way when it is aborted, and stops the worker', async () => {
    const workers = fakeWorker();
    const controller = new AbortController();
    const loading = loadOffThread(request, recordingEvents().events, controller.signal);
    controller.abort(new Error('the reader left'));
    await expect(loading).rejects.toThrow('the reader left');
    expect(workers[0]?.terminated).toBe(true);
  });

  it('starts no worker for a load aborted before it began', async () => {
    const workers = fakeWorker();
    const controller = new AbortController();
    controller.abort(new Error('gone already'));
    await expect(loadOffThread(request, recordingEvents().events, controller.signal)).rejects.toThrow(
      'gone already',
    );
    expect(workers).toEqual([]);
  });

  // Last: the others take the decoder's chunk as it is.
  it('rejects, naming the dataset reader, when the decoder’s chunk fails to load, and stops the worker', async () => {
    vi.doMock('./model-transfer.ts', () => {
      throw new Error('chunk gone after a redeploy');
    });
    try {
      const workers = fakeWorker();
      await expect(loadOffThread(request, recordingEvents().events)).rejects.toThrow(
        'the dataset reader failed to load',
      );
      expect(workers[0]?.terminated).toBe(true);
    } finally {
      vi.doUnmock('./model-transfer.ts');
    }
  });
});
