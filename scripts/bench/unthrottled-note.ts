/**
 * Says so when the data arrived sooner than `mbps` allows for its size: Chromium applies a page's network
 * throttling to its dedicated workers, and a version that stopped doing so would otherwise go unnoticed.
 */
export function unthrottledNote(dataMs: number | null, bytes: number, mbps: number | null): string | null {
  if (mbps === null || dataMs === null) return null;
  const leastMs = ((bytes * 8) / (mbps * 1e6)) * 1000;
  if (dataMs >= leastMs) return null;
  return `network: the data arrived at ${dataMs.toFixed(0)} ms, sooner than ${mbps} Mbit/s allows (${leastMs.toFixed(0)} ms): the dataset worker's download was not throttled`;
}
