// Overlap look-ups for units read in text order. Separate because several stages (units, signals) ask the same
// question of other finders' spans, and the cursor's walking order is its own concern.

import { overlaps, type Span } from '../../text';

/**
 * Answers "which items overlap this span?" for spans asked in increasing start order, walking the items once
 * instead of searching them all for every unit.
 */
export class OverlapCursor<T> {
  readonly #items: readonly T[];
  /** The items' spans, read once rather than through a function at every step. */
  readonly #spans: readonly Span[];
  #next = 0;

  constructor(items: readonly T[], spanOf: (item: T) => Span) {
    this.#items = inStartOrder(items, spanOf);
    this.#spans = this.#items.map(spanOf);
  }

  /** True when some item overlaps `[start, end)`; same order rule as {@link overlapping}. */
  overlaps(start: number, end: number): boolean {
    return this.firstOverlapping(start, end) !== undefined;
  }

  /** The first item, by start, overlapping `[start, end)`; same order rule as {@link overlapping}. */
  firstOverlapping(start: number, end: number): T | undefined {
    const spans = this.#spans;
    while (this.#next < spans.length && spans[this.#next].end <= start) this.#next++;
    for (let i = this.#next; i < spans.length && spans[i].start < end; i++) {
      if (spans[i].end > start) return this.#items[i];
    }
    return undefined;
  }

  overlapping(span: Span): T[] {
    const spans = this.#spans;
    while (this.#next < spans.length && spans[this.#next].end <= span.start) this.#next++;
    const found: T[] = [];
    for (let i = this.#next; i < spans.length && spans[i].start < span.end; i++) {
      if (overlaps(spans[i], span)) found.push(this.#items[i]);
    }
    return found;
  }
}

/** True when the items are already sorted by start, as the finders give them, and need no sorted copy. */
/** `items` in increasing order of their spans' starts: themselves when they already are, as most finders give them. */
export function inStartOrder<T>(items: readonly T[], spanOf: (item: T) => Span): readonly T[] {
  return startsInOrder(items, spanOf) ? items : [...items].sort((a, b) => spanOf(a).start - spanOf(b).start);
}

function startsInOrder<T>(items: readonly T[], spanOf: (item: T) => Span): boolean {
  for (let i = 1; i < items.length; i++) if (spanOf(items[i]).start < spanOf(items[i - 1]).start) return false;
  return true;
}
