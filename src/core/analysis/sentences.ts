// Splits a letter into sentences. Letters arrive as text pulled out of PDFs: lines break mid-sentence (sometimes
// with blank lines inside a sentence), lists use bullets or enumerators, headings sit on their own lines, and
// converters leave Markdown behind. One pass over the lines; within a line only its stops (full stops, "!", "?",
// bullets) are looked at, found with `indexOf`, as a loop over every character costs several times more.

import { spanIndexAt } from '../sorted';
import type { Span } from '../text';
import { isDigitCode, isQuotedRow, NextOccurrence, type Line as TextLine } from './lines';

/** A line that is not blank, as the splitter reads it. */
interface Line {
  /** First and one-past-last non-space characters. */
  readonly contentStart: number;
  readonly contentEnd: number;
  /** Where the sentence text begins once bullet glyphs and Markdown heading marks are skipped. */
  readonly textStart: number;
  /** Just after any enumerator ("1." "Q1."), whose full stop does not end a sentence. */
  readonly bodyStart: number;
  /** True when the line opens a list item (bullet glyph or enumerator such as "1.", "a)", "Q1."). */
  readonly listItem: boolean;
  /** True when the line is nothing but a list marker, such as "1)". */
  readonly markerOnly: boolean;
  /** Markdown heading (`### ...`) or a line in bold from end to end (`**...**`). */
  readonly markedHeading: boolean;
  /** True when at least one blank line stands between this line and the previous line that is not blank. */
  readonly blankBefore: boolean;
}

const MARKDOWN_HEADING = /^#{1,6}[ \t\u00a0]+/;
/**
 * Glyphs that open a bulleted line (and a form's boxes); the dashes and "*" (below) only when a second "*" does not
 * follow.
 */
const BULLET_GLYPHS: ReadonlySet<number> = codesOf('•●▪◦·‣∙■□➢►✓✔☐☑☒');
const BULLET_DASHES: ReadonlySet<number> = codesOf('-–—*');
/**
 * Enumerators: "1." "1)" "(a)" "a)" "iv." "Q1." "d):" "1.As" (PDF text often loses the space after a number), a
 * number with its lettered part, "2b" or "Q3c.", before a space, and a range of roman numerals, "iv - v:".
 */
const ENUMERATOR = /^(?:[ivx]{1,4}[ \t]*(?:[-–]|to)[ \t]*[ivx]{1,4}[.:)](?=[ \t\u00a0]|$)|Q?\d{1,2}[a-h][.:)]?(?=[ \t\u00a0])|Q\d{1,2}[.:)]?(?=[ \t\u00a0]|$)|\(?(?:\d{1,2}[.)](?=[ \t\u00a0]|$|[A-Za-z])|\d{1,2}\):(?=[ \t\u00a0])|(?:[a-zA-Z]|[ivx]{2,4})[.)]:?(?=[ \t\u00a0]|$))|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\):?(?=[ \t\u00a0]|$))/;
/** A web address: a line of nothing else ends its sentence, and one after a full stop does not continue it. */
const URL_START = /^(?:https?:|www\.)/i;
/** What a sentence can end at: ".", "!", "?", and the bullets converters run into one line (see {@link Stops}). */
const STOPS = ['.', '!', '?', '\u2022', '\u25cf', '\u25aa'];
/** How many characters after a stop are looked at before searching for the next: stops come that close in lists. */
const ADJACENT_REACH = 4;
/** 1 at the code of each of the {@link STOPS}: one load tells whether a character is one. */
const STOP_TABLE = new Uint8Array(0x10000);
for (const stop of STOPS) STOP_TABLE[stop.charCodeAt(0)] = 1;

/** The most characters {@link packWord} packs: five bits each keep the number below 2^30, a small integer in V8. */
const PACKED_LENGTH = 6;

/**
 * A list of lower-case words, looked up by a stretch of the text ignoring case. A short ASCII stretch (the usual
 * case) is packed into an integer and looked up as one, without building a lower-cased string for it.
 */
class WordList {
  readonly #words: ReadonlySet<string>;
  readonly #packed: ReadonlySet<number>;
  /** The length of the longest word: a longer stretch is none of them, as lower-casing never shortens one. */
  readonly longest: number;

  constructor(words: readonly string[]) {
    this.#words = new Set(words);
    this.#packed = new Set(words.filter((word) => word.length <= PACKED_LENGTH).map((word) => packWord(word, 0, word.length)));
    this.longest = Math.max(...words.map((word) => word.length));
  }

