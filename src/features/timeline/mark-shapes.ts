/** The point shapes a mark can take. */
export type PointShape = 'circle' | 'diamond' | 'square' | 'star' | 'triangle';

/**
 * A shape's outline on a unit radius, as data, so the canvas and the legend's SVG draw the same figure:
 * a circle, or a polygon of [dx, dy] corners (y grows downwards).
 */
export type Outline =
  { type: 'circle' } | { type: 'polygon'; points: readonly (readonly [number, number])[] };

// A five-pointed star: outer corners on the unit circle, inner ones at 0.45, first corner at the top.
const star = Array.from({ length: 10 }, (_, i): [number, number] => {
  const radius = i % 2 === 0 ? 1.2 : 0.54;
  const angle = -Math.PI / 2 + (i * Math.PI) / 5;
  return [radius * Math.cos(angle), radius * Math.sin(angle)];
});

// Sizes are tuned so the shapes look equally heavy: a diamond reaches a little further than the circle,
// a square a little less.
export const outlines: Record<PointShape, Outline> = {
  circle: { type: 'circle' },
  diamond: { type: 'polygon', points: [[0, -7 / 6], [7 / 6, 0], [0, 7 / 6], [-7 / 6, 0]] },
  square: { type: 'polygon', points: [[-5 / 6, -5 / 6], [5 / 6, -5 / 6], [5 / 6, 5 / 6], [-5 / 6, 5 / 6]] },
  star: { type: 'polygon', points: star },
  triangle: { type: 'polygon', points: [[0, -1.2], [1.1, 0.85], [-1.1, 0.85]] },
}; // prettier-ignore

/** The path methods both a canvas context and the SVG path builder below provide. */
interface PathSink {
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  closePath(): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
}

/** Adds a shape's outline centred on (cx, cy) with radius r to a path. */
export function tracePointShape(sink: PathSink, shape: PointShape, cx: number, cy: number, r: number): void {
  const outline = outlines[shape];
  if (outline.type === 'circle') {
    sink.moveTo(cx + r, cy);
    sink.arc(cx, cy, r, 0, Math.PI * 2);
    return;
  }
  outline.points.forEach(([dx, dy], i) => {
    if (i === 0) sink.moveTo(cx + dx * r, cy + dy * r);
    else sink.lineTo(cx + dx * r, cy + dy * r);
  });
  sink.closePath();
}

/** An SVG `d` attribute for a shape, for the legend. */
export function pointShapePath(shape: PointShape, cx: number, cy: number, r: number): string {
  const parts: string[] = [];
  const n = (v: number) => String(Math.round(v * 100) / 100);
  tracePointShape(
    {
      moveTo: (x, y) => parts.push(`M${n(x)} ${n(y)}`),
      lineTo: (x, y) => parts.push(`L${n(x)} ${n(y)}`),
      closePath: () => parts.push('Z'),
      // A full circle as two half arcs (one SVG arc cannot start and end at the same point).
      arc: (x, y, radius) =>
        parts.push(
          `A${n(radius)} ${n(radius)} 0 1 1 ${n(x - radius)} ${n(y)}`,
          `A${n(radius)} ${n(radius)} 0 1 1 ${n(x + radius)} ${n(y)}`,
        ),
    },
    shape,
    cx,
    cy,
    r,
  );
  return parts.join(' ');
}
