import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tryParseEdtf } from '../src/domain/dates.ts';
import { validateDataset } from '../src/domain/validate-dataset.ts';
import { generateDataset, writeDataset } from './generate-dataset.ts';

describe('generateDataset', () => {
  it.each([0, 1, 50, 500])('generates a valid dataset of exactly %i rounds', (n) => {
    const dataset = generateDataset(n);
    const result = validateDataset(dataset);
    expect(result.ok ? [] : result.issues).toEqual([]);
    expect(dataset.rounds).toHaveLength(n);
    expect(dataset.meta.title).toBe(`Synthetic dataset (${n} rounds)`);
  });

  it('gives identical output for the same seed and different output for another seed', () => {
    expect(JSON.stringify(generateDataset(200, 7))).toBe(JSON.stringify(generateDataset(200, 7)));
    expect(JSON.stringify(generateDataset(200, 8))).not.toBe(JSON.stringify(generateDataset(200, 7)));
  });

  it('mixes single days, ranges and approximate dates in roughly the intended shares', () => {
    const kinds = generateDataset(2000).rounds.map((round) => {
      const parsed = tryParseEdtf(round.date);
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.date.kind;
    });
    const share = (kind: string) => kinds.filter((k) => k === kind).length / kinds.length;
    expect(share('day')).toBeCloseTo(0.7, 1);
    expect(share('range')).toBeCloseTo(0.2, 1);
    expect(share('approximate')).toBeCloseTo(0.1, 1);
  });

  it('spreads rounds over about ten years, in date order, with the size of a realistic dataset', () => {
    const dataset = generateDataset(1000);
    const years = dataset.rounds.map((round) => Number(round.date.slice(0, 4)));
    expect(Math.min(...years)).toBe(2016);
    expect(Math.max(...years)).toBe(2025);
    expect(dataset.parties).toHaveLength(12);
    expect(dataset.people).toHaveLength(60);
    expect(dataset.sources.length).toBeGreaterThanOrEqual(200);
    expect(dataset.sources.every((source) => source.url.startsWith('https://example.org/'))).toBe(true);
    expect(new Set(dataset.rounds.map((round) => round.kind))).toEqual(
      new Set(['talks', 'call', 'exchange']),
    );
    expect(dataset.rounds.some((round) => round.related !== undefined)).toBe(true);
    expect(dataset.rounds.some((round) => round.sessions !== undefined)).toBe(true);
  });

  it('rejects a round count that is not a whole number', () => {
    expect(() => generateDataset(-1)).toThrow(RangeError);
    expect(() => generateDataset(2.5)).toThrow(RangeError);
  });

  it('writes the dataset as the validator gives it back, keys in the schema’s order', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'parley-generated-'));
    try {
      const file = path.join(folder, 'rounds.json');
      const bytes = await writeDataset(300, file, 3);
      const text = await readFile(file, 'utf8');
      expect(Buffer.byteLength(text)).toBe(bytes);
      const checked = validateDataset(JSON.parse(text));
      expect(checked.ok && JSON.stringify(checked.dataset)).toBe(text);
      // The same data as generated, only in another order.
      expect(JSON.parse(text)).toEqual(generateDataset(300, 3));
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