  /** True when the text from `start` to `end`, lower-cased, is one of the words. */
  has(text: string, start: number, end: number): boolean {
    const length = end - start;
    if (length === 0 || length > this.longest) return false;
    const packed = length <= PACKED_LENGTH ? packWord(text, start, end) : -1;
    return packed >= 0 ? this.#packed.has(packed) : this.#words.has(text.slice(start, end).toLowerCase());
  }
}

/** ASCII letters and full stops from `start` to `end`, lower-cased and packed five bits a character; -1 for others. */
function packWord(text: string, start: number, end: number): number {
  let packed = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const lower = code | 32;
    if (code === 46) packed = packed * 32 + 27;
    else if (lower >= 97 && lower <= 122) packed = packed * 32 + lower - 96;
    else return -1;
  }
  return packed;
}

/** Words that cannot end a sentence or a heading: a line ending in one continues on the next line. */
const CONNECTORS = new WordList([
  'a', 'an', 'the', 'of', 'to', 'and', 'or', 'nor', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'into', 'that',
  'which', 'who', 'whom', 'whose', 'as', 'under', 'is', 'are', 'be', 'was', 'were', 'has', 'have', 'our', 'your',
  'its', 'their', 'this', 'these', 'those', 'any', 'not', 'but', 'than', 'if', 'whether', 'such', 'regarding',
  'concerning', 'about', 'between', 'my', 'his', 'her', 'it', 'we', 'they', 'will', 'would', 'can', 'may', 'must',
  'should', 'could', 'been', 'being', 'also', 'there', 'where', 'when', 'so', 'very', 'more', 'most', 'all',
]);

/** Abbreviations whose full stop never ends a sentence. */
const ALWAYS_ABBREVIATED = new WordList([
  'e.g', 'i.e', 'eg', 'ie', 'cf', 'vs', 'viz', 'approx', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'nb', 'n.b',
]);
/** Abbreviations that do not end a sentence when a number follows ("No. 5", "s. 31", "Ref. 1234"). */
const NUMBER_ABBREVIATIONS = new WordList([
  'no', 'nos', 'ref', 'refs', 's', 'ss', 'sec', 'sect', 'para', 'paras', 'p', 'pp', 'art', 'reg', 'regs', 'ch',
  'pt', 'sch', 'vol', 'cl', 'fig', 'tel', 'ext', 'op', 'cit',
]);
/** How far back from a full stop its word is read: one character more than the longest abbreviation. */
const ABBREVIATION_REACH = Math.max(ALWAYS_ABBREVIATED.longest, NUMBER_ABBREVIATIONS.longest) + 1;

/**
 * Page furniture a PDF converter leaves on lines of its own at a page break: "Page 2 of 3", "Page 2", a bare page
 * number, and the protective marking repeated in the header and footer ("OFFICIAL", "OFFICIAL-SENSITIVE", "NOT
 * PROTECTIVELY MARKED", "UNCLASSIFIED"). Read only on short lines (see {@link FURNITURE_MAX_LENGTH}).
 */
const PAGE_FURNITURE =
  /^(?:page[ \t\u00a0]{1,3}\d{1,4}(?:[ \t\u00a0]{1,3}of[ \t\u00a0]{1,3}\d{1,4})?|\d{1,4}|official(?:[ \t\u00a0]{0,2}[-–][ \t\u00a0]{0,2}sensitive)?|not[ \t\u00a0]{1,3}protectively[ \t\u00a0]{1,3}marked|unclassified)$/i;
/** Longer than any {@link PAGE_FURNITURE} line. */
const FURNITURE_MAX_LENGTH = 40;
/** Most furniture lines read past at one page break: header, footer, page number and blank-line leftovers. */
const FURNITURE_MAX_RUN = 6;

/** A heading without Markdown: short and without end punctuation. */
const HEADING_MAX_LENGTH = 80;
/** Lines at least this long are prose wrapped by the converter; longer than any heading. */
const WRAPPED_LINE_LENGTH = 85;
/** How far from a line's first visible character its bullet and spaces, or Markdown heading marks, are read. */
const MARKER_REACH = 16;
/** How far from where an enumerator starts it is read; longer than any enumerator and what follows it. */
const ENUMERATOR_REACH = 8;

function codesOf(characters: string): ReadonlySet<number> {
  return new Set(Array.from(characters, (character) => character.charCodeAt(0)));
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 12 || code === 11 || code === 0x2009 || code === 0x202f;
}

/** Closing characters that may sit between a terminator and the following space: ) ] " ' ” ’ * ». */
function isCloser(code: number): boolean {
  return code === 41 || code === 93 || code === 34 || code === 39 || code === 0x201d || code === 0x2019 || code === 42 || code === 0xbb;
}

