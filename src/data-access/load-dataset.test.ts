import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readFixture } from '../domain/fixtures/fixture-files.ts';
import type { Dataset } from '../domain/schema.ts';
import { workbookToCsv } from '../spreadsheet/csv-text.ts';
import { datasetToSheets } from '../spreadsheet/dataset-to-sheets.ts';
import example from '../spreadsheet/template-example.json';
import { bundledText } from '../test/bundled-dataset.ts';
import { recordingLoadEvents } from '../test/recording-load-events.ts';
import { BUNDLED_DATASET_PATH } from './bundled-dataset-path.ts';
import { parseDatasetText, validateDataset } from '../domain/validate-dataset.ts';
import { datedModel } from '../domain/dataset-model.ts';
import { RoundsAsTheyArrive } from './rounds-as-they-arrive.ts';
import { ROUNDS_PER_PART } from './model-transfer.ts';
import { loadDataset } from './load-dataset.ts';

const URL_ASKED = 'https://data.example/talks.json';

/** A fetch that answers `body` from `url` (redirected when it is not the one asked), and records its calls. */
function answer(body: string, init: ResponseInit = {}, url = URL_ASKED) {
  const fake = vi.fn((asked: URL | string) => {
    const response = new Response(body, init);
    Object.defineProperty(response, 'url', { value: url });
    Object.defineProperty(response, 'redirected', { value: url !== String(asked) });
    return Promise.resolve(response);
  });
  vi.stubGlobal('fetch', fake);
  return fake;
}

/** Answers `text` in five-byte pieces, cutting through its characters. */
function answerInPieces(text: string) {
  const bytes = new TextEncoder().encode(text);
  vi.stubGlobal('fetch', () => {
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 5) controller.enqueue(bytes.slice(at, at + 5));
        controller.close();
      },
    });
    return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
  });
}

afterEach(() => vi.unstubAllGlobals());

