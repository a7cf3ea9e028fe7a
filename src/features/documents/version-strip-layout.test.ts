import { describe, expect, it } from 'vitest';
import { versionStripLayout, type StripInput } from './version-strip-layout.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const version = (id: string, start: string, end = start, label = id): StripInput => ({
  id,
  start: day(start),
  end: day(end) + 86_399_999,
  label,
  approximate: false,
});

describe('versionStripLayout', () => {
  it('places versions in time order from left to right inside the padding', () => {
    const { marks } = versionStripLayout(
      [version('a', '2025-11-20'), version('b', '2025-12-02'), version('c', '2026-01-06')],
      400,
    );
    const xs = marks.map((m) => m.x);
    expect(xs).toEqual([...xs].sort((p, q) => p - q));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(24);
    expect(Math.max(...xs)).toBeLessThanOrEqual(376);
  });

  it('lifts a label a row when it would overlap its neighbour, and keeps distant ones on the axis row', () => {
    const { marks, rows } = versionStripLayout(
      [
        version('a', '2025-11-23', '2025-11-23', '19'),
        version('b', '2025-11-25', '2025-11-25', '22'),
        version('c', '2026-01-20', '2026-01-20', '20'),
      ],
      300,
    );
    expect(marks.map((m) => m.row)).toEqual([0, 1, 0]);
    expect(rows).toBe(2);
  });

  it('draws a range as an interval around its centre', () => {
    const [mark] = versionStripLayout([version('a', '2025-11-01', '2025-11-30')], 300).marks;
    expect(mark && mark.x2 - mark.x1).toBeGreaterThan(100);
    expect(mark && (mark.x1 + mark.x2) / 2).toBeCloseTo(mark?.x ?? 0);
  });

  it('labels month starts, naming the year at the first tick', () => {
    const { ticks } = versionStripLayout([version('a', '2025-11-20'), version('b', '2026-01-20')], 600);
    expect(ticks.map((t) => t.label)).toEqual(['Dec 2025', 'Jan 2026']);
  });

  it('draws nothing without versions or room', () => {
    expect(versionStripLayout([], 400)).toEqual({ marks: [], ticks: [], rows: 0 });
    expect(versionStripLayout([version('a', '2025-11-20')], 40).marks).toEqual([]);
  });
});
