import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { layoutLabels, type LabelInput } from './label-layout.ts';

const options = { width: 100, charWidth: 5, gap: 2 };
const label = (
  id: string,
  anchorX: number,
  full: string,
  short: string,
  priority = 0,
  row = 0,
): LabelInput => ({
  id,
  anchorX,
  row,
  priority,
  full,
  short,
});

describe('layoutLabels', () => {
  it('labels every mark that has room for its short text before any label takes its full text', () => {
    const layout = layoutLabels(
      [
        label('c', 82, 'Geneva', 'Gen'),
        label('b', 50, 'Riyadh', 'R'),
        label('a', 10, 'Istanbul talks', 'Ist', 1),
        label('d', 50, 'Riyadh', 'R', 0, 1),
        label('e', 84, 'Kyiv', 'K'),
      ],
      options,
    );
    expect(layout).toEqual({
      placed: [
        // "Istanbul talks" (10–80) would take b's room, so a keeps its short text and b gets a label.
        { id: 'a', text: 'Ist', x: 10, width: 15, row: 0 },
        { id: 'b', text: 'Riyadh', x: 50, width: 30, row: 0 },
        // Row 1 is empty, so d widens to its full text.
        { id: 'd', text: 'Riyadh', x: 50, width: 30, row: 1 },
        // "Geneva" would be shifted left to 70 and hit b; "Gen" fits at 82, exactly the 2 px gap after b.
        { id: 'c', text: 'Gen', x: 82, width: 15, row: 0 },
      ],
      // e's short text at 84 would overlap c's.
      dropped: ['e'],
    });
  });

  it('gives room to higher priority first, whatever the position', () => {
    const layout = layoutLabels(
      [label('left', 0, 'Left label', 'L'), label('right', 20, 'Right', 'R', 5)],
      options,
    );
    expect(layout.placed).toEqual([
      { id: 'right', text: 'Right', x: 20, width: 25, row: 0 },
      { id: 'left', text: 'L', x: 0, width: 5, row: 0 },
    ]);
    expect(layout.dropped).toEqual([]);
  });

  it('shifts labels left to end at the right edge, and right to start at 0', () => {
    const layout = layoutLabels(
      [label('edge', 95, 'Doha', 'D'), label('off', -40, 'Baku', 'B', 0, 1)],
      options,
    );
    expect(layout.placed).toEqual([
      { id: 'off', text: 'Baku', x: 0, width: 20, row: 1 },
      { id: 'edge', text: 'Doha', x: 80, width: 20, row: 0 },
    ]);
  });

  it('uses the short text when the full one is wider than the view', () => {
    const layout = layoutLabels([label('long', 0, 'x'.repeat(21), 'short')], options);
    expect(layout.placed).toEqual([{ id: 'long', text: 'short', x: 0, width: 25, row: 0 }]);
  });

  it('drops labels with no usable text or no finite anchor', () => {
    const layout = layoutLabels(
      [
        label('empty', 0, '', ''),
        label('nan', Number.NaN, 'Oslo', 'O'),
        label('wide', 0, 'x'.repeat(21), 'y'.repeat(21)),
      ],
      options,
    );
    expect(layout).toEqual({ placed: [], dropped: ['empty', 'nan', 'wide'] });
  });

  it('breaks ties in priority and anchor by id, whatever the input order', () => {
    const inputs = [label('b', 10, 'Second', 'S'), label('a', 10, 'First', 'F')];
    for (const order of [inputs, [...inputs].reverse()]) {
      const layout = layoutLabels(order, options);
      expect(layout.placed).toEqual([{ id: 'a', text: 'First', x: 10, width: 25, row: 0 }]);
      expect(layout.dropped).toEqual(['b']);
    }
  });

  it('keeps labels apart by at least the gap and inside [0, width]', () => {
    const input = fc.record({
      anchorX: fc.integer({ min: -50, max: 450 }),
      row: fc.integer({ min: 0, max: 3 }),
      priority: fc.integer({ min: 0, max: 3 }),
      full: fc.string({ maxLength: 30 }),
      short: fc.string({ maxLength: 6 }),
    });
    const opts = fc.record({
      width: fc.integer({ min: 1, max: 400 }),
      charWidth: fc.integer({ min: 1, max: 9 }),
      gap: fc.integer({ min: 0, max: 10 }),
    });
    fc.assert(
      fc.property(fc.array(input, { maxLength: 80 }), opts, (raw, o) => {
        const labels = raw.map((l, i) => ({ ...l, id: `l${i}` }));
        const { placed, dropped } = layoutLabels(labels, o);
        expect([...placed.map((p) => p.id), ...dropped].sort()).toEqual(labels.map((l) => l.id).sort());
        for (const p of placed) {
          expect(p.x).toBeGreaterThanOrEqual(0);
          expect(p.x + p.width).toBeLessThanOrEqual(o.width);
          expect(p.width).toBe(p.text.length * o.charWidth);
        }
        const sorted = [...placed].sort((a, b) => a.row - b.row || a.x - b.x);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          if (a.row === b.row) expect(b.x).toBeGreaterThanOrEqual(a.x + a.width + o.gap);
        }
      }),
    );
  });

  it('places or drops every one of 50,000 candidates', () => {
    const labels = Array.from({ length: 50_000 }, (_, i) =>
      label(`r${i}`, (i * 7919) % 1400, `Round ${i}`, `${i}`, i % 5, i % 20),
    );
    const { placed, dropped } = layoutLabels(labels, { width: 1400, charWidth: 7, gap: 4 });
    expect(placed.length + dropped.length).toBe(50_000);
  });
});

describe('layoutLabels with obstacles', () => {
  it('keeps labels off the marks already in a row', () => {
    const obstacles = new Map([[0, [{ x0: 100, x1: 110 }]]]);
    const layout = layoutLabels(
      [{ id: 'a', anchorX: 20, row: 0, priority: 1, full: 'long label', short: 'ab' }],
      { width: 400, charWidth: 10, gap: 4, obstacles },
    );
    // "long label" would span 20–120 and cross the mark at 100–110; "ab" spans 20–40.
    expect(layout.placed).toEqual([{ id: 'a', text: 'ab', x: 20, width: 20, row: 0 }]);
  });
});
