import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import { readFixture, validSmall, withValueAt } from './fixtures/fixture-files.ts';
import { plainLanguage, toValidationIssue } from './readable-zod-issue.ts';
import { datasetSchema, type Dataset } from './schema.ts';
import {
  MAX_REPORTED_ISSUES,
  parseDatasetText,
  validateDataset,
  type DatasetValidation,
} from './validate-dataset.ts';
import { formatPath } from './validation-issue.ts';

type Path = (string | number)[];

function expectWellFormed(result: DatasetValidation): void {
  if (result.ok) {
    expect(Object.values(result.summary).every(Number.isInteger)).toBe(true);
    return;
  }
  expect(result.issues.length).toBeGreaterThan(0);
  expect(result.issues.length).toBeLessThanOrEqual(MAX_REPORTED_ISSUES + 1);
  expect(result.problemCount).toBeGreaterThanOrEqual(Math.min(result.issues.length, MAX_REPORTED_ISSUES));
  for (const issue of result.issues) {
    expect(typeof issue.path === 'string' && issue.path.length > 0).toBe(true);
    expect(typeof issue.message === 'string' && issue.message.length > 0).toBe(true);
  }
}

/** Every place the five kinds of reference live: participant party, delegate, outcome topic, source, related round. */
function referenceSlots(dataset: Dataset): Path[] {
  const slots: Path[] = [];
  const cite = (ids: readonly string[], path: Path) =>
    ids.forEach((_, i) => slots.push([...path, 'sources', i]));
  dataset.rounds.forEach((round, r) => {
    const at: Path = ['rounds', r];
    cite(round.sources, at);
    round.participants.forEach((participant, p) => {
      slots.push([...at, 'participants', p, 'party']);
      cite(participant.sources, [...at, 'participants', p]);
      participant.delegation?.forEach((_, d) =>
        slots.push([...at, 'participants', p, 'delegation', d, 'person']),
      );
    });
    round.outcomes.forEach((outcome, o) => {
      slots.push([...at, 'outcomes', o, 'topic']);
      cite(outcome.sources, [...at, 'outcomes', o]);
    });
    round.related?.forEach((_, k) => slots.push([...at, 'related', k, 'round']));
  });
  return slots;
}

/** Every path into a JSON value, containers included, for mutations anywhere. */
function allPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path];
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? [...value.entries()]
    : Object.entries(value);
  return [path, ...entries.flatMap(([key, child]) => allPaths(child, [...path, key]))];
}

function allIds(data: unknown): Set<string> {
  const ids = new Set<string>();
  JSON.stringify(data, (_key, value: unknown) => {
    if (typeof value === 'string') ids.add(value);
    return value;
  });
  return ids;
}

// Hundreds of runs over whole datasets take seconds, and longer when other work shares the machine; the
// default five-second limit would fail them for slowness, which these tests do not measure.
vi.setConfig({ testTimeout: 60_000 });

const datasets: [string, unknown][] = [
  ['valid-small.json', validSmall()],
  ['valid-documents.json', JSON.parse(readFixture('valid-documents.json'))],
  // The smaller of the two real datasets: mutating the larger one hundreds of times takes too long for a unit test.
  [
    'data/russia-ukraine-2025.json',
    JSON.parse(readFileSync(new URL('../../data/russia-ukraine-2025.json', import.meta.url), 'utf8')),
  ],
];

describe('validateDataset on arbitrary input', () => {
  it('never throws and always answers with a well-formed result for JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => expectWellFormed(validateDataset(value))),
      { numRuns: 2000 },
    );
  });

  it('never throws for any JavaScript value', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => expectWellFormed(validateDataset(value))),
      { numRuns: 1000 },
    );
  });

  it('never throws for text, JSON or not', () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
    );
    fc.assert(
      fc.property(text, (value) => expectWellFormed(parseDatasetText(value))),
      { numRuns: 1000 },
    );
  });

  it('never throws for dataset-shaped objects with junk inside', () => {
    const junk = fc.oneof(fc.jsonValue(), fc.array(fc.jsonValue(), { maxLength: 4 }));
    const shaped = fc.record({
      meta: junk,
      parties: junk,
      people: junk,
      topics: junk,
      sources: junk,
      rounds: junk,
    });
    fc.assert(
      fc.property(shaped, (value) => expectWellFormed(validateDataset(value))),
      { numRuns: 500 },
    );
  });
});

describe.each(datasets)('mutations of %s', (_name, data) => {
  const dataset = datasetSchema.parse(data);
  const slots = referenceSlots(dataset);
  const known = allIds(data);
  const freshId = fc.stringMatching(/^[a-z0-9]{1,6}(?:-[a-z0-9]{1,6})?$/).filter((id) => !known.has(id));

  it('starts out valid', () => {
    expect(validateDataset(data).ok).toBe(true);
  });

  it('never accepts a reference to an id the dataset does not define, and points at it', () => {
    fc.assert(
      fc.property(fc.constantFrom(...slots), freshId, (slot, id) => {
        const result = validateDataset(withValueAt(data, slot, id));
        expect(result.ok).toBe(false);
        expect(!result.ok && result.issues.map((issue) => issue.path)).toContain(formatPath(slot));
      }),
      { numRuns: 150 },
    );
  });

  it('never accepts a source URL that is not absolute http(s)', () => {
    const rest = fc.webUrl().map((url) => url.replace(/^https?:\/\//, ''));
    const notHttp = fc
      .oneof(
        fc
          .tuple(fc.constantFrom('javascript:', 'data:', 'ftp://', 'mailto:', 'file:///', '//'), rest)
          .map((p) => p.join('')),
        fc.webPath(),
        rest,
        fc.constant('javascript:alert(1)'),
        fc.constant('data:text/html,<script>alert(1)</script>'),
      )
      .filter((url) => !/^https?:\/\/[^\s/$.?#]/i.test(url));
    fc.assert(
      fc.property(fc.nat({ max: dataset.sources.length - 1 }), notHttp, (index, url) => {
        const result = validateDataset(withValueAt(data, ['sources', index, 'url'], url));
        expect(result.ok).toBe(false);
        expect(!result.ok && result.issues.map((issue) => issue.path)).toContain(`sources[${index}].url`);
      }),
      { numRuns: 150 },
    );
  });

  it('finds the same schema problems as datasetSchema.safeParse, wherever junk lands', () => {
    const paths = allPaths(data).filter((path) => path.length > 0);
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.jsonValue({ maxDepth: 2 }), (path, junk) => {
        const mutated = withValueAt(data, path, junk);
        const whole = datasetSchema.safeParse(mutated, { reportInput: true, error: plainLanguage });
        const result = validateDataset(mutated);
        if (whole.success) return;
        expect(result.ok).toBe(false);
        const expected = whole.error.issues.slice(0, MAX_REPORTED_ISSUES).map(toValidationIssue);
        expect(!result.ok && result.issues.slice(0, MAX_REPORTED_ISSUES)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
