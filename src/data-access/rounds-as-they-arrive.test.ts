import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFixture } from '../domain/fixtures/fixture-files.ts';
import type { Dataset, Round } from '../domain/schema.ts';
import { earlyRoundChecks, validateDataset } from '../domain/validate-dataset.ts';
import { AsciiJsonText } from './ascii-json-text.ts';
import { ROUNDS_PER_PART } from './model-transfer.ts';
import { datasetWithEarlyRounds, RoundsAsTheyArrive } from './rounds-as-they-arrive.ts';

const encode = (text: string) => new TextEncoder().encode(text);

/** `bytes` in `count` pieces of about the same length, as a download might deliver them. */
function inPieces(bytes: Uint8Array, count: number): Uint8Array[] {
  const size = Math.ceil(bytes.length / count);
  return Array.from({ length: Math.ceil(bytes.length / size) }, (_, k) =>
    bytes.subarray(k * size, (k + 1) * size),
  );
}

/**
 * Reads `written` as it would arrive in `pieces`, the validator's checks coming first; the rounds told are kept
 * light where `keepLight` says so.
 */
function readAsItArrives(written: string, { pieces = 40, keepLight = false } = {}) {
  const batches: { ids: string[]; texts: (string | undefined)[] }[] = [];
  let withdrawn = 0;
  const early = new RoundsAsTheyArrive({
    passed: (rounds, roundText) =>
      batches.push({ ids: rounds.map((round) => round.id), texts: rounds.map((_, k) => roundText?.(k)) }),
    withdrawn: () => (withdrawn += 1),
    keepLight,
  });
  early.checkWith(earlyRoundChecks());
  const text = new AsciiJsonText(early);
  const toldAfterPiece: number[] = [];
  for (const piece of inPieces(encode(written), pieces)) {
    text.add(piece);
    toldAfterPiece.push(batches.flatMap(({ ids }) => ids).length);
  }
  const result = early.result();
  const found = text.finish()!;
  return { batches, toldAfterPiece, withdrawn: () => withdrawn, result, found };
}

/** Reads `written` as it would arrive, with no validator's checks yet; records the ids told and withdrawals. */
function readWithoutChecks(written: string) {
  const told: string[] = [];
  const early = new RoundsAsTheyArrive({
    passed: (rounds) => told.push(...rounds.map((round) => round.id)),
    withdrawn: () => told.push('withdrawn'),
  });
  const text = new AsciiJsonText(early);
  for (const piece of inPieces(encode(written), 10)) text.add(piece);
  return { early, told };
}

// A valid dataset of more than a few batches, written as the validator gives it back (so that each round's
// text is the round as it is told).
const small = JSON.parse(readFixture('valid-small.json')) as Dataset;
const plain = small.rounds.find((round) => !round.related && !round.sessions)!;
const checked = validateDataset({
  ...small,
  rounds: [...small.rounds, ...Array.from({ length: 1_700 }, (_, i) => ({ ...plain, id: `copy-${i}` }))],
});
if (!checked.ok) throw new Error('the test dataset should be valid');
const dataset = checked.dataset;
const ids = dataset.rounds.map((round) => round.id);
/** The most rounds told while the bytes arrive: whole parts' worth. */
const wholeBatches = ids.length - (ids.length % ROUNDS_PER_PART);