/**
 * U+2000 to U+206F: spaces, dashes, quotation marks and other punctuation, common in letters ("’", "“", "–"); none
 * is a letter, a number or has a case, which is answered here without asking the slower Unicode look-ups.
 */
function isGeneralPunctuation(code: number): boolean {
  return code >= 0x2000 && code <= 0x206f;
}

/** A letter, tested by code for ASCII (the usual case) and by Unicode property beyond it. */
function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return !isGeneralPunctuation(code) && /\p{L}/u.test(text[i]);
}

/** A lower-case letter at `i`; false past the end of the text, e.g. after a line holding only a list marker. */
function isLowercaseAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return code >= 97 && code <= 122;
  if (isGeneralPunctuation(code)) return false;
  const ch = text[i];
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/**
 * A capital, a digit, an opening quote or bracket, or a form's box ("☒ Yes") at `i`: what a new sentence or heading
 * starts with (none past the end).
 */
function isUppercaseStartAt(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || isDigitCode(code) || code === 34 || code === 39 || code === 40 || code === 91;
  if (code >= 0x2610 && code <= 0x2612) return true;
  if (isGeneralPunctuation(code)) return code === 0x201c || code === 0x2018;
  const ch = text[i];
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** The first offset in `[from, to)` that is not a space, or `to`. */
function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The next of the {@link STOPS} at or after an offset that never decreases, as {@link NextOccurrence} finds one character. */
class Stops {
  readonly #text: string;
  /** For each stop, its next occurrence found (`text.length` when none), kept until the offset passes it. */
  readonly #each = new Int32Array(STOPS.length).fill(-1);
  /** The nearest of them: until the offset passes it, nothing need be looked at. */
  #nearest = -1;

  constructor(text: string) {
    this.#text = text;
  }

  /** The next stop at or after `offset`, or `text.length`. */
  from(offset: number): number {
    if (this.#nearest < offset) this.#nearest = this.#adjacent(offset) ?? this.#search(offset);
    return this.#nearest;
  }

  /** A stop within the next few characters, as in "1.1.1.", "Q1. Q2." or a run of bullets: found without a search. */
  #adjacent(offset: number): number | undefined {
    const text = this.#text;
    const stop = Math.min(text.length, offset + ADJACENT_REACH);
    for (let i = offset; i < stop; i++) if (STOP_TABLE[text.charCodeAt(i)] === 1) return i;
    return undefined;
  }

  #search(offset: number): number {
    const text = this.#text;
    const each = this.#each;
    let nearest = text.length;
    for (let k = 0; k < STOPS.length; k++) {
      if (each[k] < offset) {
        const index = text.indexOf(STOPS[k], offset);
        each[k] = index < 0 ? text.length : index;
      }
      nearest = Math.min(nearest, each[k]);
    }
    return nearest;
  }
}

/**
 * Reads the lines of a text (LF, CRLF or lone CR endings) one at a time, passing over blank ones, so that no
 * array of every line is built: the splitter only ever needs the line it reads and the next one.
 */
class LineReader {
  readonly #text: string;
  /** Where the next line starts, or -1 once the text is read. */
  #next = 0;
  readonly #lineFeed: NextOccurrence;
  readonly #carriageReturn: NextOccurrence;
  /** The letter's lines from `splitLines`, when the caller has them: their ends are read rather than searched for. */
  readonly #given: readonly TextLine[] | undefined;
  /** The index of the first given line not starting before the last line read. */
  #givenIndex = 0;

  constructor(text: string, given: readonly TextLine[] | undefined) {
    this.#text = text;
    this.#lineFeed = new NextOccurrence(text, '\n');
    this.#carriageReturn = new NextOccurrence(text, '\r');
    this.#given = given;
  }

  /**
   * Where the line starting at `start` ends: at the first LF or CR. A given line (LF and CRLF endings) ends at its LF
   * or the CR before it; a lone CR inside it, which only the search finds, ends the line earlier.
   */
  #endOfLine(start: number): number {
    return Math.min(this.#givenEnd(start) ?? this.#lineFeed.from(start), this.#carriageReturn.from(start));
  }

