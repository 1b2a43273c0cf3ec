// Binary search over sorted arrays: the offsets the finders keep in text order, and the summary's sorted lists.

/** The index of the first element of `sorted` not less than `value`; `sorted.length` when there is none. */
export function lowerBound<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (sorted[mid] < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