describe('RoundsAsTheyArrive', () => {
  it('tells the rounds that pass as their bytes come, in order, a part’s worth at a time, each with its text', () => {
    const { batches, toldAfterPiece, result } = readAsItArrives(JSON.stringify(dataset));
    expect(batches.map(({ ids }) => ids.length)).toEqual(
      Array(wholeBatches / ROUNDS_PER_PART).fill(ROUNDS_PER_PART),
    );
    expect(batches.flatMap(({ ids }) => ids)).toEqual(ids.slice(0, wholeBatches));
    expect(batches.flatMap(({ texts }) => texts)).toEqual(
      dataset.rounds.slice(0, wholeBatches).map((round) => JSON.stringify(round)),
    );
    // While the bytes still came, not all at the end.
    expect(toldAfterPiece.at(-2)).toBeGreaterThan(0);
    expect(result!.told).toBe(wholeBatches);
    expect(result!.parsed).toEqual(dataset.rounds);
    expect(result!.checked).toEqual(dataset.rounds);
  });

  it('checks and tells what it parsed once the validator’s checks come', () => {
    const { early, told } = readWithoutChecks(JSON.stringify(dataset));
    expect(told).toEqual([]);
    early.checkWith(earlyRoundChecks());
    expect(told).toEqual(ids.slice(0, wholeBatches));
  });

  it('tells nothing once its result is taken: the reading after the last byte tells the rounds', () => {
    const { early, told } = readWithoutChecks(JSON.stringify(dataset));
    const result = early.result();
    early.checkWith(earlyRoundChecks());
    expect(told).toEqual([]);
    expect(result!.told).toBe(0);
    expect(result!.parsed).toEqual(dataset.rounds);
  });

  it('stops before a round the quick check is unsure of, and leaves it to zod', () => {
    const broken = structuredClone(dataset);
    const unsure = ROUNDS_PER_PART + 200;
    (broken.rounds[unsure] as { date: unknown }).date = 12;
    const { batches, result } = readAsItArrives(JSON.stringify(broken));
    expect(batches.flatMap(({ ids }) => ids)).toEqual(ids.slice(0, ROUNDS_PER_PART));
    expect(result!.checked[unsure]).toBeUndefined();
    expect(result!.checked[unsure + 1]).toEqual(broken.rounds[unsure + 1]);
  });

  it('tells none while a collection checked before the rounds fails, but still reads them', () => {
    const broken = structuredClone(dataset);
    (broken.meta as { updated: unknown }).updated = 12;
    const { batches, result } = readAsItArrives(JSON.stringify(broken));
    expect(batches).toEqual([]);
    expect(result!.checked).toEqual(dataset.rounds);
  });

  it('tells them where the collections checked before the rounds are written after them, as sorted keys are', () => {
    const { $schema, meta, parties, people, rounds, sources, topics, ...rest } = dataset;
    const sorted = { $schema, meta, parties, people, rounds, sources, topics, ...rest };
    const { batches, result } = readAsItArrives(JSON.stringify(sorted));
    expect(batches.flatMap(({ ids }) => ids)).toEqual(ids.slice(0, wholeBatches));
    expect(result!.parsed).toEqual(rounds);
  });

  it('tells a round the schema gives back changed without its text, and the others with theirs', () => {
    const written = structuredClone(dataset);
    const { id, ...rest } = written.rounds[1]!;
    written.rounds[1] = { ...rest, id };
    written.rounds[3]!.title = `${written.rounds[3]!.title} `;
    const { batches } = readAsItArrives(JSON.stringify(written));
    expect(batches.flatMap(({ texts }) => texts)).toEqual(
      written.rounds
        .slice(0, wholeBatches)
        .map((round, k) => (k === 1 || k === 3 ? undefined : JSON.stringify(round))),
    );
  });

  it('withdraws the rounds of a first rounds array once a second comes, which JSON.parse keeps', () => {
    const second = dataset.rounds.slice(0, 3);
    const written = `${JSON.stringify(dataset).slice(0, -1)},"rounds":${JSON.stringify(second)}}`;
    const { batches, withdrawn, result, found } = readAsItArrives(written);
    expect(batches.flatMap(({ ids }) => ids)).toEqual(ids.slice(0, wholeBatches));
    expect(withdrawn()).toBe(1);
    expect(result!.array).toBe(found.rounds);
    expect(result!.parsed).toEqual(second);
    expect(result!.told).toBe(0);
  });

  it('gives no result where a round does not parse, and withdraws what it told', () => {
    const written = JSON.stringify(dataset).replace(`"id":"copy-1600",`, `"id":"copy-1600" `);
    const { batches, result, withdrawn } = readAsItArrives(written);
    expect(batches.length).toBeGreaterThan(0);
    expect(result).toBeNull();
    expect(withdrawn()).toBe(1);
  });

  it('withdraws what it told and tells no more should telling fail, leaving the rounds to the later reading', () => {
    const events: string[] = [];
    const early = new RoundsAsTheyArrive({
      passed: () => {
        events.push('told');
        throw new Error('could not post');
      },
      withdrawn: () => events.push('withdrawn'),
    });
    early.checkWith(earlyRoundChecks());
    const text = new AsciiJsonText(early);
    for (const piece of inPieces(encode(JSON.stringify(dataset)), 10)) text.add(piece);
    expect(events).toEqual(['told', 'withdrawn']);
    const result = early.result();
    expect(result!.told).toBe(0);
    expect(result!.parsed).toEqual(dataset.rounds);
  });

  it('checks each round’s references as it comes, against the collections written before the rounds', () => {
    const { result } = readAsItArrives(JSON.stringify(dataset));
    const referenced = result!.referenced!;
    expect(referenced.count).toBe(ids.length);
    expect(referenced.rounds).toBe(result!.checked);
    expect([...referenced.targets.sources.ids.keys()]).toEqual(dataset.sources.map((source) => source.id));
  });

  it('stops checking references at a round that fails them or that the quick check is unsure of', () => {
    const failing = ROUNDS_PER_PART + 30;
    // Not structuredClone: the copies of a round share their participants, as the clone would.
    const broken = JSON.parse(JSON.stringify(dataset)) as Dataset;
    broken.rounds[failing]!.participants[0]!.party = 'nobody';
    const read = readAsItArrives(JSON.stringify(broken));
    expect(read.result!.referenced!.count).toBe(failing);
    // A reference is no schema matter: the rounds are still told, and the dataset refused after the last byte.
    expect(read.result!.told).toBe(wholeBatches);
    const unsure = ROUNDS_PER_PART + 7;
    (broken.rounds[unsure] as { date: unknown }).date = 12;
    expect(readAsItArrives(JSON.stringify(broken)).result!.referenced!.count).toBe(unsure);
  });

  it('counts the references of the rounds array JSON.parse keeps, not those of one before it', () => {
    const second = JSON.parse(JSON.stringify(dataset.rounds)) as Round[];
    second[4]!.participants[0]!.party = 'nobody';
    const written = `${JSON.stringify(dataset).slice(0, -1)},"rounds":${JSON.stringify(second)}}`;
    expect(readAsItArrives(written).result!.referenced!.count).toBe(4);
  });

  it('checks references with nobody to tell, and once the validator comes after the rounds', () => {
    const early = new RoundsAsTheyArrive(undefined);
    const text = new AsciiJsonText(early);
    for (const piece of inPieces(encode(JSON.stringify(dataset)), 10)) text.add(piece);
    early.checkWith(earlyRoundChecks());
    expect(early.result()!.referenced!.count).toBe(ids.length);
  });

  it('checks no references where a collection the rounds refer to is written after them, as sorted keys are', () => {
    const { $schema, meta, parties, people, rounds, sources, topics, ...rest } = dataset;
    const sorted = { $schema, meta, parties, people, rounds, sources, topics, ...rest };
    expect(readAsItArrives(JSON.stringify(sorted)).result!.referenced).toBeNull();
  });

  describe('keeping the rounds told light (told-round.ts), as the dataset worker asks', () => {
    /** Which of the rounds read are kept light: they hold a round's participants only as a getter. */
    const light = (rounds: readonly unknown[]) =>
      rounds.map((round) => !Object.hasOwn(round as object, 'participants'));

    it('keeps light the rounds told whose references passed, the same object as read and as checked', () => {
      const { result } = readAsItArrives(JSON.stringify(dataset), { keepLight: true });
      const { parsed, checked } = result!;
      expect(light(checked)).toEqual(ids.map((_, r) => r < wholeBatches));
      expect(parsed.every((round, r) => round === checked[r])).toBe(true);
      // Their values are the rounds' own.
      expect(checked.map((round) => round!.participants)).toEqual(dataset.rounds.map((r) => r.participants));
      expect(checked.map((round) => round!.title)).toEqual(dataset.rounds.map((r) => r.title));
    });

    it('keeps whole the rounds told after one that failed its references, whose checks run after the last byte', () => {
      const failing = ROUNDS_PER_PART + 30;
      const broken = JSON.parse(JSON.stringify(dataset)) as Dataset;
      broken.rounds[failing]!.participants[0]!.party = 'nobody';
      const { result } = readAsItArrives(JSON.stringify(broken), { keepLight: true });
      expect(result!.told).toBe(wholeBatches);
      expect(light(result!.checked)).toEqual(ids.map((_, r) => r < failing));
    });

    it('keeps every round whole where the references are not checked as they come', () => {
      const { $schema, meta, parties, people, rounds, sources, topics, ...rest } = dataset;
      const sorted = { $schema, meta, parties, people, rounds, sources, topics, ...rest };
      const { result } = readAsItArrives(JSON.stringify(sorted), { keepLight: true });
      expect(result!.told).toBe(wholeBatches);
      expect(light(result!.checked)).not.toContain(true);
    });

    it('keeps whole a round told without its text, the schema having changed it', () => {
      // A round with a key the schema leaves out: its text is not the round the checks gave back.
      const changed = JSON.parse(JSON.stringify(dataset)) as Dataset;
      (changed.rounds[3] as Round & { extra?: number }).extra = 1;
      const { result } = readAsItArrives(JSON.stringify(changed), { keepLight: true });
      expect(light(result!.checked)).toEqual(ids.map((_, r) => r < wholeBatches && r !== 3));
    });

    it('keeps every round whole where the meta before the rounds lists more than one language', () => {
      const twoLanguages = { ...dataset, meta: { ...dataset.meta, languages: ['en', 'uk'] } };
      const { result } = readAsItArrives(JSON.stringify(twoLanguages), { keepLight: true });
      expect(result!.told).toBe(wholeBatches);
      expect(light(result!.checked)).not.toContain(true);
    });

    it('keeps every round whole unless asked', () => {
      const { result } = readAsItArrives(JSON.stringify(dataset));
      expect(light(result!.checked)).not.toContain(true);
    });
  });

  it('lets go of the rounds read when the reading after the last byte withdraws them', () => {
    const { result } = readAsItArrives(JSON.stringify(dataset));
    const { parsed, checked } = result!;
    result!.withdraw();
    expect([parsed.length, checked.length]).toEqual([0, 0]);
  });
});

