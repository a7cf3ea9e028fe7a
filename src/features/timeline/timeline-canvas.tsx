import { useLayoutEffect, useRef } from 'react';
import { drawMarks, type DrawOptions } from './draw-marks.ts';
import type { LaneGeometry, MarkGeometry } from './mark-layout.ts';

interface Props extends DrawOptions {
  width: number;
  height: number;
  marks: readonly MarkGeometry[];
  lanes: readonly LaneGeometry[];
  gridlines: readonly number[];
  gridColour: string;
  /** Called after the first frame with marks has been drawn. */
  onFirstDraw: () => void;
}

/** The canvas that draws every visible mark; redrawn whenever the layout changes. */
export function TimelineCanvas({ width, height, marks, lanes, gridlines, gridColour, onFirstDraw, ...draw }: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const drawn = useRef(false);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || width <= 0) return;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    ctx.fillStyle = gridColour;
    for (const x of gridlines) ctx.fillRect(Math.round(x), 0, 1, height);
    for (const lane of lanes) ctx.fillRect(0, Math.round(lane.top + lane.height) - 1, width, 1);
    drawMarks(ctx, marks, draw);
    if (!drawn.current) {
      drawn.current = true;
      onFirstDraw();
    }
  });
  return <canvas ref={ref} aria-hidden="true" className="absolute inset-0 block" style={{ width, height }} />;
}