  /** The end of the given line starting at `start`, if there is one (the lines are read in order). */
  #givenEnd(start: number): number | undefined {
    const given = this.#given;
    if (!given) return undefined;
    let index = this.#givenIndex;
    while (index < given.length && given[index].start < start) index++;
    this.#givenIndex = index;
    return index < given.length && given[index].start === start ? given[index].end : undefined;
  }

  /** Lines read ahead and given back, returned before any further line of the text. */
  readonly #pushedBack: Line[] = [];

  /** Gives lines back, to be read again in the same order (the splitter reads past page furniture and may return). */
  unread(lines: readonly Line[]): void {
    this.#pushedBack.unshift(...lines);
  }

  /** The next line that is not blank, or undefined at the end of the text. */
  read(): Line | undefined {
    if (this.#pushedBack.length > 0) return this.#pushedBack.shift();
    const text = this.#text;
    let blankBefore = false;
    while (this.#next >= 0) {
      const start = this.#next;
      // An empty line, as in a run of line breaks, needs no search for its end.
      const first = start < text.length ? text.charCodeAt(start) : 10;
      const end = first === 10 || first === 13 ? start : this.#endOfLine(start);
      if (end >= text.length) this.#next = -1;
      else this.#next = end + (text.charCodeAt(end) === 13 && end + 1 < text.length && text.charCodeAt(end + 1) === 10 ? 2 : 1);
      const line = describeLine(text, start, end, blankBefore);
      if (line) return line;
      blankBefore = true;
    }
    return undefined;
  }
}

/** The line from `start` to `end` (before its line break); undefined when it is blank. */
function describeLine(text: string, start: number, end: number, blankBefore: boolean): Line | undefined {
  const contentStart = skipSpaces(text, start, end);
  let contentEnd = end;
  while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
  if (contentStart === contentEnd) return undefined;
  // Markers are short; looking at a bounded head keeps each line's cost independent of its length. Most lines
  // open with a plain letter, which no marker does, so the expressions are tried only after a first look.
  let textStart = contentStart;
  let listItem = false;
  let markedHeading = false;
  let bodyStart = -1;
  const headEnd = Math.min(contentEnd, contentStart + MARKER_REACH);
  const heading = text.charCodeAt(contentStart) === 35 ? MARKDOWN_HEADING.exec(text.slice(contentStart, headEnd)) : null;
  if (heading) {
    markedHeading = true;
    textStart += heading[0].length;
  } else {
    const glyph = bulletLength(text, contentStart, headEnd);
    if (glyph > 0) {
      listItem = true;
      textStart += glyph;
    }
    const enumerator = mayOpenEnumerator(text, textStart, contentEnd)
      ? ENUMERATOR.exec(text.slice(textStart, Math.min(contentEnd, textStart + ENUMERATOR_REACH)))
      : null;
    if (enumerator) {
      listItem = true;
      bodyStart = textStart + enumerator[0].length;
    }
  }
  if (!markedHeading && contentEnd - contentStart > 4 && text.startsWith('**', contentStart) && text.startsWith('**', contentEnd - 2)) {
    markedHeading = true;
  }
  if (bodyStart < 0) bodyStart = textStart;
  const markerOnly = listItem && bodyStart > textStart && bodyStart >= contentEnd;
  return { contentStart, contentEnd, textStart, bodyStart, listItem, markerOnly, markedHeading, blankBefore };
}

/**
 * The length of a bullet glyph at `at` with the spaces, tabs and no-break spaces after it, read no further than
 * `headEnd`; 0 when there is none. A "*" followed by another is bold, not a bullet, and so is a dash before one.
 */
function bulletLength(text: string, at: number, headEnd: number): number {
  const code = text.charCodeAt(at);
  // Of ASCII, only "-" and "*" open a bullet: most lines are passed over without a look-up.
  if (code < 128 && code !== 45 && code !== 42) return 0;
  if (!BULLET_GLYPHS.has(code) && (!BULLET_DASHES.has(code) || (at + 1 < headEnd && text.charCodeAt(at + 1) === 42))) return 0;
  let end = at + 1;
  while (end < headEnd && (text.charCodeAt(end) === 32 || text.charCodeAt(end) === 9 || text.charCodeAt(end) === 0xa0)) end++;
  return end - at;
}

/**
 * Whether an {@link ENUMERATOR} can start at `at`: only at "(" or a digit, a "Q" before a digit, a letter before
 * "." or ")", or a lower-case roman digit (i, v, x) before another or a space.
 */
function mayOpenEnumerator(text: string, at: number, end: number): boolean {
  if (at >= end) return false;
  const code = text.charCodeAt(at);
  if (code === 40 || isDigitCode(code)) return true;
  const lower = code | 32;
  if (lower < 97 || lower > 122) return false;
  const next = at + 1 < end ? text.charCodeAt(at + 1) : -1;
  if (next === 46 || next === 41) return true;
  if (code === 81) return isDigitCode(next);
  return (code === 105 || code === 118 || code === 120) && (next === 105 || next === 118 || next === 120 || next === 32 || next === 9);
}

