import { describe, expect, it } from 'vitest';
import { bundledJson } from '../test/bundled-dataset.ts';
import { salvageDataset } from './salvage-dataset.ts';

describe('salvageDataset', () => {
  it('returns a valid dataset unchanged', () => {
    const input = bundledJson();
    const result = salvageDataset(input);
    expect(result.validation.ok).toBe(true);
    expect(result.dataset.rounds).toHaveLength(input.rounds.length);
    expect(result.leftOut).toEqual({});
  });

  it('leaves out a round with an empty title and keeps the others', () => {
    const input = bundledJson();
    const broken = input.rounds[2];
    if (!broken) throw new Error('the bundled dataset has fewer than three rounds');
    broken.title = '';
    const result = salvageDataset(input);
    expect(result.validation.ok).toBe(false);
    expect(result.dataset.rounds.map((round) => round.id)).toEqual(
      input.rounds.filter((round) => round !== broken).map((round) => round.id),
    );
    expect(result.leftOut).toEqual({ rounds: 1 });
  });

  it('leaves out a broken source and every citation of it', () => {
    const input = bundledJson();
    const source = input.sources[0];
    if (!source) throw new Error('no sources');
    source.url = 'not a url';
    const result = salvageDataset(input);
    expect(result.dataset.sources.map((s) => s.id)).not.toContain(source.id);
    expect(JSON.stringify(result.dataset)).not.toContain(`"${source.id}"`);
    expect(result.leftOut.sources).toBe(1);
    expect(result.dataset.rounds.length).toBeGreaterThan(0);
  });

  it('previews rounds under a placeholder title when the dataset details are broken', () => {
    const input = bundledJson();
    const result = salvageDataset({ ...input, meta: { title: '' } });
    expect(result.dataset.rounds).toHaveLength(input.rounds.length);
    expect(result.dataset.meta.title).toBe('Untitled dataset');
  });

  it('copes with something that is not a dataset at all', () => {
    expect(salvageDataset(null).dataset.rounds).toEqual([]);
    expect(salvageDataset({ rounds: 'many' }).dataset.rounds).toEqual([]);
  });
});
