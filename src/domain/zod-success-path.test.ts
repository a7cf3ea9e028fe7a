import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { readFixture, validSmall, withValueAt } from './fixtures/fixture-files.ts';
import { datasetSchema } from './schema.ts';
import { z } from './zod.ts';
import { compileSuccessPath, NOT_SURE } from './zod-success-path.ts';

// Hundreds of runs over real rounds take seconds when other work shares the machine.
vi.setConfig({ testTimeout: 60_000 });

type Path = (string | number)[];

const readData = (file: string): Record<string, unknown> =>
  JSON.parse(readFileSync(new URL(`../../data/${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;

const datasets: [string, Record<string, unknown>][] = [
  ['valid-small.json', validSmall() as Record<string, unknown>],
  ['valid-documents.json', JSON.parse(readFixture('valid-documents.json')) as Record<string, unknown>],
  ['russia-ukraine-2025.json', readData('russia-ukraine-2025.json')],
  ['russia-ukraine-talks.json', readData('russia-ukraine-talks.json')],
];

const collections = Object.keys(datasetSchema.shape);

function wholeSchema(key: string): z.ZodType {
  return datasetSchema.shape[key as keyof typeof datasetSchema.shape] as z.ZodType;
}

/** The schema validate-dataset.ts applies to one entry of a collection, or to the whole value. */
function entrySchema(key: string): z.ZodType {
  const whole = wholeSchema(key);
  return whole instanceof z.ZodArray ? (whole.element as z.ZodType) : whole;
}

/** Each entry of the dataset with the schema it is parsed by. */
function entries(data: Record<string, unknown>): [string, z.ZodType, unknown][] {
  return collections.flatMap((key): [string, z.ZodType, unknown][] => {
    const value = data[key];
    if (value === undefined) return [];
    const schema = entrySchema(key);
    return Array.isArray(value) && wholeSchema(key) instanceof z.ZodArray
      ? value.map((item) => [key, schema, item])
      : [[key, schema, value]];
  });
}

/** Zod's own verdict and output, and the success path's, for one input. */
function bothWays(schema: z.ZodType, input: unknown) {
  const fast = compileSuccessPath(schema);
  if (fast === null) throw new Error('the schema should compile');
  return { zod: schema.safeParse(input), fast: fast(input) };
}

/** What a caller of the fast path relies on: it vouches only for what zod accepts, with zod's very output. */
function expectSound(schema: z.ZodType, input: unknown): void {
  const { zod, fast } = bothWays(schema, input);
  if (fast === NOT_SURE) return;
  expect(zod.success).toBe(true);
  expect(fast).toStrictEqual(zod.data);
  // toStrictEqual ignores the order of keys, which a JSON export shows.
  expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
}

/** Every path into a JSON value, and beside each object's keys one it does not have. */
function mutationPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  const children: [string | number, unknown][] = Array.isArray(value)
    ? [...value.entries()]
    : Object.entries(value);
  const extra: Path[] = Array.isArray(value) ? [[...path, value.length]] : [[...path, 'unexpectedField']];
  return [path, ...extra, ...children.flatMap(([key, child]) => mutationPaths(child, [...path, key]))];
}

describe('compileSuccessPath', () => {
  it('understands every part of the dataset schema, so no collection silently falls back to zod alone', () => {
    for (const key of collections) {
      expect(compileSuccessPath(entrySchema(key)), key).not.toBeNull();
    }
  });

  it.each(datasets)('vouches for every entry of %s, with exactly the output zod gives', (_name, data) => {
    for (const [key, schema, entry] of entries(data)) {
      const { zod, fast } = bothWays(schema, entry);
      expect(zod.success, key).toBe(true);
      expect(fast, key).not.toBe(NOT_SURE);
      expect(fast, key).toStrictEqual(zod.data);
      expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
    }
  });

  it.each(datasets)(
    'never vouches for what zod refuses or changes, wherever junk lands in %s',
    (_n, data) => {
      const targets = entries(data);
      const text = fc.string({ maxLength: 6 });
      const junk = fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        // Text that trim changes, or empties.
        fc
          .tuple(fc.constantFrom(' ', '\n', '\t', ''), text, fc.constantFrom(' ', '\u00a0', ''))
          .map((p) => p.join('')),
        // A key removed.
        fc.constant(undefined),
      );
      fc.assert(
        fc.property(
          fc.nat({ max: targets.length - 1 }).chain((i) => {
            const [, schema, entry] = targets[i]!;
            return fc.tuple(
              fc.constant(schema),
              fc.constant(entry),
              fc.constantFrom(...mutationPaths(entry)),
              junk,
            );
          }),
          ([schema, entry, path, value]) =>
            expectSound(schema, path.length === 0 ? value : withValueAt(entry, path, value)),
        ),
        { numRuns: 400 },
      );
    },
  );

  it('gives up on any JavaScript value zod would refuse, and never throws, for every part of the schema', () => {
    const anything = fc.anything({ withNullPrototype: true, withSparseArray: true, withBoxedValues: true });
    fc.assert(
      fc.property(fc.constantFrom(...collections), anything, (key, value) =>
        expectSound(entrySchema(key), value),
      ),
      { numRuns: 1000 },
    );
  });

  it.each(datasets)('gives the schema’s key order however the keys of %s are ordered', (_name, data) => {
    const valueAt = (entry: unknown, path: Path) =>
      path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], entry);
    // Every object in every entry, with the schema its entry is parsed by.
    const objects = entries(data).flatMap(([, schema, entry]) =>
      mutationPaths(entry)
        .filter((path) => {
          const at = path.every((key) => key !== 'unexpectedField') ? valueAt(entry, path) : undefined;
          return typeof at === 'object' && at !== null && !Array.isArray(at);
        })
        .map((path) => ({ schema, entry, path })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...objects), fc.nat(), ({ schema, entry, path }, seed) => {
        // The object at `path` with its keys rotated by `seed`.
        const pairs = Object.entries(valueAt(entry, path) as object);
        const turn = seed % Math.max(pairs.length, 1);
        const rotated = Object.fromEntries([...pairs.slice(turn), ...pairs.slice(0, turn)]);
        expectSound(schema, path.length === 0 ? rotated : withValueAt(entry, path, rotated));
      }),
      { numRuns: 200 },
    );
  });

  it('trims text and drops unknown keys as zod does, keys in the schema’s order', () => {
    const schema = z.object({ a: z.string().trim().min(1), b: z.number().optional() });
    const { zod, fast } = bothWays(schema, { extra: 1, b: 2, a: '  x ' });
    expect(fast).toStrictEqual({ a: 'x', b: 2 });
    expect(JSON.stringify(fast)).toBe(JSON.stringify(zod.data));
  });

  it('gives back what it leaves as it is, and a copy in the schema’s order only where zod’s output differs', () => {
    const inner = z.object({ a: z.string().trim(), b: z.number().optional() });
    const outer = compileSuccessPath(z.object({ items: z.array(inner), tag: z.string() }))!;
    const untouched = { items: [{ a: 'x', b: 1 }, { a: 'y' }], tag: 't' };
    expect(outer(untouched)).toBe(untouched);

    const trimmed = { items: [{ a: 'x' }, { a: ' y ' }], tag: 't' };
    const output = outer(trimmed) as typeof trimmed;
    expect(output).not.toBe(trimmed);
    expect(output.items).not.toBe(trimmed.items);
    // Only what holds the trimmed text is copied; what precedes it is shared.
    expect(output.items[0]).toBe(trimmed.items[0]);
    expect(output).toStrictEqual({ items: [{ a: 'x' }, { a: 'y' }], tag: 't' });
    expect(trimmed.items[1]!.a).toBe(' y ');

    const object = compileSuccessPath(inner)!;
    // The same values, but keys out of the schema's order, an unknown key, or no prototype: zod's output is a
    // new plain object with the schema's keys in its order.
    for (const input of [
      { b: 1, a: 'x' },
      { a: 'x', extra: 1 },
      Object.assign(Object.create(null), { a: 'x' }),
    ]) {
      const copied = object(input);
      expect(copied).not.toBe(input);
      expect(JSON.stringify(copied)).toBe(JSON.stringify(inner.parse(input)));
    }
    // A key zod reads but for-in does not see (not enumerable), and one for-in sees but the object does not
    // own: one a polluted Object.prototype lends every object. Either way the output is a copy.
    const hidden = Object.defineProperty({}, 'a', { value: 'x', enumerable: false });
    expect(object(hidden)).not.toBe(hidden);
    expect(JSON.stringify(object(hidden))).toBe(JSON.stringify(inner.parse(hidden)));
    const lent = {};
    Object.defineProperty(Object.prototype, 'a', {
      value: 'x',
      enumerable: true,
      configurable: true,
      writable: true,
    });
    let answer: unknown;
    try {
      answer = object(lent);
    } finally {
      delete (Object.prototype as Record<string, unknown>).a;
    }
    // Zod reads the lent value as the object's: its output has `a` of its own.
    expect(answer).not.toBe(lent);
    expect(answer).toStrictEqual({ a: 'x' });
    const optionalItems = compileSuccessPath(z.array(z.string().optional()))!;
    // eslint-disable-next-line no-sparse-arrays
    const holey = ['a', , 'c'];
    expect(optionalItems(holey)).not.toBe(holey);
    expect(optionalItems(holey)).toStrictEqual(z.array(z.string().optional()).parse(holey));

    const record = compileSuccessPath(z.record(z.string(), z.string().trim()))!;
    const names = { a: 'x', b: 'y' };
    expect(record(names)).toBe(names);
    expect(record({ a: 'x', b: 'y ' })).toStrictEqual({ a: 'x', b: 'y' });
  });

  it('gives up on an unknown key of a strict object, a failed refinement, one that throws, and a present undefined', () => {
    const strict = compileSuccessPath(z.strictObject({ a: z.string() }))!;
    expect(strict({ a: 'x', b: 1 })).toBe(NOT_SURE);
    const refined = compileSuccessPath(z.object({ a: z.string() }).refine((v) => v.a !== 'no'))!;
    expect(refined({ a: 'no' })).toBe(NOT_SURE);
    expect(refined({ a: 'yes' })).toStrictEqual({ a: 'yes' });
    const throwing = compileSuccessPath(
      z.string().refine(() => {
        throw new Error('a bug in a refinement');
      }),
    )!;
    expect(throwing('x')).toBe(NOT_SURE);
    const optional = compileSuccessPath(z.object({ a: z.string().optional() }))!;
    expect(optional({})).toStrictEqual({});
    expect(optional({ a: undefined })).toBe(NOT_SURE);
  });

  it('gives up on record keys that would change or touch the prototype', () => {
    const record = compileSuccessPath(z.record(z.string().regex(/^[a-z]+$/), z.number()))!;
    expect(record({ ab: 1 })).toStrictEqual({ ab: 1 });
    expect(record({ AB: 1 })).toBe(NOT_SURE);
    expect(record(JSON.parse('{"__proto__": 1}'))).toBe(NOT_SURE);
  });

  it('refuses to compile a schema with a type or check it does not know, rather than guess', () => {
    const symbol = Symbol('key');
    const refused: [string, z.ZodType][] = [
      ['a union', z.union([z.string(), z.number()])],
      ['a url check', z.object({ link: z.string().url() })],
      ['a date', z.object({ at: z.date() })],
      ['a default', z.string().default('x')],
      // Schemas that are themselves checks: compiled as a plain string or number, they would skip the check.
      ['z.email()', z.object({ e: z.email() })],
      ['z.int()', z.object({ n: z.int() })],
      [
        'a check on an optional field',
        z.object({
          a: z
            .string()
            .optional()
            .refine((v) => v !== 'x'),
        }),
      ],
      [
        'a change on an optional field',
        z.object({
          a: z
            .string()
            .optional()
            .overwrite((v) => v?.toUpperCase()),
        }),
      ],
      ['exactOptional', z.array(z.string().exactOptional())],
      ['a symbol key', z.object({ [symbol]: z.string() })],
      // Zod counts code points: '😀' is two UTF-16 units but one character.
      ['a string minimum above one', z.string().min(2)],
    ];
    for (const [name, schema] of refused) expect(compileSuccessPath(schema), name).toBeNull();
  });

  it('leaves objects that are not plain (a Date, a Map, a class instance) to zod', () => {
    class Holder {
      a = 'x';
    }
    const record = compileSuccessPath(z.record(z.string(), z.string()))!;
    const object = compileSuccessPath(z.object({ a: z.string().optional() }))!;
    for (const input of [new Date(0), new Map(), new Holder()]) {
      expect(record(input)).toBe(NOT_SURE);
      expect(object(input)).toBe(NOT_SURE);
    }
    expect(record(Object.create(null))).toStrictEqual({});
  });

  it('takes an enum’s values as zod does, without a numeric enum’s reverse mapping', () => {
    enum Level {
      Low,
      High,
    }
    const level = compileSuccessPath(z.enum(Level))!;
    expect(level(Level.High)).toBe(Level.High);
    expect(level('High')).toBe(NOT_SURE);
    expect(z.enum(Level).safeParse('High').success).toBe(false);
  });
});
