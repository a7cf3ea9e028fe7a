import {
  foldedMark,
  LAYOUT,
  markLeft,
  markRight,
  midX,
  type FoldedMarks,
  type MarkGeometry,
  type TimelineLayout,
} from './mark-layout.ts';
import { markStyle, type MarkStyle } from './encoding.ts';
import type { MarkPalette } from './mark-palette.ts';
import { tracePointShape } from './mark-shapes.ts';

export interface DrawOptions {
  palette: MarkPalette;
  selectedRoundId: string | null;
  /** Rounds drawn faded (filtered out, when the reader chose "dim"). */
  dimmed: ReadonlySet<string> | null;
}

const BAR_HEIGHT = 12;

/** The part of the timeline's height to draw, in the layout's pixels: marks outside it are skipped. */
export interface DrawBand {
  top: number;
  bottom: number;
}

/**
 * Draws every visible mark on a canvas, styled by the encoding spec (encoding.ts). Canvas, not SVG, because thousands of marks redraw on every zoom frame;
 * accessibility comes from the button layer above it.
 */
export function drawMarks(
  ctx: CanvasRenderingContext2D,
  layout: Pick<TimelineLayout, 'shapes' | 'folded'>,
  band: DrawBand,
  options: DrawOptions,
): void {
  const { palette, selectedRoundId, dimmed } = options;
  const inBand = (y: number) => y > band.top && y < band.bottom;
  // The glyphs' type is set once: setting a canvas font parses it, which per mark cost more than drawing it.
  ctx.font = 'bold 10px system-ui, sans-serif';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  const selected: MarkGeometry[] = [];
  for (const mark of layout.shapes) {
    if (!inBand(mark.y)) continue;
    drawMark(ctx, mark, palette, dimmed?.has(mark.item.roundId) ?? false);
    if (mark.item.roundId === selectedRoundId) selected.push(mark);
  }
  const { folded } = layout;
  drawDensityTicks(ctx, folded, inBand, palette);
  if (selectedRoundId !== null) {
    for (let k = 0; k < folded.position.length; k += 1) {
      if (inBand(folded.y[k]!) && folded.items[folded.position[k]!]!.roundId === selectedRoundId) {
        selected.push(foldedMark(folded, k));
      }
    }
  }
  for (const mark of selected) drawSelection(ctx, mark, palette);
}

/**
 * A dimmed mark (it doesn't match the filters) keeps its shape as a thin neutral outline without its glyph:
 * faded, yet still 3:1 against the background, since it stays clickable (WCAG 1.4.11).
 */
function drawMark(
  ctx: CanvasRenderingContext2D,
  mark: MarkGeometry,
  palette: MarkPalette,
  dim: boolean,
): void {
  const encoded = markStyle(mark.item);
  const style = dim ? { ...encoded, fill: 'hollow' as const, glyph: undefined } : encoded;
  const colour = dim ? palette.dimmed : (style.colour ?? palette.noOutcome);
  if (mark.item.dateKind === 'approximate') drawUncertaintyBand(ctx, mark, palette, colour);
  const left = mark.item.dateKind === 'range' ? markLeft(mark) : midX(mark) - LAYOUT.pointWidth / 2;
  const right = mark.item.dateKind === 'range' ? markRight(mark) : left + LAYOUT.pointWidth;
  ctx.beginPath();
  if (mark.item.dateKind === 'range') {
    ctx.roundRect(left, mark.y - BAR_HEIGHT / 2, right - left, BAR_HEIGHT, BAR_HEIGHT / 2);
  } else {
    tracePointShape(ctx, style.shape, (left + right) / 2, mark.y, LAYOUT.pointWidth / 2 - 1);
  }
  paintFill(ctx, mark, style, colour, palette, left, right, dim ? 1 : 2);
  if (style.glyph) drawGlyph(ctx, style.glyph, style.fill, colour, palette, (left + right) / 2, mark.y);
}

/**
 * The outcome's glyph (✓ ◐ ± ? ✕ •, as in the legend) on the mark, so outcomes differ without colour
 * (WCAG 1.4.1): in the background colour on a solid mark, in the outcome colour on a hollow one, and
 * ringed with the background on a half-filled one so it reads on both halves.
 */
function drawGlyph(
  ctx: CanvasRenderingContext2D,
  glyph: string,
  fill: MarkStyle['fill'],
  colour: string,
  palette: MarkPalette,
  x: number,
  y: number,
): void {
  if (fill === 'half') {
    ctx.lineWidth = 3;
    ctx.strokeStyle = palette.background;
    ctx.strokeText(glyph, x, y + 0.5);
  }
  ctx.fillStyle = fill === 'solid' ? palette.background : colour;
  ctx.fillText(glyph, x, y + 0.5);
}

