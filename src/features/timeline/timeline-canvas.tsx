import { memo, useLayoutEffect, useRef } from 'react';
import { drawMarks, type DrawOptions } from './draw-marks.ts';
import type { Band } from '../../hooks/use-visible-band.ts';
import { LAYOUT, type LaneGeometry, type TimelineLayout } from './mark-layout.ts';

interface Props extends DrawOptions {
  width: number;
  /** The part of the timeline's height inside the browser window: the only part drawn. */
  band: Band;
  /** The marks to draw: the layout's shapes and folded marks. */
  layout: Pick<TimelineLayout, 'shapes' | 'folded'>;
  lanes: readonly LaneGeometry[];
  gridlines: readonly number[];
  gridColour: string;
  /** Called after the first frame with marks has been drawn. */
  onFirstDraw: () => void;
}

/**
 * The canvas that draws every visible mark. Memoised, so it redraws when the layout, band or selection
 * changes, not when hovering or focusing a mark re-renders the timeline.
 */
export const TimelineCanvas = memo(function TimelineCanvas({
  width,
  band,
  layout,
  lanes,
  gridlines,
  gridColour,
  onFirstDraw,
  ...draw
}: Props) {
  const ref = useRef<HTMLCanvasElement>(null);
  const drawn = useRef(false);
  useLayoutEffect(() => {
    const canvas = ref.current;
    const ctx = canvas?.getContext('2d');
    if (!canvas || !ctx || width <= 0) return;
    const height = band.height;
    const ratio = window.devicePixelRatio || 1;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    ctx.setTransform(ratio, 0, 0, ratio, 0, -band.top * ratio);
    ctx.clearRect(0, band.top, width, height);
    ctx.fillStyle = gridColour;
    for (const x of gridlines) ctx.fillRect(Math.round(x), band.top, 1, height);
    for (const lane of lanes) ctx.fillRect(0, Math.round(lane.top + lane.height) - 1, width, 1);
    const margin = LAYOUT.rowHeight;
    drawMarks(ctx, layout, { top: band.top - margin, bottom: band.top + height + margin }, draw);
    if (!drawn.current && height > 0) {
      drawn.current = true;
      onFirstDraw();
    }
  });
  return (
    <canvas
      ref={ref}
      aria-hidden="true"
      className="absolute left-0 block"
      style={{ top: band.top, width, height: band.height }}
    />
  );
});
