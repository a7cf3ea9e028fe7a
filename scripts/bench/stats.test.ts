import { describe, expect, it } from 'vitest';
import { intervals, longTasksDuring, medianOf, percentile } from './stats.ts';

describe('bench statistics', () => {
  it('percentile interpolates between the closest ranks', () => {
    expect(percentile([10, 20, 30, 40, 50], 50)).toBe(30);
    expect(percentile([40, 10, 30, 20], 50)).toBe(25);
    expect(percentile([16, 16, 16, 16, 100], 95)).toBeCloseTo(83.2);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 50)).toBeNull();
  });

  it('medianOf ignores runs that measured nothing, and is null when all did', () => {
    expect(medianOf([300, null, 100, 200])).toBe(200);
    expect(medianOf([null, null])).toBeNull();
  });

  it('intervals turns frame timestamps into frame durations', () => {
    expect(intervals([0, 16, 33, 50])).toEqual([16, 17, 17]);
    expect(intervals([5])).toEqual([]);
  });

  it('longTasksDuring counts only tasks overlapping the window', () => {
    const tasks = [
      [0, 100],
      [950, 80],
      [1200, 60],
      [3000, 200],
    ] as const;
    expect(longTasksDuring(tasks, 1000, 2000)).toEqual({ count: 2, totalMs: 140, maxMs: 80 });
    expect(longTasksDuring([], 0, 10)).toEqual({ count: 0, totalMs: 0, maxMs: 0 });
  });
});
