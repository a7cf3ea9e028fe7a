/**
 * The performance mark set when a dataset's last byte has arrived. The download mostly runs in the dataset
 * worker, whose fetch the page's resource timing does not list (all but the bundled dataset's checked bytes,
 * which the page reads: load-bundled-on-page.ts), so benchmarks and tests measure what the page does with the
 * data from this mark instead. `detail.url` is the dataset's address as asked for.
 */
export const DATASET_ARRIVED_MARK = 'dataset-arrived';

/** Marks the arrival at `epochMs` (ms since the Unix epoch: the worker's clock has another origin). */
export function markDatasetArrived(url: string, epochMs: number): void {
  const startTime = Math.max(0, epochMs - performance.timeOrigin);
  performance.mark(DATASET_ARRIVED_MARK, { startTime, detail: { url } });
}
