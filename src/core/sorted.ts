// Binary search over things kept in order: the offsets and spans the finders keep in text order, the lines and
// sentences of a letter, and the summary's sorted lists. Every search is one partition point.

/**
 * The first index in 0..count at which `before` is false, given that it is true for every index below some point
 * and false from there on; `count` when it is true throughout.
 */
export function partitionPoint(count: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = count;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The index of the first element of `sorted` not less than `value`; `sorted.length` when there is none. */
export function lowerBound<T extends number | string>(sorted: ArrayLike<T>, value: T): number {
  return partitionPoint(sorted.length, (i) => sorted[i] < value);
}

/** The index of the last of `count` items, in order by start, that starts at or before `offset`; 0 when none does. */
export function lastStartingBy(count: number, startOf: (index: number) => number, offset: number): number {
  return Math.max(0, partitionPoint(count, (i) => startOf(i) <= offset) - 1);
}

/** The index of the span holding `offset` among spans in order and not overlapping, or -1 when none holds it. */
export function spanIndexAt(spans: readonly { readonly start: number; readonly end: number }[], offset: number): number {
  const index = partitionPoint(spans.length, (i) => spans[i].end <= offset);
  return index < spans.length && spans[index].start <= offset ? index : -1;
}
