// The lines of a letter as offsets, for the parts of the analysis that read line by line (lists, headings,
// per-tool answer lines). One pass, no copies beyond each line's own text.

import { lastStartingBy } from '../sorted';

/** One line of the text, without its line break. */
export interface Line {
  readonly start: number;
  /** End of the line's text, before its line break (and before a CR of a CRLF). */
  readonly end: number;
  readonly text: string;
  /** Where in `text` the first character that is not whitespace stands; `text.length` when there is none. */
  readonly indent: number;
  /** True when the line is empty or only whitespace. */
  readonly blank: boolean;
}

/** Every line of `text`, in order; LF and CRLF endings. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const textEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    let indent = 0;
    while (start + indent < textEnd && isWhitespaceCode(text.charCodeAt(start + indent))) indent++;
    lines.push({ start, end: textEnd, text: text.slice(start, textEnd), indent, blank: start + indent === textEnd });
    if (newline === -1) return lines;
    start = newline + 1;
  }
}

/** The index of the line holding `offset`, by binary search over lines from {@link splitLines}. */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  return lastStartingBy(lines.length, (i) => lines[i].start, offset);
}

/** The index of the first line after line `i` that is not blank, or -1 when there is none. */
export function nextContentLine(lines: readonly Line[], i: number): number {
  for (let next = i + 1; next < lines.length; next++) if (!lines[next].blank) return next;
  return -1;
}

/** True for the ASCII digits 0 to 9. */
export function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** True for the ASCII letters a to z, in either case. */
export function isAsciiLetter(code: number): boolean {
  const lower = code | 32;
  return lower >= 97 && lower <= 122;
}

/** True for "i", "v" or "x" in either case: the letters a roman numeral of a list's label is written with. */
export function isRomanLetter(code: number): boolean {
  const lower = code | 32;
  return lower === 105 || lower === 118 || lower === 120;
}

/** The marks a bulleted line opens with, as a character class's contents: "-", "*", "•", "–" and the like. */
export const BULLET_MARKS = '-*•–·▪◦‣';

/** A line of rule characters only: a table's border, or the rule between its header and its rows. */
export const RULE_LINE = /^[ \t|:+\-=_─━┼┬┴├┤│┃═╪╫]*$/u;

const BLANK_LINE = /\n[ \t]*\r?\n/;
const BLANK_LINES = new RegExp(BLANK_LINE.source, 'g');

/** Whether a blank line, a paragraph's end, lies in `text[from, to)`. */
export function blankLineBetween(text: string, from: number, to: number): boolean {
  return BLANK_LINE.test(text.slice(from, to));
}

/**
 * Where the paragraph going on at `from` ends: at the line break opening the first blank line before `to`, else
 * `to`.
 */
export function paragraphEnd(text: string, from: number, to: number): number {
  const blank = BLANK_LINE.exec(text.slice(from, to));
  if (!blank) return to;
  const at = from + blank.index;
  return at > from && text.charCodeAt(at - 1) === 13 ? at - 1 : at;
}

/** The words of `text` after its last blank line. */
export function lastParagraph(text: string): string {
  let start = 0;
  for (const blank of text.matchAll(BLANK_LINES)) start = blank.index + blank[0].length;
  return text.slice(start);
}

/** Where the text of `text[start, end)` ends, before any trailing whitespace; `start` when it is all whitespace. */
export function contentEnd(text: string, start = 0, end = text.length): number {
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return end;
}

/** True when the last character of `text[start, end)` other than whitespace is a colon: it announces what follows. */
export function endsWithColon(text: string, start = 0, end = text.length): boolean {
  const last = contentEnd(text, start, end);
  return last > start && text.charCodeAt(last - 1) === 58;
}

/**
 * The first line of the block of lines, with no blank line between them, that holds line `i`, read back at most
 * `reach` lines: a paragraph's first line, or a table's header over its row.
 */
export function blockStart(lines: readonly Line[], i: number, reach: number): number {
  let top = i;
  while (top > 0 && i - top < reach && !lines[top - 1].blank) top--;
  return top;
}

/**
 * What stands between two cells of a CSV row: a comma, semicolon or tab. Only spaces stand around it, so a run of
 * tabs is read one way only.
 */
const CELL_SEPARATOR = ' *[,;\\t] *';
/** Cells in straight quotes split by {@link CELL_SEPARATOR}: a row of a CSV file. */
const QUOTED_CELLS = new RegExp(`^"[^"\\n]*"(?:${CELL_SEPARATOR}"[^"\\n]*")+$`);
/** From the closing quote of one cell to the opening quote of the next. */
const BETWEEN_CELLS = new RegExp(`"${CELL_SEPARATOR}"`, 'y');

/** True when `text` from `start` to `end` (a line's content, without the spaces around it) is a row of quoted cells. */
export function isQuotedRow(text: string, start: number, end: number): boolean {
  return text.charCodeAt(start) === 34 && text.charCodeAt(end - 1) === 34 && QUOTED_CELLS.test(text.slice(start, end));
}

/** Where the text of the next quoted cell starts, after the closing quote at `closingQuote`; -1 when none follows. */
export function nextQuotedCell(text: string, closingQuote: number): number {
  BETWEEN_CELLS.lastIndex = closingQuote;
  return BETWEEN_CELLS.test(text) ? BETWEEN_CELLS.lastIndex : -1;
}

/** True for the characters `\s` matches in a regular expression (spaces, tabs, line breaks, Unicode spaces). */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 ||
    code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

/**
 * The next occurrence of one character at or after an offset. An answer is kept and reused for every later offset
 * up to it, so offsets that mostly increase, as when reading line by line, search the text about once, by
 * `indexOf` (far faster than a loop over characters or an expression with a character class), instead of once per
 * line; an offset before the last searched from searches again.
 */
export class NextOccurrence {
  readonly #text: string;
  readonly #character: string;
  /** Where the last search started (-1 before the first) and what it found (`text.length` when nothing). */
  #searchedFrom = -1;
  #at = -1;

  constructor(text: string, character: string) {
    this.#text = text;
    this.#character = character;
  }

  /** The offset of the next occurrence at or after `offset`, or `text.length` when there is none. */
  from(offset: number): number {
    if (offset < this.#searchedFrom || offset > this.#at) {
      const index = this.#text.indexOf(this.#character, offset);
      this.#searchedFrom = offset;
      this.#at = index < 0 ? this.#text.length : index;
    }
    return this.#at;
  }

  /** True when the character occurs in `[start, end)`. */
  within(start: number, end: number): boolean {
    return this.from(start) < end;
  }
}

/** A hyphen ending a line, then the line break and any indent of the next line: where a wrap broke a word. */
export const HYPHEN_LINE_BREAK = String.raw`-[ \t]*\r?\n[ \t]*`;

/** A word a line's wrap broke with a hyphen ("Informa-" / "tion"), with the line break and indents around it. */
const WRAPPED_WORD = new RegExp(String.raw`(\p{L})${HYPHEN_LINE_BREAK}(?=\p{Ll})`, 'gu');

/** `value` with each word a line's wrap broke with a hyphen joined again: "Informa-\ntion" gives "Information". */
export function joinWrappedWords(value: string): string {
  return value.replace(WRAPPED_WORD, '$1');
}