/** True when the line ends in a word that cannot end a sentence; read back no further than the longest such word. */
function endsInConnector(text: string, line: Line): boolean {
  let i = line.contentEnd;
  const stop = Math.max(line.contentStart, line.contentEnd - CONNECTORS.longest - 1);
  while (i > stop && isLetter(text, i - 1)) i--;
  return CONNECTORS.has(text, i, line.contentEnd);
}

/** True when the line ends mid-sentence: a comma, a hyphen or a word that cannot end a sentence. */
function endsMidSentence(text: string, line: Line): boolean {
  const last = text.charCodeAt(line.contentEnd - 1);
  // , - – ( &
  if (last === 44 || last === 45 || last === 0x2013 || last === 40 || last === 38) return true;
  if (endsInConnector(text, line)) return true;
  // A full-width line of prose ending in a word was wrapped by the PDF, even when a capital follows; not one ending in
  // a web address, which ends the sentence it closes.
  return line.contentEnd - line.contentStart >= WRAPPED_LINE_LENGTH && !line.markedHeading && isLetterOrNumber(text, line.contentEnd - 1) && !endsInUrl(text, line);
}

/** True when the line's last word is a web address: "... are published at https://www.example.police.uk/lfr". */
function endsInUrl(text: string, line: Line): boolean {
  return inWebAddress(text, line.contentEnd - 1, line.contentStart);
}

/** Longest web address read back over. */
const MAX_WEB_ADDRESS = 300;

/**
 * True when `at` lies inside a web address: the word holding it, read back to a space or line break (and no further
 * than `from`), opens as one ("https://...", "www...").
 */
export function inWebAddress(text: string, at: number, from = 0): boolean {
  let start = at;
  while (start > from && at - start < MAX_WEB_ADDRESS && !isSpace(text.charCodeAt(start - 1)) && !isLineBreak(text.charCodeAt(start - 1))) start--;
  return URL_START.test(text.slice(start, start + 8));
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

function isLetterOrNumber(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || isDigitCode(code);
  return !isGeneralPunctuation(code) && /[\p{L}\p{N}]/u.test(text[i]);
}

/** True when the line is nothing but a web address, which ends whatever it belongs to. */
function isBareUrl(text: string, line: Line): boolean {
  const first = text.charCodeAt(line.textStart) | 32;
  if ((first !== 104 && first !== 119) || !URL_START.test(text.slice(line.textStart, line.textStart + 8))) return false;
  for (let i = line.textStart; i < line.contentEnd; i++) if (isSpace(text.charCodeAt(i))) return false;
  return true;
}

function endsWithPunctuation(text: string, line: Line): boolean {
  let i = line.contentEnd - 1;
  while (i > line.contentStart && isCloser(text.charCodeAt(i))) i--;
  const code = text.charCodeAt(i);
  // . ! ? ; : ,
  return code === 46 || code === 33 || code === 63 || code === 59 || code === 58 || code === 44;
}

/**
 * Decides whether the full stop at `dot` ends a sentence, looking at a bounded stretch either side; `next` is
 * the next visible character's offset, or -1.
 */
function fullStopEndsSentence(text: string, dot: number, next: number): boolean {
  let i = dot;
  const stop = Math.max(0, dot - ABBREVIATION_REACH);
  while (i > stop && (text.charCodeAt(i - 1) === 46 || isLetter(text, i - 1))) i--;
  if (ALWAYS_ABBREVIATED.has(text, i, dot)) return false;
  if (next >= 0 && isDigitCode(text.charCodeAt(next)) && NUMBER_ABBREVIATIONS.has(text, i, dot)) return false;
  if (dot - i === 1 && isInitial(text[i]) && next >= 0 && /\p{Lu}/u.test(text[next])) return false;
  return true;
}

/**
 * A single capital before a full stop is an initial ("J. Smith"), except the pronoun. (One that lower-cases to two
 * characters, as "İ" does, never counted as a single letter.)
 */
function isInitial(letter: string): boolean {
  return letter !== 'I' && /\p{Lu}/u.test(letter) && letter.toLowerCase().length === 1;
}

/** The offset of the next non-space character at or after `from`, crossing line breaks, at most `limit` away. */
function nextVisible(text: string, from: number, limit = 64): number {
  const stop = Math.min(text.length, from + limit);
  for (let i = from; i < stop; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code) && code !== 10 && code !== 13) return i;
  }
  return -1;
}

/** A following lower-case word usually means the full stop was not an ending; a web address is the exception. */
function continuesInLowerCase(text: string, at: number): boolean {
  if (at < 0 || !isLowercaseAt(text, at)) return false;
  const code = text.charCodeAt(at);
  return (code !== 104 && code !== 119) || !URL_START.test(text.slice(at, at + 8));
}