/** Paints the path by the encoding's fill and dash (see encoding.ts). */
function paintFill(
  ctx: CanvasRenderingContext2D,
  mark: MarkGeometry,
  style: MarkStyle,
  colour: string,
  palette: MarkPalette,
  left: number,
  right: number,
  lineWidth: number,
): void {
  ctx.lineWidth = lineWidth;
  ctx.strokeStyle = colour;
  ctx.setLineDash(style.dash);
  if (style.fill === 'solid') {
    ctx.fillStyle = colour;
    ctx.fill();
  } else {
    ctx.fillStyle = palette.background;
    ctx.fill();
  }
  if (style.fill === 'half') {
    ctx.save();
    ctx.clip();
    ctx.fillStyle = colour;
    ctx.fillRect(left, mark.y - LAYOUT.rowHeight / 2, (right - left) / 2, LAYOUT.rowHeight);
    ctx.restore();
  }
  if (style.notHeld) ctx.lineCap = 'round';
  ctx.stroke();
  ctx.setLineDash([]);
  if (style.notHeld) drawNotHeldSlash(ctx, mark, colour, left, right);
  ctx.lineCap = 'butt';
}

/** The slash across a meeting that did not take place, so it reads as "not held" even when the dots are small. */
function drawNotHeldSlash(
  ctx: CanvasRenderingContext2D,
  mark: MarkGeometry,
  colour: string,
  left: number,
  right: number,
): void {
  const r = LAYOUT.pointWidth / 2 - 2;
  const cx = mark.item.dateKind === 'range' ? left + r + 2 : (left + right) / 2;
  ctx.beginPath();
  ctx.moveTo(cx - r, mark.y + r);
  ctx.lineTo(cx + r, mark.y - r);
  ctx.lineWidth = 2;
  ctx.strokeStyle = colour;
  ctx.stroke();
}

/** An approximate date is a hatched band over every day it may fall on. */
function drawUncertaintyBand(
  ctx: CanvasRenderingContext2D,
  mark: MarkGeometry,
  palette: MarkPalette,
  colour: string,
) {
  const left = mark.x0;
  const width = Math.max(mark.x1 - mark.x0, LAYOUT.pointWidth);
  const top = mark.y - BAR_HEIGHT / 2 - 2;
  const height = BAR_HEIGHT + 4;
  ctx.save();
  ctx.beginPath();
  ctx.rect(left, top, width, height);
  ctx.clip();
  ctx.strokeStyle = palette.hatch;
  ctx.lineWidth = 1;
  ctx.beginPath();
  for (let x = left - height; x < left + width; x += 5) {
    ctx.moveTo(x, top + height);
    ctx.lineTo(x + height, top);
  }
  ctx.stroke();
  ctx.restore();
  ctx.strokeStyle = colour;
  ctx.setLineDash([2, 2]);
  ctx.strokeRect(left + 0.5, top + 0.5, width - 1, height - 1);
  ctx.setLineDash([]);
}

/**
 * The folded marks, as ticks in their lane's density strip: one colour, and one tick per pixel column and
 * strip however many marks fall on it, since more would draw the same pixels (a strip of 100,000 marks in
 * view holds a few thousand columns). They sit in a row of their own, so no other mark is under or over them.
 */
function drawDensityTicks(
  ctx: CanvasRenderingContext2D,
  folded: FoldedMarks,
  inBand: (y: number) => boolean,
  palette: MarkPalette,
): void {
  ctx.fillStyle = palette.density;
  const drawn = new Set<number>();
  // A lane's marks come in time order, so a mark mostly falls on its lane's last column or the next: that
  // check first spares the set most of 100,000 lookups a frame.
  const lastColumn: number[] = [];
  const { items, position, x0, x1, y } = folded;
  for (let k = 0; k < position.length; k += 1) {
    const markY = y[k]!;
    if (!inBand(markY)) continue;
    const x = Math.round((x0[k]! + x1[k]!) / 2);
    // Strips are whole pixels apart and a column is far less than 2^20 px from the canvas: one number names both.
    const column = Math.round(markY) * 1_048_576 + x;
    const lane = items[position[k]!]!.lane;
    if (lastColumn[lane] === column || drawn.has(column)) continue;
    lastColumn[lane] = column;
    drawn.add(column);
    ctx.fillRect(x, markY - 6, 2, 12);
  }
}

function drawSelection(ctx: CanvasRenderingContext2D, mark: MarkGeometry, palette: MarkPalette): void {
  const left = markLeft(mark) - 4;
  const right = markRight(mark) + 4;
  ctx.strokeStyle = palette.selection;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.roundRect(left, mark.y - LAYOUT.rowHeight / 2 + 2, right - left, LAYOUT.rowHeight - 4, 8);
  ctx.stroke();
}