describe('datasetWithEarlyRounds', () => {
  /** The dataset `written` makes from the rounds read as it arrived, or null. */
  function stitched(written: string, pieces = 7) {
    const { result, found } = readAsItArrives(written, { pieces });
    return result === null ? null : datasetWithEarlyRounds(found.slice, found.rounds, result);
  }

  it('is the value JSON.parse gives of the whole text, keys in the same order', () => {
    const element = fc.dictionary(fc.string({ unit: 'binary' }), fc.jsonValue({ stringUnit: 'binary' }));
    const other = fc.dictionary(
      fc.string({ unit: 'binary' }).filter((key) => key !== 'rounds'),
      fc.jsonValue({ stringUnit: 'binary' }),
    );
    fc.assert(
      fc.property(
        fc.array(element, { minLength: 1 }),
        other,
        other,
        fc.constantFrom(0, 1, 2, '\t'),
        fc.integer({ min: 1, max: 30 }),
        (rounds, head, tail, indent, pieces) => {
          const written = JSON.stringify({ ...head, rounds, ...tail }, null, indent);
          const value = stitched(written, pieces);
          expect(value).not.toBeNull();
          expect(JSON.stringify(value)).toBe(JSON.stringify(JSON.parse(written)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is null where there are no rounds to read: the whole text is read', () => {
    expect(stitched('{"meta": {}, "rounds": []}')).toBeNull();
    expect(stitched('{"meta": {}}')).toBeNull();
  });

  it.each([
    ['a value that is neither object nor array among the rounds', '{"rounds": [{"a": 1}, 2, {"b": 3}]}'],
    ['two commas between rounds', '{"rounds": [{"a": 1},, {"b": 3}]}'],
    ['no comma between rounds', '{"rounds": [{"a": 1} {"b": 3}]}'],
    ['a comma after the last round', '{"rounds": [{"a": 1}, {"b": 3},]}'],
    ['text around the rounds that does not parse', '{"rounds": [{"a": 1}], }'],
    ['a later rounds array with no object in it', '{"rounds": [{"a": 1}], "rounds": [1]}'],
  ])('is null for %s: the whole text is read instead', (_, written) => {
    expect(stitched(written, 3)).toBeNull();
  });

  it('gives the rounds read to the validator as the rounds of the dataset', () => {
    const written = JSON.stringify(dataset, null, 2);
    const value = stitched(written) as { rounds: Round[] };
    expect(value.rounds).toEqual(dataset.rounds);
    expect(validateDataset(value).ok).toBe(true);
  });
});
