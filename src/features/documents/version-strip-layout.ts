import { DAY_MS, shortMonthName } from '../../domain/calendar-days.ts';

/** What the strip needs of one version: its interval in UTC milliseconds and a short label. */
export interface StripInput {
  id: string;
  start: number;
  end: number;
  /** Drawn above the mark: the number of points, or "?" when the sources give none. */
  label: string;
  approximate: boolean;
}

export interface StripMark {
  id: string;
  /** Centre of the mark, and the extent of its date interval, in pixels. */
  x: number;
  x1: number;
  x2: number;
  /** Label row, 0 nearest the axis; marks whose labels would touch go up a row. */
  row: number;
  label: string;
  approximate: boolean;
}

export interface StripTick {
  x: number;
  label: string;
}

const PAD = 24;
const DAY = DAY_MS;
/** Roughly how wide a label is per character at the strip's font size. */
const CHAR_WIDTH = 7;

/**
 * Places each version at its date on a horizontal strip `width` pixels wide, with month ticks, and lifts a
 * label a row when it would overlap the previous label on the same row. Pure geometry, in input order.
 */
export function versionStripLayout(
  inputs: readonly StripInput[],
  width: number,
): {
  marks: StripMark[];
  ticks: StripTick[];
  rows: number;
} {
  if (inputs.length === 0 || width <= 2 * PAD) return { marks: [], ticks: [], rows: 0 };
  const first = Math.min(...inputs.map((v) => v.start)) - 3 * DAY;
  const last = Math.max(...inputs.map((v) => v.end)) + 3 * DAY;
  const scale = (t: number) => PAD + ((t - first) / (last - first)) * (width - 2 * PAD);
  const rowEnds: number[] = [];
  const marks = inputs.map((v): StripMark => {
    const x1 = scale(v.start);
    const x2 = scale(v.end);
    const x = (x1 + x2) / 2;
    const half = (v.label.length * CHAR_WIDTH) / 2 + 4;
    let row = rowEnds.findIndex((end) => end <= x - half);
    if (row === -1) row = rowEnds.length;
    rowEnds[row] = x + half;
    return { id: v.id, x, x1, x2, row, label: v.label, approximate: v.approximate };
  });
  return { marks, ticks: monthTicks(first, last, scale, width), rows: rowEnds.length };
}

/** The first day of each month in range, labelled "Nov" (and the year in January or at the first tick). */
function monthTicks(first: number, last: number, scale: (t: number) => number, width: number): StripTick[] {
  const ticks: StripTick[] = [];
  const cursor = new Date(first);
  cursor.setUTCDate(1);
  cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  cursor.setUTCHours(0, 0, 0, 0);
  const months = Math.max(1, Math.round((last - first) / (30 * DAY)));
  // Skip months when there are too many to label legibly.
  const step = Math.max(1, Math.ceil((months * 40) / width));
  for (let i = 0; cursor.getTime() <= last; i++) {
    if (i % step === 0) {
      const month = shortMonthName(cursor.getTime());
      const label =
        ticks.length === 0 || cursor.getUTCMonth() === 0 ? `${month} ${cursor.getUTCFullYear()}` : month;
      ticks.push({ x: scale(cursor.getTime()), label });
    }
    cursor.setUTCMonth(cursor.getUTCMonth() + 1);
  }
  return ticks;
}
