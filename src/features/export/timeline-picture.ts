/**
 * A still picture of the timeline as plain data: what the export draws, computed by the app from the
 * timeline's own layout (the same lanes, rows, ticks and labels as on screen), so this feature needs no
 * knowledge of how the timeline lays itself out.
 */
export interface TimelinePicture {
  /** Width of the timeline's drawing area in CSS pixels, as on screen. */
  width: number;
  /** Height of the lanes. */
  bodyHeight: number;
  theme: PictureTheme;
  title: string;
  /** Lines under the title: what the view shows ("Place: Istanbul · 3 of 12 rounds") and its period. */
  subtitle: string[];
  /** "Data: … · licence · Made with Parley" and "Source: <address of the view>". */
  footer: string[];
  axis: { major: PictureTick[]; minor: PictureTick[] };
  gridlines: readonly number[];
  lanes: PictureLane[];
  marks: PictureMark[];
  labels: PictureLabel[];
  legend: LegendGroup[];
}

export type PictureTick = { x: number; label: string; sticky?: true };
export type PictureLane = { label: string; top: number; height: number; folded: number };
export type PictureLabel = { text: string; x: number; y: number };

export type MarkShape = 'circle' | 'diamond' | 'square' | 'bar';
/** solid in person, hollow remote, dashed indirect, half mixed (as the timeline fills its marks). */
export type MarkFill = 'solid' | 'hollow' | 'dashed' | 'half';

export interface PictureMark {
  /** Left and right edge as drawn; a point's edges are its centre ± half the point width. */
  left: number;
  right: number;
  y: number;
  shape: MarkShape;
  fill: MarkFill;
  colour: string;
  /** An approximate date: hatched band over [bandLeft, bandRight]. */
  band?: { left: number; right: number };
  /** Folded into the lane's density strip: a thin tick, no shape. */
  folded: boolean;
  faded: boolean;
  selected: boolean;
}

export interface LegendItem {
  label: string;
  swatch: { kind: 'mark'; shape: MarkShape; fill: MarkFill; colour: string } | { kind: 'band' | 'density' };
}
export type LegendGroup = { heading: string; items: LegendItem[] };

export interface PictureTheme {
  background: string;
  text: string;
  muted: string;
  laneLabel: string;
  grid: string;
  border: string;
  axisMajor: string;
  axisMinor: string;
  hatch: string;
  density: string;
  selection: string;
  neutral: string;
}
