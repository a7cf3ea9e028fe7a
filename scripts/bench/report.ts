import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { RunResult } from './measure-run.ts';
import { medianOf } from './stats.ts';

/** Gzip sizes of the production bundle's scripts and styles, in kB (1000 bytes), as a CDN would send them. */
export interface BundleSize {
  jsKb: number;
  cssKb: number;
  totalKb: number;
  files: number;
}

/** Sums gzip sizes of dist/assets/*.js and *.css; null when there is no build. */
export async function bundleSize(distDir: string): Promise<BundleSize | null> {
  const assets = path.join(distDir, 'assets');
  const names = await readdir(assets).catch(() => null);
  if (names === null) return null;
  let js = 0;
  let css = 0;
  let files = 0;
  for (const name of names) {
    const isJs = name.endsWith('.js');
    if (!isJs && !name.endsWith('.css')) continue;
    const gzipped = gzipSync(await readFile(path.join(assets, name)), { level: 9 }).length;
    if (isJs) js += gzipped;
    else css += gzipped;
    files++;
  }
  return { jsKb: js / 1000, cssKb: css / 1000, totalKb: (js + css) / 1000, files };
}

/** Medians over the runs of one dataset size; null where no run measured the figure. */
export interface SizeSummary {
  size: number;
  dataMs: number | null;
  readyMs: number | null;
  readyMinusDataMs: number | null;
  floorMs: number | null;
  frameP50Ms: number | null;
  frameP95Ms: number | null;
  longTaskTotalMs: number | null;
  longTaskMaxMs: number | null;
  filterMs: number | null;
  heapMb: number | null;
}

/** Medians of each figure over the runs of one size. */
export function summarise(size: number, runs: readonly RunResult[]): SizeSummary {
  const of = (pick: (run: RunResult) => number | null | undefined) =>
    medianOf(runs.map((run) => pick(run) ?? null));
  return {
    size,
    dataMs: of((run) => run.dataMs),
    readyMs: of((run) => run.readyMs),
    readyMinusDataMs: of((run) => run.readyMinusDataMs),
    floorMs: of((run) => run.floorMs),
    frameP50Ms: of((run) => run.interaction?.frameP50Ms),
    frameP95Ms: of((run) => run.interaction?.frameP95Ms),
    longTaskTotalMs: of((run) => run.interaction?.longTaskTotalMs),
    longTaskMaxMs: of((run) => run.interaction?.longTaskMaxMs),
    filterMs: of((run) => run.filterMs),
    heapMb: of((run) => run.heapMb),
  };
}

const HEADERS = [
  'size',
  'data ms',
  'ready ms',
  'ready−data ms',
  'floor ms',
  'frame p50 ms',
  'frame p95 ms',
  'long tasks ms (max)',
  'filter ms',
  'heap MB',
];

/** The results as an aligned text table, one row per size. */
export function formatTable(rows: readonly SizeSummary[]): string {
  const fixed = (value: number | null, digits = 0) => (value === null ? 'n/a' : value.toFixed(digits));
  const cells = rows.map((row) => [
    String(row.size),
    fixed(row.dataMs),
    fixed(row.readyMs),
    fixed(row.readyMinusDataMs),
    fixed(row.floorMs),
    fixed(row.frameP50Ms, 1),
    fixed(row.frameP95Ms, 1),
    row.longTaskTotalMs === null ? 'n/a' : `${fixed(row.longTaskTotalMs)} (${fixed(row.longTaskMaxMs)})`,
    fixed(row.filterMs),
    fixed(row.heapMb, 1),
  ]);
  const widths = HEADERS.map((header, i) =>
    Math.max(header.length, ...cells.map((row) => (row[i] ?? '').length)),
  );
  const line = (row: readonly string[]) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join(' | ');
  const rule = widths.map((width) => '-'.repeat(width)).join('-|-');
  return [line(HEADERS), rule, ...cells.map(line)].join('\n');
}

/** "142.3 kB gzip (JS 135.0 kB + CSS 7.3 kB, 2 files)" */
export function formatBundle(size: BundleSize | null): string {
  if (size === null) return 'bundle: n/a (no dist/assets: build first, or drop --no-build)';
  return `bundle: ${size.totalKb.toFixed(1)} kB gzip (JS ${size.jsKb.toFixed(1)} kB + CSS ${size.cssKb.toFixed(1)} kB, ${size.files} files)`;
}
