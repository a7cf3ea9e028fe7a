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
/** `more` says how many of the lane's rounds are folded away (" · 3 more, zoom in"), empty when none. */
export type PictureLane = { label: string; top: number; height: number; more: string };
export type PictureLabel = { text: string; x: number; y: number };

/** How a mark is filled: solid, hollow (background inside) or its left half solid, as the timeline fills it. */
export type MarkFill = 'solid' | 'hollow' | 'half';

/** A mark's figure: a point's outline as an SVG path around (0, 0), or a bar over [left, right]. */
export type MarkFigure = { kind: 'point'; outline: string } | { kind: 'bar' };

export interface PictureMark {
  /** Left and right edge as drawn; a point's edges are its centre ± half the point width. */
  left: number;
  right: number;
  y: number;
  figure: MarkFigure;
  fill: MarkFill;
  /** Stroke dash pattern (indirect talks are dashed); empty for a solid line. */
  dash: readonly number[];
  colour: string;
  /** An approximate date: hatched band over [left, right]. */
  band?: { left: number; right: number };
  /** Folded into the lane's density strip: a thin tick, no shape. */
  folded: boolean;
  faded: boolean;
  selected: boolean;
}

export type MarkSwatch = {
  kind: 'mark';
  figure: MarkFigure;
  fill: MarkFill;
  dash: readonly number[];
  colour: string;
};

export interface LegendItem {
  label: string;
  swatch: MarkSwatch | { kind: 'band' } | { kind: 'density' };
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
