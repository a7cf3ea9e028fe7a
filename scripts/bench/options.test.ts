import { describe, expect, it } from 'vitest';
import { LARGE_SIZE, parseBenchArgs } from './options.ts';

describe('npm run bench options', () => {
  it('measures 1,000, 10,000 and 100,000 rounds by default, three runs each but one for the largest', () => {
    const options = parseBenchArgs([]);
    if ('error' in options) throw new Error(options.error);
    expect(options.sizes).toEqual([1_000, 10_000, LARGE_SIZE]);
    expect(options.runs).toBe(3);
    expect(options.largeRuns).toBe(1);
  });

  it('gives every size the runs asked for with --runs, the largest included', () => {
    const options = parseBenchArgs(['--runs', '2', '--sizes=500,100000']);
    if ('error' in options) throw new Error(options.error);
    expect(options).toMatchObject({ sizes: [500, 100_000], runs: 2, largeRuns: 2 });
  });

  it('throttles downloads only when --network names a bandwidth', () => {
    const plain = parseBenchArgs([]);
    const throttled = parseBenchArgs(['--network=100']);
    expect('error' in plain ? plain : plain.networkMbps).toBeNull();
    expect('error' in throttled ? throttled : throttled.networkMbps).toBe(100);
    for (const bad of ['0', '-5', 'fast', 'Infinity']) {
      expect(parseBenchArgs(['--network', bad])).toEqual({
        error: '--network must be a positive number of Mbit/s, like 100',
      });
    }
  });

  it('names what is wrong with a bad value', () => {
    expect(parseBenchArgs(['--runs', 'zero'])).toEqual({ error: '--runs must be a whole number ≥ 1' });
    expect(parseBenchArgs(['--sizes', '10k'])).toEqual({
      error: '--sizes must be whole numbers like 100,1000',
    });
  });
});
