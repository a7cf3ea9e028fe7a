/** The p-th percentile (0–100) by linear interpolation between closest ranks; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const lower = sorted[low] ?? 0;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (rank - low);
}

/** The median of the values that were measured; null when none was (every run was n/a). */
export function medianOf(values: readonly (number | null)[]): number | null {
  return percentile(
    values.filter((value): value is number => value !== null),
    50,
  );
}

/** Differences between consecutive timestamps: frame intervals from requestAnimationFrame times. */
export function intervals(timestamps: readonly number[]): number[] {
  return timestamps.slice(1).map((time, i) => time - (timestamps[i] ?? time));
}

/** A long task as [startTime, duration], in ms on the page's clock. */
export type LongTask = readonly [start: number, duration: number];

/** Total and longest duration of the long tasks that overlap a time window; zeros when there were none. */
export function longTasksDuring(tasks: readonly LongTask[], from: number, to: number) {
  const overlapping = tasks.filter(([start, duration]) => start < to && start + duration > from);
  const durations = overlapping.map(([, duration]) => duration);
  return {
    count: durations.length,
    totalMs: durations.reduce((sum, d) => sum + d, 0),
    maxMs: durations.length > 0 ? Math.max(...durations) : 0,
  };
}
