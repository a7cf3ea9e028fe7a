/**
 * The first index of `array` whose element is not `before`, in O(log n), for an array in which every element
 * that is `before` comes ahead of every one that is not (sorted by what `before` tests). Returns
 * `array.length` when every element is `before`.
 */
export function firstIndex<T>(array: ArrayLike<T>, before: (element: T) => boolean): number {
  let lo = 0;
  let hi = array.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(array[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