describe('loadDataset', () => {
  it('downloads, checks and dates a valid dataset, telling each step in order', async () => {
    const text = readFixture('valid-small.json');
    answer(text, { headers: { 'content-type': 'application/json' } });
    const { told, events } = recordingLoadEvents();
    const outcome = await loadDataset({ url: URL_ASKED }, events);
    const rounds = (JSON.parse(text) as { rounds: unknown[] }).rounds;
    expect(outcome.ok && outcome.model.rounds).toHaveLength(rounds.length);
    expect(told.filter((step, i) => step !== told[i - 1])).toEqual([
      'downloading',
      'downloaded',
      'reading',
      'checking',
      'rounds passed',
      'indexing',
    ]);
  });

  describe('tells the rounds that passed the schema while it checks the rest', () => {
    const small = JSON.parse(readFixture('valid-small.json')) as Dataset;
    // More rounds than one progress step (2,000), each a copy of a fixture round under an id of its own.
    const plain = small.rounds.find((round) => !round.related && !round.sessions)!;
    const copies = Array.from({ length: 4_500 }, (_, i) => ({ ...plain, id: `copy-${i}` }));
    const large = { ...small, rounds: [...small.rounds, ...copies] };
    const ids = large.rounds.map((round) => round.id);

    // These are about the reading after the last byte: the validator's checks never reach the reading of the
    // rounds as their bytes arrive, which the last tests below are about.
    beforeEach(() => vi.spyOn(RoundsAsTheyArrive.prototype, 'checkWith').mockImplementation(() => undefined));
    afterEach(() => vi.restoreAllMocks());

    /** Loads `dataset`, recording each report and the ids of each batch of rounds told. */
    async function load(dataset: unknown) {
      answer(JSON.stringify(dataset), { headers: { 'content-type': 'application/json' } });
      const told: string[] = [];
      const batches: string[][] = [];
      const outcome = await loadDataset(
        { url: URL_ASKED },
        {
          downloading: () => undefined,
          downloaded: () => undefined,
          progress: ({ stage, done }) => told.push(`${stage} ${done}`),
          roundsPassed: (rounds) => {
            told.push(`rounds passed ${rounds.length}`);
            batches.push(rounds.map((round) => round.id));
          },
        },
      );
      return { outcome, told, batches };
    }

    it('in batches between the checking reports, every round once and in dataset order', async () => {
      const { outcome, told, batches } = await load(large);
      expect(outcome.ok).toBe(true);
      expect(batches.flat()).toEqual(ids);
      // Each batch follows the report of the rounds it completes, and all come before indexing starts.
      const steps = told.filter((step) => !step.startsWith('reading'));
      const indexing = steps.findIndex((step) => step.startsWith('indexing'));
      expect(indexing).toBe(steps.length - 1);
      let checked = 0;
      for (const [i, step] of steps.slice(0, indexing).entries()) {
        if (!step.startsWith('rounds passed')) continue;
        const before = steps[i - 1]!;
        expect(before).toMatch(/^checking /);
        const done = Number(before.split(' ')[1]);
        expect(Number(step.split(' ')[2])).toBe(done - checked);
        checked = done;
      }
      expect(checked).toBe(ids.length);
      expect(batches.length).toBeGreaterThan(1);
    });

    /** Loads `body`, recording for each round told the text the load gives for it. */
    async function roundTexts(body: string) {
      answer(body, { headers: { 'content-type': 'application/json' } });
      const texts: (string | undefined)[] = [];
      const outcome = await loadDataset(
        { url: URL_ASKED },
        {
          ...recordingLoadEvents().events,
          roundsPassed: (rounds, roundText) => {
            for (const k of rounds.keys()) texts.push(roundText?.(k));
          },
        },
      );
      return { outcome, texts };
    }

    it('each with the text that writes it, where the schema gives it back just as written', async () => {
      const checked = validateDataset(large);
      if (!checked.ok) throw new Error('the test dataset should be valid');
      // Written as the validator gives it back, but for two rounds: one with its keys in another order, one
      // with a title the schema trims.
      const written = structuredClone(checked.dataset);
      const [first, second] = [written.rounds[1]!, written.rounds[3]!];
      const { id, ...rest } = first;
      written.rounds[1] = { ...rest, id };
      second.title = `${second.title} `;
      const { outcome, texts } = await roundTexts(JSON.stringify(written, null, 2));
      expect(outcome.ok).toBe(true);
      // A round of the indented file is its own JSON.stringify indented two levels further.
      const asIndented = written.rounds.map((round) =>
        JSON.stringify(round, null, 2).replaceAll('\n', '\n    '),
      );
      expect(texts).toEqual(asIndented.map((text, k) => (k === 1 || k === 3 ? undefined : text)));
    });

    it('never with the text of rounds JSON.parse does not keep (a key written twice, once escaped)', async () => {
      const checked = validateDataset(small);
      if (!checked.ok) throw new Error('the test dataset should be valid');
      const kept = JSON.stringify(checked.dataset.rounds);
      const dropped = JSON.stringify(checked.dataset.rounds.map((round) => ({ ...round, title: 12 })));
      const body = JSON.stringify(checked.dataset).replace(
        `"rounds":${kept}`,
        `"rounds":${dropped},"r\\u006funds":${kept}`,
      );
      expect((JSON.parse(body) as Dataset).rounds).toEqual(checked.dataset.rounds);
      const { outcome, texts } = await roundTexts(body);
      expect(outcome.ok).toBe(true);
      expect(texts).toEqual(checked.dataset.rounds.map((round) => JSON.stringify(round)));
    });

    it('no more once a round fails the schema, and the dataset is refused', async () => {
      const failing = 2_500;
      const broken = structuredClone(large);
      (broken.rounds[failing] as { date: unknown }).date = 12;
      const { outcome, told, batches } = await load(broken);
      expect(outcome.ok === false && outcome.failure.kind).toBe('invalid');
      // Told: the rounds checked by the last report before the failing round.
      const reported = told
        .filter((step) => step.startsWith('checking '))
        .map((step) => Number(step.slice(9)));
      const before = Math.max(...reported.filter((done) => done <= failing));
      expect(before).toBeGreaterThan(0);
      expect(batches.flat()).toEqual(ids.slice(0, before));
    });

    it('none for a dataset whose collections before the rounds fail their schema', async () => {
      const broken = structuredClone(large);
      (broken.meta as { updated: unknown }).updated = 12;
      const { outcome, batches } = await load(broken);
      expect(outcome.ok === false && outcome.failure.kind).toBe('invalid');
      expect(batches).toEqual([]);
    });

    it('all of them for a dataset whose references then fail: the outcome, not the rounds, says it is refused', async () => {
      const broken = structuredClone(large);
      broken.rounds.at(-1)!.participants[0]!.party = 'nobody';
      const { outcome, batches } = await load(broken);
      expect(outcome.ok === false && outcome.failure.kind).toBe('invalid');
      expect(batches.flat()).toEqual(ids);
    });

    describe('from while the bytes arrive, once the validator has come', () => {
      /**
       * Answers `body` in pieces of a kilobyte, the first once the validator's checks have reached the reading:
       * the rounds are then read as their bytes arrive.
       */
      function answerOnceChecksCame(body: string) {
        const checksCame = vi.spyOn(RoundsAsTheyArrive.prototype, 'checkWith');
        const bytes = new TextEncoder().encode(body);
        let at = 0;
        const stream = () =>
          new ReadableStream<Uint8Array>({
            async pull(controller) {
              if (at === 0) {
                await vi.waitFor(() => expect(checksCame).toHaveBeenCalled(), { timeout: 10_000 });
              }
              if (at >= bytes.length) return controller.close();
              controller.enqueue(bytes.slice(at, at + 1_000));
              at += 1_000;
            },
          });
        vi.stubGlobal('fetch', () =>
          Promise.resolve(new Response(stream(), { headers: { 'content-type': 'application/json' } })),
        );
      }

      /** Loads `body` so, recording each report and the ids of the rounds told, in order. */
      async function loadAsItArrives(body: string) {
        answerOnceChecksCame(body);
        const told: string[] = [];
        const outcome = await loadDataset(
          { url: URL_ASKED },
          {
            downloading: () => undefined,
            downloaded: () => told.push('downloaded'),
            progress: ({ stage }) => told.push(stage),
            roundsPassed: (rounds) => told.push(...rounds.map((round) => `round ${round.id}`)),
            roundsWithdrawn: () => told.push('withdrawn'),
          },
        );
        return { outcome, told };
      }

      beforeEach(() => vi.restoreAllMocks());

      /** The outcome of a load refusing `dataset`, with the problems a reading of its whole text finds. */
      function refusalOfWholeReading(dataset: unknown) {
        const whole = parseDatasetText(JSON.stringify(dataset));
        if (whole.ok) throw new Error('the test dataset should be invalid');
        return {
          ok: false,
          failure: { kind: 'invalid', issues: whole.issues, problemCount: whole.problemCount },
        };
      }

      it('tells rounds before the last byte, every round once, and gives the model a whole reading gives', async () => {
        const { outcome, told } = await loadAsItArrives(JSON.stringify(large, null, 1));
        const roundsTold = told.filter((step) => step.startsWith('round '));
        expect(roundsTold).toEqual(ids.map((id) => `round ${id}`));
        expect(told.indexOf('downloaded')).toBeGreaterThan(0);
        expect(told.slice(0, told.indexOf('downloaded'))).toEqual(
          roundsTold.slice(0, told.indexOf('downloaded')),
        );
        const whole = validateDataset(large);
        if (!whole.ok) throw new Error('the test dataset should be valid');
        expect(outcome).toEqual({ ok: true, model: datedModel(whole.dataset) });
      });

      it('refuses a dataset whose references fail after its rounds were told, with the problems a whole reading finds', async () => {
        const broken = structuredClone(large);
        broken.rounds.at(-1)!.participants[0]!.party = 'nobody';
        const { outcome, told } = await loadAsItArrives(JSON.stringify(broken));
        expect(told.indexOf('round copy-0')).toBeGreaterThan(-1);
        expect(told.indexOf('round copy-0')).toBeLessThan(told.indexOf('downloaded'));
        expect(outcome).toEqual(refusalOfWholeReading(broken));
      });

      it('checks the references again where a collection they were checked against is written again after the rounds', async () => {
        // JSON.parse keeps the last people: one of them now belongs to another party than in the delegations.
        const people = structuredClone(large.people);
        people[1]!.party = people[0]!.party;
        const body = `${JSON.stringify(large).slice(0, -1)},"people":${JSON.stringify(people)}}`;
        const { outcome } = await loadAsItArrives(body);
        expect(outcome).toEqual(refusalOfWholeReading(JSON.parse(body)));
        const again = `${JSON.stringify(large).slice(0, -1)},"people":${JSON.stringify(large.people)}}`;
        const whole = validateDataset(JSON.parse(again));
        if (!whole.ok) throw new Error('the test dataset should be valid');
        expect(await loadAsItArrives(again).then(({ outcome }) => outcome)).toEqual({
          ok: true,
          model: datedModel(whole.dataset),
        });
      });

      it('tells no round from one that fails the schema on, and refuses with the problems a whole reading finds', async () => {
        const failing = ROUNDS_PER_PART * 2 + 100;
        const broken = structuredClone(large);
        (broken.rounds[failing] as { date: unknown }).date = 12;
        const { outcome, told } = await loadAsItArrives(JSON.stringify(broken));
        const roundsTold = told.filter((step) => step.startsWith('round '));
        expect(roundsTold).toEqual(ids.slice(0, ROUNDS_PER_PART * 2).map((id) => `round ${id}`));
        expect(told.indexOf(roundsTold.at(-1)!)).toBeLessThan(told.indexOf('downloaded'));
        expect(outcome).toEqual(refusalOfWholeReading(broken));
      });

      it('withdraws the rounds of an array JSON.parse does not keep, then tells those it keeps', async () => {
        const body = `${JSON.stringify(large).slice(0, -1)},"rounds":${JSON.stringify(small.rounds)}}`;
        const { outcome, told } = await loadAsItArrives(body);
        expect(told.indexOf('round copy-0')).toBeGreaterThan(-1);
        const withdrawn = told.lastIndexOf('withdrawn');
        expect(withdrawn).toBeGreaterThan(told.indexOf('round copy-0'));
        expect(told.slice(withdrawn).filter((step) => step.startsWith('round '))).toEqual(
          small.rounds.map((round) => `round ${round.id}`),
        );
        expect(outcome.ok && outcome.model.dataset.rounds.map((round) => round.id)).toEqual(
          small.rounds.map((round) => round.id),
        );
      });

      it('withdraws the rounds told before a round whose text does not parse, and words the error from the text', async () => {
        const body = JSON.stringify(large).replace('"id":"copy-4000",', '"id":"copy-4000" ');
        const { outcome, told } = await loadAsItArrives(body);
        expect(told.indexOf('round copy-0')).toBeGreaterThan(-1);
        expect(told.indexOf('withdrawn')).toBeGreaterThan(told.indexOf('round copy-0'));
        expect(told.filter((step) => step.startsWith('round ')).length).toBeLessThan(ids.length);
        const whole = parseDatasetText(body);
        expect(outcome).toEqual({
          ok: false,
          failure: { kind: 'not-json', detail: !whole.ok && whole.issues[0]!.message },
        });
      });

      it('withdraws the rounds told of a text that turns out not to be JSON, and words the error from it', async () => {
        const body = `${JSON.stringify(large)} x`;
        const { outcome, told } = await loadAsItArrives(body);
        expect(told.indexOf('round copy-0')).toBeGreaterThan(-1);
        expect(told).toContain('withdrawn');
        const whole = parseDatasetText(body);
        expect(outcome).toEqual({
          ok: false,
          failure: { kind: 'not-json', detail: !whole.ok && whole.issues[0]!.message },
        });
      });
    });
  });

  it('reads text that arrives in pieces, a character split between two of them', async () => {
    const dataset = JSON.parse(readFixture('valid-small.json')) as { rounds: { title: string }[] };
    dataset.rounds[0]!.title = 'Переговори в Стамбулі – 😀';
    const bytes = new TextEncoder().encode(`\uFEFF${JSON.stringify(dataset)}`);
    // Seven-byte pieces cut through the Cyrillic letters and the emoji alike.
    const pieces = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) =>
      bytes.slice(i * 7, i * 7 + 7),
    );
    vi.stubGlobal('fetch', () => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const piece of pieces) controller.enqueue(piece);
          controller.close();
        },
      });
      return Promise.resolve(new Response(body, { headers: { 'content-type': 'application/json' } }));
    });
    const outcome = await loadDataset({ url: URL_ASKED }, recordingLoadEvents().events);
    const titles = outcome.ok ? outcome.model.dataset.rounds.map((round) => round.title) : [];
    expect(titles).toEqual(dataset.rounds.map((round) => round.title));
  });

  it('refuses JSON nested too deep that arrives in pieces, naming where', async () => {
    // A byte-order mark, which the decoder drops, and brackets inside a string, which do not count.
    answerInPieces(`\uFEFF{"meta": "[[[[", "rounds": ${'['.repeat(70)}`);
    const outcome = await loadDataset({ url: URL_ASKED }, recordingLoadEvents().events);
    // The run starts at column 28 (the mark is not a column) and its 64th bracket opens level 65.
    expect(outcome).toMatchObject({
      ok: false,
      failure: { issues: [{ message: 'nested more than 64 levels deep at line 1, column 91' }] },
    });
  });

  describe('words a body it read in ASCII escapes by the text as written', () => {
    it('a syntax error: its column counts the characters, not their escapes', async () => {
      // Escaped, the "2 3" stands at column 74 of the line.
      answerInPieces('{"meta": "Київ – 😀", "rounds": [1, 2 3]}');
      const outcome = await loadDataset({ url: URL_ASKED }, recordingLoadEvents().events);
      expect(outcome).toMatchObject({
        ok: false,
        failure: { kind: 'not-json', detail: expect.stringMatching(/ at line 1, column 39$/) as unknown },
      });
    });

    it('nesting too deep', async () => {
      // The run of brackets starts at column 33; its 64th bracket opens level 65.
      // Balanced, so that the escaped text would parse if the nesting went unchecked.
      answerInPieces(`{"meta": "Київ – 😀", "rounds": ${'['.repeat(70)}${']'.repeat(70)}}`);
      const outcome = await loadDataset({ url: URL_ASKED }, recordingLoadEvents().events);
      expect(outcome).toMatchObject({
        ok: false,
        failure: { issues: [{ message: 'nested more than 64 levels deep at line 1, column 96' }] },
      });
    });
  });

  it('reads a body recognised as a spreadsheet from its bytes: the template as CSV gives its dataset', async () => {
    const sheets = datasetToSheets(example as Dataset);
    answer(workbookToCsv(sheets), { headers: { 'content-type': 'text/csv' } });
    const told: string[] = [];
    const events = {
      ...recordingLoadEvents().events,
      roundsPassed: (rounds: readonly { id: string }[]) => {
        told.push(...rounds.map((round) => round.id));
      },
    };
    const outcome = await loadDataset({ url: URL_ASKED }, events);
    const ids = outcome.ok ? outcome.model.dataset.rounds.map((round) => round.id) : [];
    expect(ids).toEqual(example.rounds.map((round) => round.id));
    // A spreadsheet's rounds are told once it is known to be valid: the worker sends them only then.
    expect(told).toEqual(ids);
  });

  it('names an HTML page where data was expected as not found', async () => {
    answer('<!doctype html><title>App</title>', { headers: { 'content-type': 'text/html' } });
    const outcome = await loadDataset({ url: URL_ASKED }, recordingLoadEvents().events);
    expect(outcome).toEqual({ ok: false, failure: { kind: 'not-found' }, responseUrl: URL_ASKED });
  });

  it('names where an HTML page came from after a redirect, and tells the source first', async () => {
    answer('<!DOCTYPE html><p>Welcome</p>', {}, 'https://portal.example/');
    const { told, events } = recordingLoadEvents();
    const outcome = await loadDataset({ url: URL_ASKED }, events);
    expect(outcome).toEqual({
      ok: false,
      failure: { kind: 'not-found' },
      responseUrl: 'https://portal.example/',
    });
    expect(told).toContain('downloaded');
  });

  it('resolves a relative address against the base it is given (the page’s, from the worker)', async () => {
    const fake = answer('not json');
    await loadDataset(
      { url: 'data/talks.json', base: 'https://news.example/parley/' },
      recordingLoadEvents().events,
    );
    expect(String(fake.mock.calls[0]?.[0])).toBe('https://news.example/parley/data/talks.json');
  });

  it('answers a failed download with its cause and the address that answered', async () => {
    answer('gone', { status: 410, statusText: 'Gone' }, 'https://mirror.example/talks.json');
    const outcome = await loadDataset({ url: URL_ASKED }, recordingLoadEvents().events);
    expect(outcome).toEqual({
      ok: false,
      failure: { kind: 'http', status: 410, statusText: 'Gone' },
      responseUrl: 'https://mirror.example/talks.json',
    });
  });

  it('answers an invalid dataset with its problems', async () => {
    answer('{"rounds": 3}', { headers: { 'content-type': 'application/json' } });
    const outcome = await loadDataset({ url: URL_ASKED }, recordingLoadEvents().events);
    expect(outcome.ok === false && outcome.failure.kind).toBe('invalid');
  });

  it('passes an abort on as it is', async () => {
    vi.stubGlobal('fetch', (_url: string, init: RequestInit) =>
      Promise.reject(init.signal?.reason instanceof Error ? init.signal.reason : new Error('no reason')),
    );
    const controller = new AbortController();
    controller.abort(new Error('the reader left'));
    await expect(
      loadDataset({ url: URL_ASKED }, recordingLoadEvents().events, controller.signal),
    ).rejects.toThrow('the reader left');
  });

  it('reads the bundled dataset as any other: its checked bytes never come here (load-bundled-on-page.ts)', async () => {
    const text = bundledText();
    vi.stubGlobal('fetch', () =>
      Promise.resolve(new Response(text, { headers: { 'content-type': 'application/json' } })),
    );
    const { told, events } = recordingLoadEvents();
    const outcome = await loadDataset(
      { url: BUNDLED_DATASET_PATH, base: 'https://news.example/parley/' },
      events,
    );
    expect(outcome.ok && outcome.model.dataset).toEqual(JSON.parse(text));
    expect(told).toContain('checking');
  });
});
