import { afterEach, describe, expect, it } from 'vitest';
import { DATASET_ARRIVED_MARK, markDatasetArrived } from './dataset-arrived-mark.ts';

afterEach(() => performance.clearMarks(DATASET_ARRIVED_MARK));

describe('markDatasetArrived', () => {
  it('places the mark at a moment told on the epoch clock, on the page’s own timeline, with its URL', () => {
    markDatasetArrived('data/talks.json', performance.timeOrigin + 1234.5);
    const [mark] = performance.getEntriesByName(DATASET_ARRIVED_MARK, 'mark') as PerformanceMark[];
    expect(mark?.startTime).toBeCloseTo(1234.5, 3);
    expect(mark?.detail).toEqual({ url: 'data/talks.json' });
  });

  it('never places it before the page began (a clock a hair apart)', () => {
    markDatasetArrived('data/talks.json', performance.timeOrigin - 3);
    expect(performance.getEntriesByName(DATASET_ARRIVED_MARK, 'mark')[0]?.startTime).toBe(0);
  });
});
