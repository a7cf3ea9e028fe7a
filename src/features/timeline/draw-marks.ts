import { LAYOUT, markLeft, markRight, midX, type MarkGeometry } from './mark-layout.ts';
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

/**
 * Draws every visible mark on a canvas, styled by the encoding spec (encoding.ts). Canvas, not SVG, because thousands of marks redraw on every zoom frame;
 * accessibility comes from the button layer above it.
 */
export function drawMarks(
  ctx: CanvasRenderingContext2D,
  marks: readonly MarkGeometry[],
  options: DrawOptions,
): void {
  const { palette, selectedRoundId, dimmed } = options;
  const selected: MarkGeometry[] = [];
  for (const mark of marks) {
    ctx.globalAlpha = dimmed?.has(mark.item.roundId) ? 0.22 : 1;
    if (mark.folded) drawDensityTick(ctx, mark, palette);
    else drawMark(ctx, mark, palette);
    if (mark.item.roundId === selectedRoundId) selected.push(mark);
  }
  ctx.globalAlpha = 1;
  for (const mark of selected) drawSelection(ctx, mark, palette);
}

function drawMark(ctx: CanvasRenderingContext2D, mark: MarkGeometry, palette: MarkPalette): void {
  const style = markStyle(mark.item);
  const colour = style.colour ?? palette.noOutcome;
  if (mark.item.dateKind === 'approximate') drawUncertaintyBand(ctx, mark, palette, colour);
  const left = mark.item.dateKind === 'range' ? markLeft(mark) : midX(mark) - LAYOUT.pointWidth / 2;
  const right = mark.item.dateKind === 'range' ? markRight(mark) : left + LAYOUT.pointWidth;
  ctx.beginPath();
  if (mark.item.dateKind === 'range') {
    ctx.roundRect(left, mark.y - BAR_HEIGHT / 2, right - left, BAR_HEIGHT, BAR_HEIGHT / 2);
  } else {
    tracePointShape(ctx, style.shape, (left + right) / 2, mark.y, LAYOUT.pointWidth / 2 - 1);
  }
  paintFill(ctx, mark, style, colour, palette, left, right);
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
): void {
  ctx.lineWidth = 2;
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
  ctx.stroke();
  ctx.setLineDash([]);
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

function drawDensityTick(ctx: CanvasRenderingContext2D, mark: MarkGeometry, palette: MarkPalette): void {
  ctx.fillStyle = palette.density;
  ctx.fillRect(Math.round(midX(mark)), mark.y - 6, 2, 12);
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
