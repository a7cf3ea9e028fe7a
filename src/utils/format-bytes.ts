const KB = 1024;
const MB = KB * 1024;
const GB = MB * 1024;

/**
 * A byte count as a reader says it: "512 bytes", "48 kB", "3.4 MB". Units of 1024, as the validator CLI counts
 * its 256 MB limit and as browsers show downloads, so the same file gets the same size everywhere.
 */
export function formatBytes(bytes: number): string {
  if (bytes < KB) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  const [value, unit] =
    bytes < MB ? [bytes / KB, 'kB'] : bytes < GB ? [bytes / MB, 'MB'] : [bytes / GB, 'GB'];
  // One decimal while it still says something (3.4 MB), none once the number is large (48 kB, 256 MB).
  const digits = value < 10 ? 1 : 0;
  return `${value.toFixed(digits).replace(/\.0$/, '')} ${unit}`;
}