/** A lower-case "yes" or "no" after a question mark is its answer, not more of it: "Do you use ANPR? yes". */
function answersInLowerCase(text: string, at: number): boolean {
  return LOWER_CASE_ANSWER.test(text.slice(at, at + 4));
}

const LOWER_CASE_ANSWER = /^(?:yes|no)(?![\p{L}\p{N}])/u;

/**
 * True when a blank line lies between `from` and `to`: a paragraph that opens in lower case ("yes all officers are
 * issued BWC") is still a new one after a finished sentence.
 */
function blankLineBetween(text: string, from: number, to: number): boolean {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) breaks++;
  }
  return breaks >= 2;
}

/**
 * Splits text into sentences, in order, each trimmed of surrounding space and of leading bullet glyphs or
 * Markdown heading marks. A sentence ends at `.`, `!` or `?` followed by a space or line break (not after
 * abbreviations such as "e.g." or "No. 5", and never inside numbers, URLs or e-mail addresses, whose dots are
 * not followed by a space), before a bullet or enumerated item, at the end of a heading line, and at a blank line
 * unless the text plainly runs on (the line ends with "the", a comma, ... or the next begins in lower case).
 * Linear in the length of the text.
 * @param lines the letter's lines from `splitLines`, when the caller has them: their ends are not searched for again.
 */
export function splitSentences(text: string, lines?: readonly TextLine[]): Span[] {
  return new SentenceSplitter(text).split(lines);
}

/**
 * The state of one split: the sentences so far and where the open one started. A class rather than closures, so
 * the compiled code for its steps carries over from one letter to the next.
 */
class SentenceSplitter {
  readonly #text: string;
  readonly #sentences: Span[] = [];
  /** Start of the sentence being read, or -1 between sentences. */
  #start = -1;
  /** True when the sentence open now was joined across page furniture. */
  #acrossFurniture = false;
  readonly #stops: Stops;
  /** The gaps between a table's columns: three spaces, or a tab. */
  readonly #wideGaps: NextOccurrence;
  readonly #tabs: NextOccurrence;

  constructor(text: string) {
    this.#text = text;
    this.#stops = new Stops(text);
    this.#wideGaps = new NextOccurrence(text, '   ');
    this.#tabs = new NextOccurrence(text, '\t');
  }

  split(lines: readonly TextLine[] | undefined): Span[] {
    const text = this.#text;
    const reader = new LineReader(text, lines);
    let previous: Line | undefined;
    let previousWasMarker = false;
    let line = reader.read();
    while (line) {
      if (this.#start >= 0 && previous) {
        const opensBlock = (line.listItem && !wrapsInlineList(text, previous, line)) || line.markedHeading;
        if (opensBlock || (line.blankBefore && !runsOn(text, previous, line, previousWasMarker))) this.#close(previous.contentEnd);
      }
      const freshStart = this.#start < 0;
      this.#scanLine(line, freshStart);
      const following = this.#start >= 0 ? this.#readPastFurniture(reader, line) : reader.read();
      previousWasMarker = line.markerOnly && this.#start >= 0;
      if (this.#start >= 0 && this.#closesAtLineEnd(line, freshStart, following)) this.#close(line.contentEnd);
      previous = line;
      line = following;
    }
    this.#close(text.length);
    return this.#sentences;
  }

  #close(end: number): void {
    const text = this.#text;
    const start = this.#start;
    if (start < 0) return;
    let e = end;
    while (e > start && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 10 || text.charCodeAt(e - 1) === 13)) e--;
    if (e > start) {
      const sentence = { start, end: e };
      if (this.#acrossFurniture) ACROSS_PAGE_BREAKS.add(sentence);
      this.#sentences.push(sentence);
    }
    this.#start = -1;
    this.#acrossFurniture = false;
  }

  /**
   * Ends sentences inside the line. Only terminators and bullets can, so the scan jumps from one to the next;
   * after an ending, the next sentence starts at the next visible character of the line, if it has one.
   */
  #scanLine(line: Line, freshStart: boolean): void {
    const text = this.#text;
    const end = line.contentEnd;
    if (freshStart) this.#start = line.textStart;
    for (let i = this.#stops.from(freshStart ? line.textStart : line.contentStart); i < end; i = this.#stops.from(i + 1)) {
      const code = text.charCodeAt(i);
      if (code === 0x2022 || code === 0x25cf || code === 0x25aa) {
        // A bullet in the middle of a line: PDF converters sometimes run a list together.
        if (i > this.#start && isSpace(text.charCodeAt(i - 1))) {
          this.#close(i);
          this.#start = skipSpaces(text, i + 1, end);
        }
        continue;
      }
      if (freshStart && i < line.bodyStart) continue;
      let j = i + 1;
      while (j < end && isCloser(text.charCodeAt(j))) j++;
      if (j < end && !isSpace(text.charCodeAt(j))) continue;
      const at = nextVisible(text, j);
      if (continuesInLowerCase(text, at) && !blankLineBetween(text, j, at) && !(code === 63 && answersInLowerCase(text, at))) continue;
      if (code === 46 && !fullStopEndsSentence(text, i, at)) continue;
      this.#close(j);
      const next = skipSpaces(text, j, end);
      if (next < end) this.#start = next;
      i = j - 1;
    }
    if (this.#start >= end) this.#start = -1;
  }

