import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { datedModel, type DatedModel } from '../domain/dataset-model.ts';
import { readFixture } from '../domain/fixtures/fixture-files.ts';
import type { Dataset } from '../domain/schema.ts';
import { parseDatasetText } from '../domain/validate-dataset.ts';
import bundledCheck from 'virtual:parley-bundled-check';
import { modelFromBuildCheck, type BuildCheck } from './build-check.ts';
import { BUNDLED_DATASET_PATH } from './bundled-dataset-path.ts';
import type { DatasetBytes } from './dataset-bytes.ts';
import { makeBuildCheck } from './make-build-check.ts';
import { encodeModel, encodeRounds } from './model-transfer.ts';

const DATA_FILES = ['russia-ukraine-talks.json', 'russia-ukraine-2025.json'];

const readData = (file: string) => readFileSync(new URL(`../../data/${file}`, import.meta.url));

/** The bytes as the worker holds them: in chunks, as they arrived (cut where a character may be split). */
function inChunks(bytes: Uint8Array, size = 4_099): DatasetBytes {
  const chunks: Uint8Array[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return { chunks, size: bytes.length };
}

/** Everything the worker sends the page for a model, as text: what must not depend on how it was read. */
function sent(model: DatedModel): string[] {
  return [...encodeRounds(model.dataset.rounds), ...encodeModel(model)].map((part) => part.text);
}

/** The model as the reading code makes it, from the validator's output. */
function readTheUsualWay(text: string): DatedModel {
  const validation = parseDatasetText(text);
  if (!validation.ok) throw new Error(validation.issues[0]?.message);
  return datedModel(validation.dataset);
}

async function checkOf(bytes: Uint8Array): Promise<BuildCheck> {
  const result = await makeBuildCheck(bytes);
  if (!result.ok) throw new Error(result.reason);
  return result.check;
}

afterEach(() => vi.unstubAllGlobals());

describe('the build check', () => {
  it('of the bundled dataset is the module the build makes (in tests, as the dev server would)', async () => {
    const bytes = readFileSync(new URL(`../../${BUNDLED_DATASET_PATH}`, import.meta.url));
    expect(bundledCheck).toEqual(await checkOf(bytes));
  });

  describe.each(DATA_FILES)('of data/%s', (file) => {
    const bytes = readData(file);
    const text = new TextDecoder().decode(bytes);

    it('gives the page exactly the model that reading the file gives', async () => {
      // The build can vouch for the file only if it is written as the validator gives it back (the schema's
      // key order, nothing left to a default): write its keys in the order of the published schema.
      const check = await checkOf(bytes);
      const model = await modelFromBuildCheck(check, inChunks(bytes));
      expect(model).not.toBeNull();
      expect(sent(model!)).toEqual(sent(readTheUsualWay(text)));
    });

    it('survives being written as JSON and read back, as the build writes it', async () => {
      const check = JSON.parse(JSON.stringify(await checkOf(bytes))) as unknown;
      const model = await modelFromBuildCheck(check, inChunks(bytes, 65_536));
      expect(model && sent(model)).toEqual(sent(readTheUsualWay(text)));
    });

    it('vouches for no other bytes, though they are a valid dataset too', async () => {
      const check = await checkOf(bytes);
      const changed = JSON.parse(text) as Dataset;
      changed.rounds[0]!.title = `${changed.rounds[0]!.title}.`;
      const changedText = JSON.stringify(changed);
      expect(parseDatasetText(changedText).ok).toBe(true);
      const changedBytes = new TextEncoder().encode(changedText);
      expect(await modelFromBuildCheck(check, inChunks(changedBytes))).toBeNull();
      // One byte of whitespace is enough.
      const spaced = new Uint8Array([...bytes, 0x20]);
      expect(await modelFromBuildCheck(check, inChunks(spaced))).toBeNull();
      // So is a letter in another case: the same size, told apart by the digest.
      const title = (JSON.parse(text) as Dataset).rounds[0]!.title;
      const recased = Uint8Array.from(bytes);
      const at = new TextEncoder().encode(text.slice(0, text.indexOf(`"${title}"`) + 1)).length;
      recased[at] = recased[at]! ^ 0x20;
      const recasedText = new TextDecoder().decode(recased);
      expect(recased.length).toBe(bytes.length);
      expect(recasedText).not.toBe(text);
      expect(parseDatasetText(recasedText).ok).toBe(true);
      expect(await modelFromBuildCheck(check, inChunks(recased))).toBeNull();
    });
  });

  describe('is not trusted when it is not one for these bytes', () => {
    const bytes = readData('russia-ukraine-2025.json');
    const use = (check: unknown) => modelFromBuildCheck(check, inChunks(bytes));

    it.each<[string, (check: BuildCheck) => unknown]>([
      ['another size', (check) => ({ ...check, size: check.size + 1 })],
      ['no size', ({ size: _, ...check }) => check],
      ['no digest', ({ sha256: _, ...check }) => check],
      ['no order', ({ order: _, ...check }) => check],
      ['a round left out of the order', (check) => ({ ...check, order: check.order.slice(1) })],
      [
        'a round named twice',
        (check) => ({ ...check, order: [check.order[0], ...check.order.slice(0, -1)] }),
      ],
      [
        'a position that is no round',
        (check) => ({
          ...check,
          order: check.order.map((entry, i) => (i === 0 ? [1.5, ...entry.slice(1)] : entry)),
        }),
      ],
      [
        'a position written as text',
        (check) => ({ ...check, order: check.order.map((entry) => [String(entry[0]), ...entry.slice(1)]) }),
      ],
      [
        'a date without words',
        (check) => ({ ...check, order: check.order.map((entry) => [...entry.slice(0, -1), null]) }),
      ],
      ['not an object', () => 'checked'],
      ['null', () => null],
    ])('%s', async (_, spoil) => {
      expect(await use(spoil(await checkOf(bytes)))).toBeNull();
      // The check unspoilt is used: the case above is refused for what was spoilt.
      expect(await use(await checkOf(bytes))).not.toBeNull();
    });

    it('nor where there is no Web Crypto to digest the bytes (a page not served over https)', async () => {
      const check = await checkOf(bytes);
      vi.stubGlobal('crypto', undefined);
      expect(await use(check)).toBeNull();
    });
  });

  describe('is not made for a file it cannot vouch for', () => {
    it('an invalid dataset, naming its first problem', async () => {
      const result = await makeBuildCheck(new TextEncoder().encode(readFixture('unknown-party.json')));
      expect(result.ok).toBe(false);
      const first = parseDatasetText(readFixture('unknown-party.json'));
      expect(!first.ok && first.issues[0]).toBeTruthy();
      expect(!result.ok && result.reason).toContain(!first.ok ? first.issues[0]!.path : '');
    });

    it('a dataset the validator gives back in another key order', async () => {
      const dataset = JSON.parse(readData('russia-ukraine-2025.json').toString('utf8')) as Dataset;
      const { title, ...rest } = dataset.meta;
      const reordered = { ...dataset, meta: { ...rest, title } };
      const result = await makeBuildCheck(new TextEncoder().encode(JSON.stringify(reordered)));
      expect(!result.ok && result.reason).toMatch(/otherwise than as written/);
      // The same data in the schema's order is vouched for.
      expect((await makeBuildCheck(new TextEncoder().encode(JSON.stringify(dataset)))).ok).toBe(true);
    });
  });
});
