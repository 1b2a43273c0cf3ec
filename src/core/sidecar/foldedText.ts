// Text reduced to what survives re-extraction of a letter from PDF or Word (line breaks and spacing change,
// quotes and dashes change shape, ligatures split), with a map from each kept character back to the original.
// Quotes are searched for in folded text so that a passage recorded once is found again in a re-extracted copy.

/**
 * How much to fold. `typographic`: whitespace removed; curly quotes, dashes and compatibility forms (ligatures,
 * full-width letters, ellipsis) made plain. `letters`: only letters and digits are kept, in lower case, which also
 * absorbs hyphenation at line ends and changes of punctuation.
 */
export type FoldLevel = 'typographic' | 'letters';

/** Folded text with, for each of its characters, the original character it came from. */
export interface FoldedText {
  readonly text: string;
  /** Offset in the original text of the character each folded character came from. */
  readonly starts: Int32Array;
  /** Offset just after that original character. */
  readonly ends: Int32Array;
}

const SINGLE_QUOTES = '\u2018\u2019\u201a\u201b\u2032\u2039\u203a`\u00b4';
const DOUBLE_QUOTES = '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb';
const DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2043\ufe58\ufe63\uff0d';
/** Characters that vanish from text without changing it: zero-width spaces and joiners, soft hyphen, BOM. */
const INVISIBLE = '\u200b\u200c\u200d\u2060\u00ad\ufeff';

const FOLDS: ReadonlyMap<string, string> = new Map([
  ...[...SINGLE_QUOTES].map((c) => [c, "'"] as const),
  ...[...DOUBLE_QUOTES].map((c) => [c, '"'] as const),
  ...[...DASHES].map((c) => [c, '-'] as const),
  ...[...INVISIBLE].map((c) => [c, ''] as const),
]);

const WHITESPACE = /\s/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Folds `text` at `level`. Linear in the length of the text. */
export function foldText(text: string, level: FoldLevel): FoldedText {
  const map = new OffsetMap(text.length);
  const pieces: string[] = [];
  // Characters that fold to themselves are copied in runs rather than one by one.
  let runStart = -1;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (foldsToItself(code, level)) {
      if (runStart < 0) runStart = i;
      map.push(i, i + 1);
      i++;
      continue;
    }
    if (runStart >= 0) pieces.push(text.slice(runStart, i));
    runStart = -1;
    const width = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length ? 2 : 1;
    const folded = code < 0x80 ? foldAscii(text[i], code, level) : foldOther(text.slice(i, i + width), level);
    for (let k = 0; k < folded.length; k++) map.push(i, i + width);
    pieces.push(folded);
    i += width;
  }
  if (runStart >= 0) pieces.push(text.slice(runStart));
  return { text: pieces.join(''), starts: map.starts(), ends: map.ends() };
}

/** Growable pairs of offsets. */
class OffsetMap {
  #starts: Int32Array;
  #ends: Int32Array;
  #length = 0;

  constructor(capacity: number) {
    this.#starts = new Int32Array(Math.max(16, capacity));
    this.#ends = new Int32Array(Math.max(16, capacity));
  }

  push(start: number, end: number): void {
    if (this.#length === this.#starts.length) {
      const starts = new Int32Array(this.#length * 2);
      const ends = new Int32Array(this.#length * 2);
      starts.set(this.#starts);
      ends.set(this.#ends);
      this.#starts = starts;
      this.#ends = ends;
    }
    this.#starts[this.#length] = start;
    this.#ends[this.#length] = end;
    this.#length++;
  }

  starts(): Int32Array {
    return this.#starts.subarray(0, this.#length);
  }

  ends(): Int32Array {
    return this.#ends.subarray(0, this.#length);
  }
}

/** ASCII characters a fold leaves as they are: visible ones but the backtick, or at the letters level a-z and 0-9. */
function foldsToItself(code: number, level: FoldLevel): boolean {
  if (level === 'letters') return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return code > 0x20 && code < 0x7f && code !== 0x60;
}

function foldAscii(c: string, code: number, level: FoldLevel): string {
  if (level === 'letters') {
    if (code >= 0x41 && code <= 0x5a) return String.fromCharCode(code + 32);
    return (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a) ? c : '';
  }
  if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) return '';
  return c === '`' ? "'" : c;
}

function foldOther(c: string, level: FoldLevel): string {
  let folded = FOLDS.get(c);
  if (folded === undefined) {
    folded = '';
    for (const part of c.normalize('NFKC')) {
      if (!WHITESPACE.test(part)) folded += FOLDS.get(part) ?? part;
    }
  }
  if (level === 'typographic') return folded;
  let kept = '';
  for (const part of folded.toLowerCase()) if (LETTER_OR_DIGIT.test(part)) kept += part;
  return kept;
}
