import { describe, expect, it } from 'vitest';
import { DAY_MS } from '../../domain/calendar-days.ts';
import {
  DEFAULT_DOMAIN,
  FIVE_YEARS_MS,
  clampWindow,
  fitDomain,
  maxSpanFor,
  panWindow,
  paddedDomain,
  zoomWindow,
} from './time-scale.ts';

const day = (d: number, m = 3) => Date.UTC(2025, m - 1, d);

describe('paddedDomain', () => {
  it('pads a single day by two days on each side', () => {
    expect(paddedDomain([day(11), day(11)])).toEqual([day(9), day(13)]);
  });

  it('pads a long span by 5% of it on each side', () => {
    // 100 days: 5% is 5 days, more than the two-day floor.
    expect(paddedDomain([day(1, 1), day(1, 1) + 100 * DAY_MS])).toEqual([
      day(1, 1) - 5 * DAY_MS,
      day(1, 1) + 105 * DAY_MS,
    ]);
  });

  it('accepts a reversed domain', () => {
    expect(paddedDomain([day(12), day(11)])).toEqual([day(9), day(14)]);
  });
});

describe('fitDomain', () => {
  it('returns the earliest start and the latest end', () => {
    const items = [
      { start: day(11), end: day(12) },
      { start: day(2), end: day(3) },
      { start: day(20), end: day(25) },
    ];
    expect(fitDomain(items)).toEqual([day(2), day(25)]);
  });

  it('ignores NaN dates', () => {
    expect(
      fitDomain([
        { start: Number.NaN, end: day(5) },
        { start: day(4), end: Number.NaN },
      ]),
    ).toEqual([day(4), day(5)]);
  });

  it('falls back to the default, or a given domain, when empty', () => {
    expect(fitDomain([])).toEqual([Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1)]);
    expect(fitDomain([], [1, 2])).toEqual([1, 2]);
    expect(fitDomain([{ start: Number.NaN, end: Number.NaN }])).toEqual(DEFAULT_DOMAIN);
  });

  it('handles 50,000 items without overflowing the stack', () => {
    const items = Array.from({ length: 50_000 }, (_, i) => ({ start: i * DAY_MS, end: i * DAY_MS + 1 }));
    expect(fitDomain(items)).toEqual([0, 49_999 * DAY_MS + 1]);
  });
});

describe('maxSpanFor', () => {
  it('is three times the data span when that exceeds five years', () => {
    expect(maxSpanFor([0, 1000 * DAY_MS])).toBe(3000 * DAY_MS);
  });

  it('is five years for short data', () => {
    expect(maxSpanFor([day(1), day(8)])).toBe(FIVE_YEARS_MS);
    expect(FIVE_YEARS_MS).toBe(1826.25 * DAY_MS);
  });
});

describe('clampWindow', () => {
  const bounds: [number, number] = [day(1), day(31)];

  it('leaves a sensible window unchanged', () => {
    expect(clampWindow([day(5), day(10)], bounds)).toEqual([day(5), day(10)]);
  });

  it('widens a window narrower than one day about its centre', () => {
    const noon = day(10) + DAY_MS / 2;
    expect(clampWindow([noon - 3_600_000, noon + 3_600_000], bounds)).toEqual([day(10), day(11)]);
  });

  it('narrows a window wider than the maximum about its centre', () => {
    expect(clampWindow([day(1), day(31)], bounds, DAY_MS, 10 * DAY_MS)).toEqual([day(11), day(21)]);
  });

  it('shifts a window whose centre left the data back to the data edge', () => {
    expect(clampWindow([day(1, 5), day(11, 5)], bounds)).toEqual([day(26), day(36)]);
    expect(clampWindow([day(1, 1), day(11, 1)], bounds)).toEqual([day(1) - 5 * DAY_MS, day(6)]);
  });

  it('uses the five-year default maximum for short data', () => {
    const [start, end] = clampWindow([0, 20 * FIVE_YEARS_MS], [0, 0]);
    expect([start, end]).toEqual([-FIVE_YEARS_MS / 2, FIVE_YEARS_MS / 2]);
  });
});

describe('zoomWindow', () => {
  it('zooms in about the anchor, keeping the anchor at the same fraction', () => {
    expect(zoomWindow([0, 100], 0.5, 20)).toEqual([10, 60]);
  });

  it('zooms out with a factor above one', () => {
    expect(zoomWindow([10, 60], 2, 20)).toEqual([0, 100]);
  });

  it('ignores a factor that would collapse or flip the window', () => {
    expect(zoomWindow([0, 100], 0, 20)).toEqual([0, 100]);
    expect(zoomWindow([0, 100], -1, 20)).toEqual([0, 100]);
    expect(zoomWindow([0, 100], Number.NaN, 20)).toEqual([0, 100]);
  });
});

describe('panWindow', () => {
  it('moves both ends by the delta', () => {
    expect(panWindow([day(1), day(8)], DAY_MS)).toEqual([day(2), day(9)]);
    expect(panWindow([day(1), day(8)], -DAY_MS)).toEqual([day(1) - DAY_MS, day(7)]);
  });
});
