// The lines of a letter as offsets, for the parts of the analysis that read line by line (lists, headings,
// per-tool answer lines). One pass, no copies beyond each line's own text.

/** One line of the text, without its line break. */
export interface Line {
  readonly start: number;
  /** End of the line's text, before its line break (and before a CR of a CRLF). */
  readonly end: number;
  readonly text: string;
}

/** Every line of `text`, in order; LF and CRLF endings. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const textEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    lines.push({ start, end: textEnd, text: text.slice(start, textEnd) });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

/** The index of the line holding `offset`, by binary search over lines from {@link splitLines}. */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}
