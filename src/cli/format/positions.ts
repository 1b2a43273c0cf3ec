// One-based line and column numbers for output, as editors and eslint print them.

import { LineIndex, type Span } from '../../core/text';

/** A one-based line and column (columns count UTF-16 code units, as editors do). */
export interface OneBasedPosition {
  readonly line: number;
  readonly column: number;
}

/** Converts character offsets of one text to one-based positions. */
export class OneBasedPositions {
  readonly #index: LineIndex;

  constructor(text: string) {
    this.#index = new LineIndex(text);
  }

  at(offset: number): OneBasedPosition {
    const position = this.#index.positionAt(offset);
    return { line: position.line + 1, column: position.character + 1 };
  }

  start(span: Span): OneBasedPosition {
    return this.at(span.start);
  }
}
