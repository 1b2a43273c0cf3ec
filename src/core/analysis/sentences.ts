// Splits a letter into sentences. Letters arrive as text pulled out of PDFs: lines break mid-sentence (sometimes
// with blank lines inside a sentence), lists use bullets or enumerators, headings sit on their own lines, and
// converters leave Markdown behind. One pass over the lines, constant work per character.

import type { Span } from '../text';

interface Line {
  /** First character of the line. */
  readonly start: number;
  /** First and one-past-last non-space characters; equal when the line is blank. */
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
}

const GLYPH_BULLET = /^(?:[•●▪◦·‣∙■□➢►✓]|[-–—*](?!\*))[ \t\u00a0]*/;
const MARKDOWN_HEADING = /^#{1,6}[ \t\u00a0]+/;
/** The characters {@link GLYPH_BULLET} can open with. */
const GLYPH_STARTS = '•●▪◦·‣∙■□➢►✓-–—*';
/** Enumerators: "1." "1)" "(a)" "a)" "iv." "Q1." and "1.As" (PDF text often loses the space after a number). */
const ENUMERATOR = /^(?:Q\d{1,2}[.:)]?(?=[ \t\u00a0]|$)|\(?(?:\d{1,2}[.)](?=[ \t\u00a0]|$|[A-Za-z])|(?:[a-zA-Z]|[ivx]{2,4})[.)](?=[ \t\u00a0]|$))|\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)(?=[ \t\u00a0]|$))/;

/** Words that cannot end a sentence or a heading: a line ending in one continues on the next line. */
const CONNECTORS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'to', 'and', 'or', 'nor', 'in', 'on', 'for', 'with', 'by', 'at', 'from', 'into', 'that',
  'which', 'who', 'whom', 'whose', 'as', 'under', 'is', 'are', 'be', 'was', 'were', 'has', 'have', 'our', 'your',
  'its', 'their', 'this', 'these', 'those', 'any', 'not', 'but', 'than', 'if', 'whether', 'such', 'regarding',
  'concerning', 'about', 'between', 'my', 'his', 'her', 'it', 'we', 'they', 'will', 'would', 'can', 'may', 'must',
  'should', 'could', 'been', 'being', 'also', 'there', 'where', 'when', 'so', 'very', 'more', 'most', 'all',
]);

/** Abbreviations whose full stop never ends a sentence. */
const ALWAYS_ABBREVIATED: ReadonlySet<string> = new Set([
  'e.g', 'i.e', 'eg', 'ie', 'cf', 'vs', 'viz', 'approx', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'nb', 'n.b',
]);
/** Abbreviations that do not end a sentence when a number follows ("No. 5", "s. 31", "Ref. 1234"). */
const NUMBER_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'no', 'nos', 'ref', 'refs', 's', 'ss', 'sec', 'sect', 'para', 'paras', 'p', 'pp', 'art', 'reg', 'regs', 'ch',
  'pt', 'sch', 'vol', 'cl', 'fig', 'tel', 'ext', 'op', 'cit',
]);
/** Closing characters that may sit between a terminator and the following space. */
const CLOSERS = new Set([')', ']', '"', "'", '”', '’', '*', '»']);

/** A heading without Markdown: short and without end punctuation. */
const HEADING_MAX_LENGTH = 80;
/** Lines at least this long are prose wrapped by the converter; longer than any heading. */
const WRAPPED_LINE_LENGTH = 85;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0 || code === 12 || code === 11 || code === 0x2009 || code === 0x202f;
}

/** A letter, tested by code for ASCII (the usual case) and by Unicode property beyond it. */
function isLetter(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return /\p{L}/u.test(text[i]);
}

/** False past the end of the text (`ch` undefined), e.g. after a line holding only a list marker. */
function isLowercaseLetter(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
}

/** A capital, a digit, or an opening quote or bracket: what a new sentence or heading starts with (none past the end). */
function isUppercaseStart(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code < 128) return (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 34 || code === 39 || code === 40 || code === 91;
  return (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) || '“‘'.includes(ch);
}

const BLANK_LINE: Line = { start: 0, contentStart: 0, contentEnd: 0, textStart: 0, bodyStart: 0, listItem: false, markerOnly: false, markedHeading: false };

/**
 * Whether an {@link ENUMERATOR} can start at `at`: only after "Q", "(" or a digit, or a letter followed by "." or
 * ")", or a lower-case i, v or x (roman numerals).
 */
function mayOpenEnumerator(text: string, at: number, end: number): boolean {
  if (at >= end) return false;
  const code = text.charCodeAt(at);
  if (code === 81 || code === 40 || (code >= 48 && code <= 57)) return true;
  const lower = code | 32;
  if (lower < 97 || lower > 122) return false;
  const next = at + 1 < end ? text.charCodeAt(at + 1) : -1;
  return next === 46 || next === 41 || code === 105 || code === 118 || code === 120;
}

function readLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    lines.push(describeLine(text, start, end));
    if (end >= text.length) break;
    start = end + (text.charCodeAt(end) === 13 && end + 1 < text.length && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}

function describeLine(text: string, start: number, end: number): Line {
  let contentStart = start;
  while (contentStart < end && isSpace(text.charCodeAt(contentStart))) contentStart++;
  let contentEnd = end;
  while (contentEnd > contentStart && isSpace(text.charCodeAt(contentEnd - 1))) contentEnd--;
  // Nothing but blankness is ever read from a blank line, so they all share one description.
  if (contentStart === contentEnd) return BLANK_LINE;
  // Markers are short; looking at a bounded head keeps each line's cost independent of its length. Most lines
  // open with a plain letter, which no marker does, so the expressions are tried only after a first look.
  let textStart = contentStart;
  let listItem = false;
  let markedHeading = false;
  let bodyStart = -1;
  const first = text[contentStart];
  const heading = first === '#' ? MARKDOWN_HEADING.exec(text.slice(contentStart, Math.min(contentEnd, contentStart + 16))) : null;
  if (heading) {
    markedHeading = true;
    textStart += heading[0].length;
  } else {
    const glyph = GLYPH_STARTS.includes(first) ? GLYPH_BULLET.exec(text.slice(contentStart, Math.min(contentEnd, contentStart + 16))) : null;
    if (glyph) {
      listItem = true;
      textStart += glyph[0].length;
    }
    const enumerator = mayOpenEnumerator(text, textStart, contentEnd)
      ? ENUMERATOR.exec(text.slice(textStart, Math.min(contentEnd, textStart + 8)))
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
  return { start, contentStart, contentEnd, textStart, bodyStart, listItem, markerOnly, markedHeading };
}

function isBlank(line: Line): boolean {
  return line.contentStart === line.contentEnd;
}

/** The last word of a line, lower-cased, if the line ends in a letter. */
function lastWord(text: string, line: Line): string {
  let i = line.contentEnd;
  const stop = Math.max(line.contentStart, line.contentEnd - 20);
  while (i > stop && isLetter(text, i - 1)) i--;
  return text.slice(i, line.contentEnd).toLowerCase();
}

/** True when the line ends mid-sentence: a comma, a hyphen or a word that cannot end a sentence. */
function endsMidSentence(text: string, line: Line): boolean {
  const last = text[line.contentEnd - 1];
  if (last === ',' || last === '-' || last === '–' || last === '(' || last === '&') return true;
  if (CONNECTORS.has(lastWord(text, line))) return true;
  // A full-width line of prose ending in a word was wrapped by the PDF, even when a capital follows.
  return line.contentEnd - line.contentStart >= WRAPPED_LINE_LENGTH && /[\p{L}\p{N}]/u.test(last) && !line.markedHeading;
}

/** True when the line is nothing but a web address, which ends whatever it belongs to. */
function isBareUrl(text: string, line: Line): boolean {
  const first = text.charCodeAt(line.textStart) | 32;
  if ((first !== 104 && first !== 119) || !/^(?:https?:|www\.)/i.test(text.slice(line.textStart, line.textStart + 8))) return false;
  for (let i = line.textStart; i < line.contentEnd; i++) if (isSpace(text.charCodeAt(i))) return false;
  return true;
}

function endsWithPunctuation(text: string, line: Line): boolean {
  let i = line.contentEnd - 1;
  while (i > line.contentStart && CLOSERS.has(text[i])) i--;
  return '.!?;:,'.includes(text[i]);
}

/** Decides whether the full stop at `dot` ends a sentence, looking at a bounded stretch either side. */
function fullStopEndsSentence(text: string, dot: number, next: string | undefined): boolean {
  let i = dot;
  const stop = Math.max(0, dot - 12);
  while (i > stop && (text.charCodeAt(i - 1) === 46 || isLetter(text, i - 1))) i--;
  const token = text.slice(i, dot).toLowerCase();
  if (ALWAYS_ABBREVIATED.has(token)) return false;
  if (next !== undefined && /\d/.test(next) && NUMBER_ABBREVIATIONS.has(token)) return false;
  // A single capital is an initial ("J. Smith"), except the pronoun.
  if (token.length === 1 && text[dot - 1] !== 'I' && /\p{Lu}/u.test(text[dot - 1]) && next !== undefined && /\p{Lu}/u.test(next)) return false;
  return true;
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
  return at >= 0 && isLowercaseLetter(text[at]) && !/^(?:https?:|www\.)/i.test(text.slice(at, at + 8));
}

/**
 * Splits text into sentences, in order, each trimmed of surrounding space and of leading bullet glyphs or
 * Markdown heading marks. A sentence ends at `.`, `!` or `?` followed by a space or line break (not after
 * abbreviations such as "e.g." or "No. 5", and never inside numbers, URLs or e-mail addresses, whose dots are
 * not followed by a space), before a bullet or enumerated item, at the end of a heading line, and at a blank line
 * unless the text plainly runs on (the line ends with "the", a comma, ... or the next begins in lower case).
 * Linear in the length of the text.
 */
export function splitSentences(text: string): Span[] {
  return new SentenceSplitter(text).split();
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

  constructor(text: string) {
    this.#text = text;
  }

  split(): Span[] {
    const text = this.#text;
    const lines = readLines(text);
    let previous: Line | undefined;
    let blankSince = false;
    let previousWasMarker = false;
    for (let index = 0; index < lines.length; index++) {
      const line = lines[index];
      if (isBlank(line)) {
        if (previous) blankSince = true;
        continue;
      }
      if (this.#start >= 0 && previous) {
        const opensBlock = line.listItem || line.markedHeading;
        const runsOn = endsMidSentence(text, previous) || isLowercaseLetter(text[line.textStart]) || previousWasMarker;
        if (opensBlock || (blankSince && !runsOn)) this.#close(previous.contentEnd);
      }
      blankSince = false;
      const freshStart = this.#start < 0;
      this.#scanLine(line, freshStart);
      previousWasMarker = line.markerOnly && this.#start >= 0;
      if (this.#start >= 0 && this.#closesAtLineEnd(line, freshStart, lines, index)) this.#close(line.contentEnd);
      previous = line;
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
    if (e > start) this.#sentences.push({ start, end: e });
    this.#start = -1;
  }

  #scanLine(line: Line, freshStart: boolean): void {
    const text = this.#text;
    let i = freshStart ? line.textStart : line.contentStart;
    if (this.#start < 0) this.#start = i;
    for (; i < line.contentEnd; i++) {
      const code = text.charCodeAt(i);
      if (this.#start < 0) {
        if (isSpace(code)) continue;
        this.#start = i;
      }
      // Most characters are none of the three bullets and no terminator: one comparison each lets them by.
      if (code !== 46 && code !== 33 && code !== 63 && code < 0x2022) continue;
      if (code === 0x2022 || code === 0x25cf || code === 0x25aa) {
        // A bullet in the middle of a line: PDF converters sometimes run a list together.
        if (i > this.#start && isSpace(text.charCodeAt(i - 1))) {
          this.#close(i);
          let next = i + 1;
          while (next < line.contentEnd && isSpace(text.charCodeAt(next))) next++;
          this.#start = next;
        }
        continue;
      }
      if ((code !== 46 && code !== 33 && code !== 63) || (freshStart && i < line.bodyStart)) continue;
      let j = i + 1;
      while (j < line.contentEnd && CLOSERS.has(text[j])) j++;
      if (j < line.contentEnd && !isSpace(text.charCodeAt(j))) continue;
      const at = nextVisible(text, j);
      if (continuesInLowerCase(text, at)) continue;
      if (code === 46 && !fullStopEndsSentence(text, i, at < 0 ? undefined : text[at])) continue;
      this.#close(j);
      i = j - 1;
    }
    if (this.#start >= line.contentEnd) this.#start = -1;
  }

  #closesAtLineEnd(line: Line, freshStart: boolean, all: readonly Line[], index: number): boolean {
    const text = this.#text;
    if (line.markedHeading || isBareUrl(text, line)) return true;
    if (line.markerOnly) return false;
    let k = index + 1;
    while (k < all.length && isBlank(all[k])) k++;
    const following = all[k];
    if (!following) return true;
    const nextChar = text[following.textStart];
    const nextOpens = following.listItem || following.markedHeading || isUppercaseStart(nextChar);
    if (!nextOpens || endsMidSentence(text, line)) return false;
    if (text[line.contentEnd - 1] === ':') return true;
    const headingShaped = line.listItem || (freshStart && line.contentEnd - line.contentStart <= HEADING_MAX_LENGTH);
    return headingShaped && !endsWithPunctuation(text, line);
  }
}

/**
 * The index of the sentence containing `offset`, by binary search; -1 when the offset falls between sentences.
 * @param sentences spans in order and not overlapping, as {@link splitSentences} returns them.
 */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const sentence = sentences[mid];
    if (offset < sentence.start) high = mid - 1;
    else if (offset >= sentence.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** The sentence containing `offset`, or undefined when the offset falls between sentences. */
export function sentenceAt(sentences: readonly Span[], offset: number): Span | undefined {
  const index = sentenceIndexAt(sentences, offset);
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
