import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { axisTicks, estimateLabelWidth, type Tick } from './axis-ticks.ts';

const U = Date.UTC;
const labels = (ticks: Tick[]) => ticks.map((t) => t.label);
const xs = (ticks: Tick[]) => ticks.map((t) => t.x);

describe('estimateLabelWidth', () => {
  it('is 7 px per character plus an 8 px gap', () => {
    expect(estimateLabelWidth('23')).toBe(22);
    expect(estimateLabelWidth('March 2025')).toBe(78);
  });
});

describe('axisTicks', () => {
  it('shows days under months when a day is 28 px wide', () => {
    const { minor, major } = axisTicks([U(2025, 2, 1), U(2025, 3, 1)], 868);
    expect(minor).toHaveLength(31);
    expect(minor[0]).toEqual({ value: U(2025, 2, 1), x: 0, label: '1' });
    expect(minor[22]).toEqual({ value: U(2025, 2, 23), x: 616, label: '23' });
    expect(minor[30]).toEqual({ value: U(2025, 2, 31), x: 840, label: '31' });
    // The window starts exactly on 1 March, so no sticky copy is needed.
    expect(major).toEqual([{ value: U(2025, 2, 1), x: 0, label: 'March 2025' }]);
  });

  it('pins the month the window starts in to the left edge', () => {
    const { minor, major } = axisTicks([U(2025, 2, 10), U(2025, 3, 10)], 868);
    expect(minor[0]).toEqual({ value: U(2025, 2, 10), x: 0, label: '10' });
    expect(major).toEqual([
      { value: U(2025, 2, 1), x: 0, label: 'March 2025', sticky: true },
      { value: U(2025, 3, 1), x: 616, label: 'April 2025' },
    ]);
  });

  it('pushes the sticky label left when the next month label would overlap it', () => {
    // 1 April is at 56 px; "March 2025" needs 78 px, so it slides to 56 - 78 = -22.
    const { major } = axisTicks([U(2025, 2, 30), U(2025, 3, 29)], 840);
    expect(major).toEqual([
      { value: U(2025, 2, 1), x: -22, label: 'March 2025', sticky: true },
      { value: U(2025, 3, 1), x: 56, label: 'April 2025' },
    ]);
  });

  it('shows Mondays under months at 10 px per day', () => {
    const { minor, major } = axisTicks([U(2025, 2, 1), U(2025, 4, 1)], 610);
    expect(labels(minor)).toEqual([
      '3 Mar',
      '10 Mar',
      '17 Mar',
      '24 Mar',
      '31 Mar',
      '7 Apr',
      '14 Apr',
      '21 Apr',
      '28 Apr',
    ]);
    expect(xs(minor)).toEqual([20, 90, 160, 230, 300, 370, 440, 510, 580]);
    expect(major).toEqual([
      { value: U(2025, 2, 1), x: 0, label: 'March 2025' },
      { value: U(2025, 3, 1), x: 310, label: 'April 2025' },
    ]);
  });

  it('keeps every other Monday when weeks are too narrow for their labels', () => {
    // 5 px per day: a week is 35 px, "10 Mar" needs 50 px.
    const { minor } = axisTicks([U(2025, 2, 1), U(2025, 4, 1)], 305);
    expect(labels(minor)).toEqual(['3 Mar', '17 Mar', '31 Mar', '14 Apr', '28 Apr']);
    expect(xs(minor)).toEqual([10, 80, 150, 220, 290]);
  });

  it('keeps the same Mondays after panning by one week', () => {
    const { minor } = axisTicks([U(2025, 2, 8), U(2025, 4, 8)], 305);
    expect(labels(minor)).toEqual(['17 Mar', '31 Mar', '14 Apr', '28 Apr']);
  });

  it('shows every other month under years at 1 px per day', () => {
    const { minor, major } = axisTicks([U(2025, 0, 1), U(2027, 0, 1)], 730);
    // February is 28 px wide and "Jan" needs 29 px, so only odd months remain.
    expect(labels(minor)).toEqual([
      'Jan',
      'Mar',
      'May',
      'Jul',
      'Sep',
      'Nov',
      'Jan',
      'Mar',
      'May',
      'Jul',
      'Sep',
      'Nov',
    ]);
    expect(xs(minor)).toEqual([0, 59, 120, 181, 243, 304, 365, 424, 485, 546, 608, 669]);
    expect(major).toEqual([
      { value: U(2025, 0, 1), x: 0, label: '2025' },
      { value: U(2026, 0, 1), x: 365, label: '2026' },
    ]);
  });

  it('shows years under decades when zoomed far out', () => {
    // 30 years in 300 px: a year is about 10 px, so every fifth year is labelled.
    const { minor, major } = axisTicks([U(2000, 0, 1), U(2030, 0, 1)], 300);
    expect(labels(minor)).toEqual(['2000', '2005', '2010', '2015', '2020', '2025']);
    expect(minor[3]).toEqual({ value: U(2015, 0, 1), x: 150, label: '2015' });
    expect(labels(major)).toEqual(['2000s', '2010s', '2020s']);
    // 3653 of 10958 days have passed on 1 January 2010.
    expect(major[1]?.x).toBeCloseTo((3653 / 10958) * 300, 9);
  });

  it('labels a decade that started before the window as sticky', () => {
    const { major } = axisTicks([U(2005, 0, 1), U(2035, 0, 1)], 300);
    expect(major[0]).toEqual({ value: U(2000, 0, 1), x: 0, label: '2000s', sticky: true });
  });

  it('names years before year 1 with their era, never dropping the sign (year 0 is 1 BCE)', () => {
    const at = (year: number) => new Date(0).setUTCFullYear(year, 0, 1);
    const { minor, major } = axisTicks([at(-520), at(-490)], 300);
    // ISO year -520 is 521 BCE; "521 BCE" needs 57 px, so every tenth (ISO) year is labelled.
    expect(labels(minor)).toEqual(['521 BCE', '511 BCE', '501 BCE']);
    expect(labels(major).every((label) => /^\d+ BCE$/.test(label))).toBe(true);
  });

  it('returns nothing for an empty window or width', () => {
    expect(axisTicks([5, 5], 800)).toEqual({ minor: [], major: [] });
    expect(axisTicks([10, 5], 800)).toEqual({ minor: [], major: [] });
    expect(axisTicks([0, 1e10], 0)).toEqual({ minor: [], major: [] });
  });

  it('never overlaps labels and keeps non-sticky ticks inside [0, width)', () => {
    const start = fc.integer({ min: U(1900, 0, 1), max: U(2100, 0, 1) });
    const span = fc.integer({ min: 3_600_000, max: 300 * 365 * 86_400_000 });
    const width = fc.integer({ min: 40, max: 4000 });
    fc.assert(
      fc.property(start, span, width, (s, d, w) => {
        const { minor, major } = axisTicks([s, s + d], w);
        for (const row of [minor, major]) {
          for (let i = 1; i < row.length; i++) {
            expect(row[i]!.x - row[i - 1]!.x).toBeGreaterThanOrEqual(estimateLabelWidth(row[i - 1]!.label));
          }
          for (const tick of row.filter((t) => !t.sticky)) {
            expect(tick.x).toBeGreaterThanOrEqual(0);
            expect(tick.x).toBeLessThan(w);
          }
        }
        expect(major.slice(1).some((t) => t.sticky)).toBe(false);
        if (major[0]?.sticky) expect(major[0].x).toBeLessThanOrEqual(0);
      }),
      { numRuns: 300 },
    );
  });
});
