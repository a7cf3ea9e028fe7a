import { describe, expect, it } from 'vitest';
import { drawMarks } from './draw-marks.ts';
import { item } from './mark-fixtures.ts';
import type { MarkGeometry } from './mark-layout.ts';
import { lightPalette } from './mark-palette.ts';

/** A canvas context that records the rectangles filled and the colour each was filled with. */
function recordingContext() {
  const filled: { x: number; y: number; colour: string }[] = [];
  const ctx = {
    fillStyle: '',
    font: '',
    textAlign: 'start',
    textBaseline: 'alphabetic',
    fillRect(x: number, y: number) {
      filled.push({ x, y, colour: String(this.fillStyle) });
    },
  };
  return { ctx: ctx as unknown as CanvasRenderingContext2D, filled };
}

const folded = (key: string, x: number, y: number): MarkGeometry => ({
  item: item(key, 0, 0),
  x0: x,
  x1: x,
  y,
  row: 5,
  folded: true,
});

describe('drawMarks, the density strip', () => {
  it('draws one tick per pixel column and strip, in the density colour, however many marks share it', () => {
    const { ctx, filled } = recordingContext();
    const marks = [
      folded('a', 10.2, 100),
      folded('b', 9.8, 100), // the same column as a
      folded('c', 11, 100),
      folded('d', 10, 130), // the same column in another strip
    ];
    drawMarks(ctx, marks, { palette: lightPalette, selectedRoundId: null, dimmed: null });
    expect(filled).toEqual([
      { x: 10, y: 94, colour: lightPalette.density },
      { x: 11, y: 94, colour: lightPalette.density },
      { x: 10, y: 124, colour: lightPalette.density },
    ]);
  });
});