  /**
   * The line after `line`, reading past page furniture when the sentence open at the end of `line` is unfinished
   * and the line after the furniture carries it on (as {@link runsOn} tells); that line then counts as following
   * directly, and the furniture lies inside the sentence's span. Otherwise the furniture is read as before.
   */
  #readPastFurniture(reader: LineReader, line: Line): Line | undefined {
    const text = this.#text;
    const first = reader.read();
    if (!first || !isPageFurniture(text, first) || isPageFurniture(text, line) || endsSentence(text, line)) return first;
    const skipped = [first];
    let after = reader.read();
    while (after && skipped.length < FURNITURE_MAX_RUN && isPageFurniture(text, after)) {
      skipped.push(after);
      after = reader.read();
    }
    if (after && !isPageFurniture(text, after) && runsOn(text, line, after, false)) {
      this.#acrossFurniture = true;
      return { ...after, blankBefore: false };
    }
    reader.unread(after ? [...skipped.slice(1), after] : skipped.slice(1));
    return first;
  }

  #closesAtLineEnd(line: Line, freshStart: boolean, following: Line | undefined): boolean {
    const text = this.#text;
    if (line.markedHeading || isBareUrl(text, line)) return true;
    if (line.markerOnly) return false;
    if (!following) return true;
    // A row of a table aligned in columns over another ("Adnabod wynebau      Facial recognition      No"): each row
    // is a sentence of its own, though none ends with a stop.
    if (this.#hasColumnGap(line) && this.#hasColumnGap(following)) return true;
    // So is a row of a CSV file over another, each cell in straight quotes ("Body worn video","Yes").
    if (isQuotedRow(text, line.contentStart, line.contentEnd) && isQuotedRow(text, following.contentStart, following.contentEnd)) return true;
    const nextOpens = following.listItem || following.markedHeading || isUppercaseStartAt(text, following.textStart);
    if (!nextOpens || endsMidSentence(text, line)) return false;
    if (text.charCodeAt(line.contentEnd - 1) === 58) return true;
    const headingShaped = line.listItem || (freshStart && line.contentEnd - line.contentStart <= HEADING_MAX_LENGTH);
    return headingShaped && !endsWithPunctuation(text, line);
  }

  /** True when a gap between columns stands inside the line's content. */
  #hasColumnGap(line: Line): boolean {
    return this.#wideGaps.within(line.contentStart, line.contentEnd) || this.#tabs.within(line.contentStart, line.contentEnd);
  }
}

/** True when the line is nothing but page furniture ({@link PAGE_FURNITURE}), such as "Page 1 of 3" or "OFFICIAL". */
function isPageFurniture(text: string, line: Line): boolean {
  if (line.listItem || line.contentEnd - line.contentStart > FURNITURE_MAX_LENGTH) return false;
  return opensPageFurniture(text.charCodeAt(line.contentStart)) && PAGE_FURNITURE.test(text.slice(line.contentStart, line.contentEnd));
}

/**
 * True for what a {@link PAGE_FURNITURE} line can open with: a digit or the first letter of "page", "official", "not
 * protectively marked" or "unclassified". Most short lines open otherwise and are passed over without a copy.
 */
function opensPageFurniture(code: number): boolean {
  const lower = code | 32;
  return isDigitCode(code) || lower === 112 || lower === 111 || lower === 110 || lower === 117;
}

/** True when the line ends with ".", "!", "?", ":" or ";" (closers aside): its sentence, if open, is finished. */
function endsSentence(text: string, line: Line): boolean {
  let i = line.contentEnd - 1;
  while (i > line.contentStart && isCloser(text.charCodeAt(i))) i--;
  const code = text.charCodeAt(i);
  return code === 46 || code === 33 || code === 63 || code === 58 || code === 59;
}

/** A bracketed number or letter inside a line, before an item of a list written inline: " (2) facial recognition". */
const INLINE_LABEL = /[ \t](?:\(\d{1,2}\)|\([a-z]\))[ \t]/i;
/**
 * A line's end that goes on with a list: a comma, "and" or "or". Tested apart from {@link INLINE_LABEL} (which must
 * stand before it), since one pattern reading from each label to the line's end is quadratic in the labels.
 */
