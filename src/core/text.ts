// Plain text positions shared by the core, the command line and the extension layer.
// The core speaks in character offsets (UTF-16 code units, as JavaScript strings and VS Code do);
// hosts convert to their own positions.

import { lastStartingBy } from './sorted';

/** A half-open range of character offsets `[start, end)` into the analysed text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** True when two spans share a character. */
export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * The items whose spans overlap none of `others`'. Both lists are in text order, and `others` do not overlap one
 * another: the ones that may overlap an item are found by walking on, once through both lists.
 */
export function clearOf<T extends { readonly span: Span }>(items: readonly T[], others: readonly { readonly span: Span }[]): T[] {
  let o = 0;
  return items.filter((item) => {
    while (o < others.length && others[o].span.end <= item.span.start) o++;
    return o === others.length || !overlaps(others[o].span, item.span);
  });
}

/** A zero-based line and character, as in VS Code. */
export interface Position {
  readonly line: number;
  readonly character: number;
}

/** Converts between offsets and zero-based line/character positions of one text. */
export class LineIndex {
  readonly #lineStarts: number[];
  readonly #length: number;

  constructor(text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        starts.push(i + 1);
      } else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.#lineStarts = starts;
    this.#length = text.length;
  }

  get lineCount(): number {
    return this.#lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.#length));
    const starts = this.#lineStarts;
    const line = lastStartingBy(starts.length, (i) => starts[i], clamped);
    return { line, character: clamped - starts[line] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.#lineStarts.length) return this.#length;
    return Math.min(this.#lineStarts[position.line] + Math.max(0, position.character), this.#length);
  }
}
