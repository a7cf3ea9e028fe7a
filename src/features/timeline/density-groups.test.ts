import { describe, expect, it } from 'vitest';
import { enTimeline } from '../../i18n/en-timeline.ts';
import { ukTimeline } from '../../i18n/uk-timeline.ts';
import { densityGroupName } from './density-buttons.tsx';
import { densityGroups } from './density-groups.ts';
import { NO_FOLDED_MARKS, type MarkGeometry } from './mark-layout.ts';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const mark = (key: string, lane: number, iso: string, x: number): MarkGeometry =>
  ({
    item: { key, lane, start: day(iso), end: day(iso) },
    x0: x,
    x1: x,
    y: 40 + lane * 100,
    row: 0,
    folded: false,
  }) as unknown as MarkGeometry;

/** A layout of these marks, all drawn as shapes. */
const asShapes = (shapes: MarkGeometry[]) => ({ shapes, folded: NO_FOLDED_MARKS });
/** A layout of these marks, all folded: the columns a layout gives them, over the marks' items. */
const asFolded = (marks: MarkGeometry[]) => ({
  shapes: [],
  folded: {
    items: marks.map((m) => m.item),
    position: Int32Array.from(marks, (_, i) => i),
    x0: Float64Array.from(marks, (m) => m.x0),
    x1: Float64Array.from(marks, (m) => m.x1),
    y: Float64Array.from(marks, (m) => m.y),
  },
});

describe('densityGroups', () => {
  it('groups marks that come out of time order, switching back and forth between periods', () => {
    const shuffled = [
      mark('a', 0, '2025-03-02', 10),
      mark('b', 0, '2025-04-10', 60),
      mark('c', 1, '2025-03-05', 15),
      mark('d', 0, '2025-03-20', 30),
      mark('e', 0, '2025-04-02', 50),
    ];
    const groups = densityGroups(asShapes(shuffled), [day('2025-01-01'), day('2026-01-01')], new Set());
    expect(groups.map((g) => [g.lane, g.period, g.count, g.x0, g.x1])).toEqual([
      [0, 'March 2025', 2, 10, 30],
      [0, 'April 2025', 2, 50, 60],
      [1, 'March 2025', 1, 15, 15],
    ]);
  });

  it('names a period of the first century by its own year, not one of the 1900s', () => {
    const start = new Date(0);
    start.setUTCFullYear(50, 2, 10);
    const early = {
      ...mark('a', 0, '2025-01-01', 5),
      item: { key: 'a', lane: 0, start: +start, end: +start },
    };
    const inMonths = densityGroups(
      asShapes([early as MarkGeometry]),
      [+start - 1e9, +start + 1e9],
      new Set(),
    );
    expect(inMonths.map((g) => g.period)).toEqual(['March 50']);
    const inYears = densityGroups(
      asShapes([early as MarkGeometry]),
      [+start - 1e11, +start + 1e11],
      new Set(),
    );
    expect(inYears.map((g) => g.period)).toEqual(['50']);
  });

  const marks = [
    mark('a', 0, '2025-03-02', 10),
    mark('b', 0, '2025-03-30', 40),
    mark('c', 0, '2025-04-01', 50),
    mark('d', 1, '2025-03-15', 20),
  ];

  it('groups by lane and month when up to two years are in view, with the month as the zoom window', () => {
    const groups = densityGroups(asShapes(marks), [day('2025-01-01'), day('2026-01-01')], new Set());
    expect(groups.map((g) => [g.lane, g.period, g.count, g.x0, g.x1])).toEqual([
      [0, 'March 2025', 2, 10, 40],
      [0, 'April 2025', 1, 50, 50],
      [1, 'March 2025', 1, 20, 20],
    ]);
    expect(groups[0]!.window).toEqual([day('2025-03-01'), day('2025-04-01')]);
    expect(densityGroupName(groups[0]!, enTimeline)).toBe('2 more rounds in March 2025 — zoom in');
    expect(densityGroupName(groups[1]!, enTimeline)).toBe('1 more round in April 2025 — zoom in');
    expect(densityGroupName({ ...groups[0]!, count: 14, period: 'березень 2025' }, ukTimeline)).toBe(
      'ще 14 раундів: березень 2025 — збільшити',
    );
    expect(densityGroupName({ ...groups[0]!, count: 22 }, ukTimeline)).toMatch(/^ще 22 раунди: /);
  });

  it('groups by year over a longer window, and leaves out marks that have their own button', () => {
    const groups = densityGroups(
      asShapes(marks),
      [day('2016-01-01'), day('2026-01-01')],
      new Set([marks[0]!.item]),
    );
    expect(groups.map((g) => [g.lane, g.period, g.count])).toEqual([
      [0, '2025', 2],
      [1, '2025', 1],
    ]);
  });

  it('counts folded marks, read from their columns, as it counts shapes', () => {
    const window: [number, number] = [day('2025-01-01'), day('2026-01-01')];
    const shown = densityGroups(asShapes(marks), window, new Set());
    expect(densityGroups(asFolded(marks), window, new Set())).toEqual(shown);
    const mixed = { shapes: marks.slice(0, 2), folded: asFolded(marks.slice(2)).folded };
    expect(densityGroups(mixed, window, new Set())).toEqual(shown);
  });
});
