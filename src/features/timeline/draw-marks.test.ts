import { describe, expect, it } from 'vitest';
import { drawMarks } from './draw-marks.ts';
import { item } from './mark-fixtures.ts';
import { LAYOUT, type FoldedMarks } from './mark-layout.ts';
import { lightPalette } from './mark-palette.ts';

/** A canvas context that records the rectangles filled (and their colour) and the rounded outlines traced. */
function recordingContext() {
  const filled: { x: number; y: number; colour: string }[] = [];
  const outlined: { x: number; y: number }[] = [];
  const ctx = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    fillRect(x: number, y: number) {
      filled.push({ x, y, colour: String(this.fillStyle) });
    },
    beginPath() {},
    stroke() {},
    roundRect(x: number, y: number) {
      outlined.push({ x, y });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, filled, outlined };
}

/** Marks folded into density strips, as the layout gives them: columns over the items. */
function foldedMarks(marks: { key: string; x: number; y: number; lane?: number }[]): FoldedMarks {
  return {
    items: marks.map((m) => item(m.key, m.lane ?? 0, 0)),
    position: Int32Array.from(marks, (_, i) => i),
    x0: Float64Array.from(marks, (m) => m.x),
    x1: Float64Array.from(marks, (m) => m.x),
    y: Float64Array.from(marks, (m) => m.y),
  };
}

const everything = { top: -Infinity, bottom: Infinity };
const options = { palette: lightPalette, selectedRoundId: null, dimmed: null };

describe('drawMarks, the density strip', () => {
  it('draws one tick per pixel column and strip, in the density colour, however many marks share it', () => {
    const { ctx, filled } = recordingContext();
    const folded = foldedMarks([
      { key: 'a', x: 10.2, y: 100 },
      { key: 'b', x: 11, y: 100 },
      { key: 'c', x: 9.8, y: 100 }, // the same column as a, after another column of the strip
      { key: 'd', x: 10, y: 130, lane: 1 }, // the same column in another strip
      { key: 'e', x: 10.1, y: 100 }, // a again, after a mark of another strip
    ]);
    drawMarks(ctx, { shapes: [], folded }, everything, options);
    expect(filled).toEqual([
      { x: 10, y: 94, colour: lightPalette.density },
      { x: 11, y: 94, colour: lightPalette.density },
      { x: 10, y: 124, colour: lightPalette.density },
    ]);
  });

  it('draws only the strips inside the band', () => {
    const { ctx, filled } = recordingContext();
    const folded = foldedMarks([
      { key: 'a', x: 10, y: 100 },
      { key: 'b', x: 10, y: 300, lane: 1 },
    ]);
    drawMarks(ctx, { shapes: [], folded }, { top: 200, bottom: 400 }, options);
    expect(filled.map((f) => f.y)).toEqual([294]);
  });

  it('rings the selected round where it is folded too', () => {
    const { ctx, outlined } = recordingContext();
    const folded = foldedMarks([
      { key: 'a', x: 10, y: 100 },
      { key: 'b', x: 40, y: 100 },
    ]);
    drawMarks(ctx, { shapes: [], folded }, everything, { ...options, selectedRoundId: 'b' });
    expect(outlined).toHaveLength(1);
    expect(outlined[0]!.x).toBeCloseTo(40 - LAYOUT.pointWidth / 2 - 4);
  });
});