const LIST_GOES_ON = /(?:,|\b(?:and|or))[ \t]*$/i;

/**
 * True when `line`, a list item by its enumerator, is the rest of an inline list wrapped from the line above: "You
 * asked whether the force uses (1) body-worn video, (2) facial recognition," / "(3) drones." A list of items on
 * lines of their own does not wrap from prose.
 */
function wrapsInlineList(text: string, previous: Line, line: Line): boolean {
  if (line.blankBefore || previous.listItem) return false;
  const previousText = text.slice(previous.contentStart, previous.contentEnd);
  return LIST_GOES_ON.test(previousText) && INLINE_LABEL.test(previousText);
}

/** True when the sentence open at the end of `previous` plainly runs on into `line`, across a blank line. */
function runsOn(text: string, previous: Line, line: Line, previousWasMarker: boolean): boolean {
  return (endsMidSentence(text, previous) && !isSalutation(text, previous)) || isLowercaseAt(text, line.textStart) || previousWasMarker;
}

/** A salutation on a line of its own, ending with a comma that ends nothing: "Hi,", "Dear Ms Smith,". */
const SALUTATION = /^(?:hi|hello|dear|good[ \t]+(?:morning|afternoon|evening))\b[^\n]{0,40},$/i;

function isSalutation(text: string, line: Line): boolean {
  return line.contentEnd - line.textStart <= 50 && SALUTATION.test(text.slice(line.textStart, line.contentEnd));
}

/** The sentences the splitter joined across page furniture: few letters have any, and only these are read again. */
const ACROSS_PAGE_BREAKS = new WeakSet<Span>();

/** True for a sentence from {@link splitSentences} that runs across page furniture ("OFFICIAL", "Page 1 of 3"). */
export function spansPageBreak(sentence: Span): boolean {
  return ACROSS_PAGE_BREAKS.has(sentence);
}

/** A sentence's text with its page-furniture lines left out, and for each character its offset in the letter. */
export interface FurnitureFreeText {
  readonly text: string;
  readonly offsets: readonly number[];
}

/**
 * The sentence's lines that are not page furniture, trimmed and joined by single line breaks, for phrases split by
 * a page break ("neither confirm nor / OFFICIAL / Page 1 of 3 / deny"); undefined when the sentence has no furniture
 * line, as most have none. Each joining break maps to the end of the line before it.
 */
export function withoutPageFurniture(text: string, sentence: Span): FurnitureFreeText | undefined {
  const kept: Span[] = [];
  let furniture = false;
  let start = sentence.start;
  // One pass over the sentence; a line ends at LF, CR or the sentence's end.
  for (let i = sentence.start; i <= sentence.end; i++) {
    const code = i < sentence.end ? text.charCodeAt(i) : 10;
    if (code !== 10 && code !== 13) continue;
    const contentStart = skipSpaces(text, start, i);
    let contentEnd = i;
    while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
    const length = contentEnd - contentStart;
    if (length > 0 && length <= FURNITURE_MAX_LENGTH && PAGE_FURNITURE.test(text.slice(contentStart, contentEnd))) furniture = true;
    else if (length > 0) kept.push({ start: contentStart, end: contentEnd });
    start = i + 1;
  }
  if (!furniture) return undefined;
  let joined = '';
  const offsets: number[] = [];
  for (const [k, line] of kept.entries()) {
    if (k > 0) {
      joined += '\n';
      offsets.push(kept[k - 1].end);
    }
    joined += text.slice(line.start, line.end);
    for (let i = line.start; i < line.end; i++) offsets.push(i);
  }
  return { text: joined, offsets };
}

/** The sentence containing `offset`, or undefined when the offset falls between sentences. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  const index = spanIndexAt(sentences, offset);
  return index < 0 ? undefined : sentences[index];
}

/**
 * True when a sentence reads as a heading rather than a statement: a Markdown heading, or a line without end
 * punctuation whose words are capitalised ("Factors Favouring Disclosure", "Neither Confirm Nor Deny").
 */
export function looksLikeHeading(sentence: string): boolean {
  const trimmed = sentence.trim();
  if (trimmed.startsWith('#')) return true;
  const bare = trimmed.replace(/^\*\*|\*\*$/g, '').trim();
  if (bare.length === 0 || bare.length > HEADING_MAX_LENGTH || /[.!?;:,]$/.test(bare)) return false;
  const words = bare.match(/\p{L}{4,}/gu) ?? [];
  return words.length > 0 && words.every((word) => /^\p{Lu}/u.test(word));
}
