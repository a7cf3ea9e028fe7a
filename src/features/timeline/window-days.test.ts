import { describe, expect, it } from 'vitest';
import { daysToWindow, windowToDays } from './window-days.ts';

describe('windowToDays', () => {
  it('names the first and last day the window touches', () => {
    const window: [number, number] = [Date.UTC(2025, 2, 1, 13), Date.UTC(2025, 5, 30, 8)];
    expect(windowToDays(window)).toEqual({ start: '2025-03-01', end: '2025-06-30' });
  });

  it('treats an end at midnight as the end of the day before', () => {
    expect(windowToDays([Date.UTC(2025, 2, 1), Date.UTC(2025, 2, 11)])).toEqual({
      start: '2025-03-01',
      end: '2025-03-10',
    });
  });
});

describe('daysToWindow', () => {
  it('spans whole days, the last one inclusive', () => {
    expect(daysToWindow({ start: '2025-03-01', end: '2025-03-10' })).toEqual([
      Date.UTC(2025, 2, 1),
      Date.UTC(2025, 2, 11),
    ]);
  });

  it('round-trips with windowToDays', () => {
    const days = { start: '2024-12-30', end: '2025-01-02' };
    expect(windowToDays(daysToWindow(days))).toEqual(days);
  });

  it('round-trips a window in years before 0 and after 9999, whole years written', () => {
    const days = { start: '-039998-07-04', end: '+012000-01-01' };
    expect(windowToDays(daysToWindow(days))).toEqual(days);
  });
});
