// Runs many phrase patterns over one text without scanning the text once per pattern. Most phrases a recogniser
// looks for open a word with one of a few words ("is not held", "neither confirm nor deny"); the words of the text
// are indexed once, and each pattern is tried (sticky) only at a word whose first symbols it can open with: the
// word is walked, symbol by symbol and on into the words after it, down a tree of the openings of all the
// patterns, until the text leaves it ("is the" leaves "is not held" at its fourth symbol). A pattern opening with
// punctuation before a word ("- not held") is tried in the run of such characters before the words it can open.
// The openings are read from each pattern's own source, so a pattern and the words it is tried at cannot drift
// apart; a pattern whose openings cannot be read that way is scanned as before. Every match is the one
// `String.prototype.matchAll` finds, in the same order.

import { groupEnd } from './patternSource';

/** Letters a-z (either case) are symbols 0-25, digits 0-9 are 26-35; every other character is symbol 36. */
const DIGITS = 26;
const OTHER = 36;
const SYMBOLS = 37;
/** Pairs of symbols: the first two of an opening. */
const PAIRS = SYMBOLS * SYMBOLS;
/** Triples of symbols: the key of a word (see {@link WordIndex}). */
const KEYS = PAIRS * SYMBOLS;

/**
 * What a pattern's matches can open with: strings of symbols (one character each, its code the symbol) in which a
 * run of other symbols reads as one, since the gaps between words (`[\s\u00a0]{1,6}`) vary in length. An opening
 * may begin with {@link BOUNDARY}: no letter or digit comes before the match. One of {@link DEPTH} characters, or
 * one ending in {@link CUT}, is complete: what follows is left unread. A shorter one without it is exact so far,
 * and what the pattern reads next is appended to it.
 */
type Openings = Set<string>;

/** Symbols read of each opening: enough to tell "section 1" from "section 40", or "is not" from "is the". */
const DEPTH = 12;
/**
 * More openings than this, and a sequence reads them shorter (each cut), which only makes its pattern tried at more
 * words.
 */
const MAX_OPENINGS = 1024;
const CUT = String.fromCharCode(SYMBOLS);
/** What a word boundary, a line start or a lookbehind refusing letters and digits tells before a match's first symbol. */
const BOUNDARY = String.fromCharCode(SYMBOLS + 1);
const OTHER_SYMBOL = String.fromCharCode(OTHER);
const EMPTY = '';

/**
 * For each UTF-16 code unit: its symbol in the low six bits, {@link ALPHANUMERIC} for a letter or digit, and
 * {@link LETTER} for a letter a-z or A-Z as well.
 */
const CHARACTER = new Uint8Array(0x10000).fill(OTHER);
const ALPHANUMERIC = 64;
const LETTER = 128;
const SYMBOL_BITS = 63;
for (let s = 0; s < 26; s++) {
  CHARACTER[65 + s] = LETTER | ALPHANUMERIC | s;
  CHARACTER[97 + s] = LETTER | ALPHANUMERIC | s;
}
for (let d = 0; d < 10; d++) CHARACTER[48 + d] = ALPHANUMERIC | (DIGITS + d);
/** How the end of a text reads: as an other character. */
const END_OF_TEXT = OTHER;

const symbolOfCode = (code: number): number => (code > 0xffff ? OTHER : CHARACTER[code] & SYMBOL_BITS);

const ALL_SYMBOLS = Array.from({ length: SYMBOLS }, (_, i) => i);

const isComplete = (opening: string): boolean => opening.length >= DEPTH || opening.endsWith(CUT);

/**
 * `opening` followed by `next`, a run of other symbols across the join read as one, cut at {@link DEPTH}. A
 * boundary in `next` after a letter or digit tells that an other symbol comes next (or the end of the text, which
 * the words are read as ending with); after an other symbol, it adds nothing.
 */
function join(opening: string, next: string): string {
  if (opening === EMPTY) return next;
  const boundary = next.startsWith(BOUNDARY);
  if (opening === BOUNDARY) return boundary ? next : opening + next;
  const rest = boundary ? OTHER_SYMBOL + next.slice(1) : next;
  const joined = opening.endsWith(OTHER_SYMBOL) && rest.startsWith(OTHER_SYMBOL) ? opening + rest.slice(1) : opening + rest;
  return joined.length > DEPTH ? joined.slice(0, DEPTH) : joined;
}

/** The openings with nothing read after them: each matches whatever follows. */
function cut(openings: Openings): Openings {
  const out: Openings = new Set();
  for (const opening of openings) out.add(isComplete(opening) ? opening : opening + CUT);
  return out;
}

/** Appends `next` to each opening not yet complete. */
function concat(first: Openings, next: Openings): Openings {
  const out: Openings = new Set();
  for (const opening of first) {
    if (isComplete(opening)) {
      out.add(opening);
      continue;
    }
    for (const following of next) out.add(join(opening, following));
    if (out.size > MAX_OPENINGS) return concatShortened(first, next);
  }
  return out;
}

/**
 * `first` followed by `next`, too many openings to keep whole: each cut at the greatest length that keeps them
 * within {@link MAX_OPENINGS}. A long alternation of phrases ("does use", "continues to deploy", ...) so keeps its
 * first letters, and its pattern is still tried only at the words that open with them.
 */
function concatShortened(first: Openings, next: Openings): Openings {
  // The greatest length that fits, found by halving: two characters keep a boundary and the letter after it.
  let fits: Openings | undefined;
  let low = 2;
  let high = DEPTH - 1;
  while (low <= high) {
    const length = (low + high) >> 1;
    const out = concatCut(first, next, length);
    if (out === undefined) high = length - 1;
    else {
      fits = out;
      low = length + 1;
    }
  }
  return fits ?? cut(first);
}

/** `first` followed by `next`, each opening cut at `length`; undefined when they are more than {@link MAX_OPENINGS}. */
function concatCut(first: Openings, next: Openings, length: number): Openings | undefined {
  // join reads no more than length + 1 characters of what follows into its first `length`.
  const heads = new Set<string>();
  for (const following of next) heads.add(shortened(following, length + 1));
  const out: Openings = new Set();
  for (const opening of first) {
    if (isComplete(opening)) out.add(shortened(opening, length));
    else for (const head of heads) out.add(shortened(join(opening, head), length));
    if (out.size > MAX_OPENINGS) return undefined;
  }
  return out;
}

/** The opening's first `length` characters, cut, when it is longer. */
function shortened(opening: string, length: number): string {
  return opening.length <= length ? opening : opening.slice(0, length) + CUT;
}

function union(sets: readonly Openings[]): Openings {
  const out: Openings = new Set();
  for (const set of sets) for (const opening of set) out.add(opening);
  return out;
}

function sameOpenings(a: Openings, b: Openings): boolean {
  if (a.size !== b.size) return false;
  for (const opening of a) if (!b.has(opening)) return false;
  return true;
}

/**
 * A class of more symbols than this (a digit, a letter) is left unread: it tells little about where a pattern may
 * match, and reading it multiplies the openings (`\d{3}(?:,\d{3})*` has a thousand per group of digits), which cost
 * most of a second to read for the largest pattern.
 */
const MAX_CLASS_SYMBOLS = 9;

/** One character that is any of `symbols`; one of many symbols is left unread (cut), as it tells little. */
function ofSymbols(symbols: readonly number[]): Openings {
  if (symbols.length > MAX_CLASS_SYMBOLS) return new Set([CUT]);
  const out: Openings = new Set();
  for (const s of symbols) out.add(String.fromCharCode(s));
  return out;
}

/**
 * The openings of `atom` read `min` to `max` times. Those of k repetitions settle once one more leaves them as they
 * are (as `[\s\u00a0]{1,6}` does at once); any not settled after {@link DEPTH} + 2 are cut there.
 */
function repeated(atom: Openings, min: number, max: number): Openings {
  const powers: Openings[] = [new Set([EMPTY])];
  let settled = false;
  while (powers.length - 1 < Math.min(max, DEPTH + 2)) {
    const next = concat(powers[powers.length - 1], atom);
    if (sameOpenings(next, powers[powers.length - 1])) {
      settled = true;
      break;
    }
    powers.push(next);
  }
  const last = powers.length - 1;
  const read = powers.slice(Math.min(min, last), Math.min(max, last) + 1);
  if (!settled && max > last) read.push(cut(powers[last]));
  return union(read);
}

const QUANTIFIER = /(?:\?|\*|\+|\{(\d+)(?:(,)(\d*))?\})\??/y;
const GROUP_HEAD = /\((\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/y;

/**
 * The openings of the groups read so far, by flags and source: the largest patterns repeat long groups ("does not
 * currently use ..." in several forms), and other patterns are built from them.
 */
const groupsRead = new Map<string, Openings>();
/** Shorter groups are read again, which costs less than remembering them. */
const REMEMBERED_GROUP_LENGTH = 200;

/**
 * Reads a regular expression source: alternatives, groups, classes, escapes and quantifiers. Anything it does
 * not know makes it give up (undefined), which is always safe: the pattern is then scanned in full.
 */
class SourceReader {
  readonly #source: string;
  readonly #flags: string;
  #at = 0;

  constructor(source: string, flags: string) {
    this.#source = source;
    this.#flags = flags;
  }

  /** `pattern` (sticky) matched at the cursor; read in place, since slicing the rest at each atom is quadratic. */
  private stickyAt(pattern: RegExp): RegExpExecArray | null {
    pattern.lastIndex = this.#at;
    return pattern.exec(this.#source);
  }

  read(): Openings | undefined {
    try {
      const openings = this.alternation();
      return this.#at === this.#source.length ? openings : undefined;
    } catch {
      return undefined;
    }
  }

  private alternation(): Openings {
    const alternatives = [this.sequence()];
    while (this.#source[this.#at] === '|') {
      this.#at++;
      alternatives.push(this.sequence());
    }
    return union(alternatives);
  }

  private sequence(): Openings {
    let openings: Openings = new Set([EMPTY]);
    // Once every opening is complete, later atoms cannot change them: they are read but not joined.
    let complete = false;
    while (this.#at < this.#source.length && this.#source[this.#at] !== '|' && this.#source[this.#at] !== ')') {
      const atom = this.quantified();
      if (complete) continue;
      openings = concat(openings, atom);
      complete = [...openings].every(isComplete);
    }
    return openings;
  }

  private quantified(): Openings {
    const atom = this.atom();
    const quantifier = this.stickyAt(QUANTIFIER);
    if (!quantifier) return atom;
    this.#at += quantifier[0].length;
    const kind = quantifier[0][0];
    const min = kind === '+' ? 1 : kind === '{' ? Number(quantifier[1]) : 0;
    const max = kind === '?' ? 1 : kind === '{' && quantifier[2] === undefined ? min : kind === '{' && quantifier[3] !== '' ? Number(quantifier[3]) : Infinity;
    return repeated(atom, min, max);
  }

  private atom(): Openings {
    const ch = this.#source[this.#at];
    if (ch === '(') return this.group();
    if (ch === '[') return ofSymbols(this.characterClass());
    if (ch === '\\') return this.escape();
    if (ch === '^' || ch === '$') {
      this.#at++;
      // A line starts after a line break (or nothing), neither a letter nor a digit.
      return new Set([ch === '^' ? BOUNDARY : EMPTY]);
    }
    if (ch === '.') {
      this.#at++;
      return ofSymbols(ALL_SYMBOLS);
    }
    if (ch === ')' || ch === '|' || ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === ']') throw new Error('unexpected');
    const code = this.#source.codePointAt(this.#at)!;
    this.#at += code > 0xffff ? 2 : 1;
    return ofSymbols([symbolOfCode(code)]);
  }

  private group(): Openings {
    const start = this.#at;
    const end = groupEnd(this.#source, start);
    const key = end - start >= REMEMBERED_GROUP_LENGTH ? `${this.#flags}/${this.#source.slice(start, end)}` : undefined;
    const known = key === undefined ? undefined : groupsRead.get(key);
    if (known) {
      this.#at = end;
      return known;
    }
    const openings = this.groupRead();
    if (key !== undefined) groupsRead.set(key, openings);
    return openings;
  }

  private groupRead(): Openings {
    const head = this.stickyAt(GROUP_HEAD)!;
    this.#at += head[0].length;
    const innerStart = this.#at;
    const inner = this.alternation();
    if (this.#source[this.#at] !== ')') throw new Error('unclosed group');
    this.#at++;
    const kind = head[1];
    if (kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!') {
      const boundary = kind === '?<!' && this.refusesAlphanumeric(this.#source.slice(innerStart, this.#at - 1));
      return new Set([boundary ? BOUNDARY : EMPTY]);
    }
    return inner;
  }

  /**
   * True when a negative lookbehind of `inner` fails after every ASCII letter and digit, as `(?<![\p{L}\p{N}])`
   * does: like a word boundary, it lets a match open only where no letter or digit comes before.
   */
  private refusesAlphanumeric(inner: string): boolean {
    const single = new RegExp(`^(?:${inner})$`, this.#flags);
    for (const ch of 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') if (!single.test(ch)) return false;
    return true;
  }

  private escape(): Openings {
    const next = this.#source[this.#at + 1];
    if (next === undefined) throw new Error('trailing backslash');
    if (next === 'b' || next === 'B') {
      this.#at += 2;
      return new Set([next === 'b' ? BOUNDARY : EMPTY]);
    }
    if (next === 'k' || /[1-9]/.test(next)) throw new Error('back-reference');
    return ofSymbols(this.escapedSymbols(false));
  }

  /** The symbols of the escape at the cursor, which it passes. */
  private escapedSymbols(inClass: boolean): number[] {
    const next = this.#source[this.#at + 1];
    this.#at += 2;
    if (next === 'd') return ALL_SYMBOLS.slice(DIGITS, OTHER);
    if (next === 's') return [OTHER];
    if (next === 'D' || next === 'S' || next === 'w' || next === 'W' || next === 'p' || next === 'P') {
      if (next === 'p' || next === 'P') {
        const close = this.#source.indexOf('}', this.#at);
        if (this.#source[this.#at] !== '{' || close < 0) throw new Error('bad property');
        this.#at = close + 1;
      }
      return ALL_SYMBOLS;
    }
    if (next === 'u' || next === 'x') {
      const digits = next === 'u' ? 4 : 2;
      const hex = this.#source.slice(this.#at, this.#at + digits);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw new Error('bad escape');
      this.#at += digits;
      return [symbolOfCode(parseInt(hex, 16))];
    }
    if (next === 'b' && inClass) return [OTHER];
    if ('tnrvf0'.includes(next)) return [OTHER];
    if (/[A-Za-z]/.test(next)) throw new Error('unknown escape');
    return [symbolOfCode(next.charCodeAt(0))];
  }

  private characterClass(): number[] {
    this.#at++;
    const negated = this.#source[this.#at] === '^';
    if (negated) this.#at++;
    const symbols = new Set<number>();
    let previous: number | undefined;
    while (this.#source[this.#at] !== ']') {
      if (this.#at >= this.#source.length) throw new Error('unclosed class');
      if (this.#source[this.#at] === '-' && previous !== undefined && this.#source[this.#at + 1] !== ']') {
        this.#at++;
        const end = this.classCode();
        if (end === undefined) throw new Error('bad range');
        for (let code = previous; code <= end && code < 0x80; code++) symbols.add(symbolOfCode(code));
        if (end >= 0x80) symbols.add(OTHER);
        previous = undefined;
        continue;
      }
      const code = this.classCode();
      if (code === undefined) {
        previous = undefined;
        for (const s of this.#lastEscape) symbols.add(s);
      } else {
        previous = code;
        symbols.add(symbolOfCode(code));
      }
    }
    this.#at++;
    return negated ? ALL_SYMBOLS : [...symbols];
  }

  /** Symbols of the last class escape read by {@link classCode} when it stood for a set. */
  #lastEscape: number[] = [];

  /** The code of the single character at the cursor inside a class, or undefined for a set escape such as `\s`. */
  private classCode(): number | undefined {
    if (this.#source[this.#at] !== '\\') {
      const code = this.#source.codePointAt(this.#at)!;
      this.#at += code > 0xffff ? 2 : 1;
      return code;
    }
    const next = this.#source[this.#at + 1];
    if (next === 'u' || next === 'x') {
      const digits = next === 'u' ? 4 : 2;
      const hex = this.#source.slice(this.#at + 2, this.#at + 2 + digits);
      if (!/^[0-9a-fA-F]+$/.test(hex) || hex.length !== digits) throw new Error('bad escape');
      this.#at += 2 + digits;
      return parseInt(hex, 16);
    }
    if (next !== undefined && !/[A-Za-z0-9]/.test(next)) {
      this.#at += 2;
      return next.charCodeAt(0);
    }
    this.#lastEscape = this.escapedSymbols(true);
    return undefined;
  }
}

/**
 * The openings of a pattern's matches, without what they tell before them and with nothing marking those complete;
 * undefined unless each opens a word (a letter with no letter or digit before it) or opens the run of other
 * characters before one (an other symbol, then a letter). Patterns that fold case beyond ASCII (`iu`) are left
 * out, since a letter there may match a character outside a-z.
 */
function openingsOf(pattern: RegExp): string[] | undefined {
  if (pattern.flags.includes('u') && pattern.flags.includes('i')) return undefined;
  const read = new SourceReader(pattern.source, pattern.flags.replace(/[gy]/g, '')).read();
  if (!read) return undefined;
  const openings: string[] = [];
  for (const found of read) {
    const bounded = found.startsWith(BOUNDARY);
    const opening = found.slice(bounded ? 1 : 0, found.endsWith(CUT) ? -1 : found.length);
    // A character code past the end is NaN, no letter.
    const letterAt = (i: number): boolean => opening.charCodeAt(i) < DIGITS;
    if (!(bounded && letterAt(0)) && !(opensRun(opening) && letterAt(1))) return undefined;
    openings.push(opening);
  }
  return openings;
}

/** True for an opening of the run of other characters before a word (see {@link openingsOf}). */
function opensRun(opening: string): boolean {
  return opening.charCodeAt(0) === OTHER;
}

/**
 * Where the words of a text begin: a letter a-z or A-Z after anything but a letter or digit. With each, its key:
 * its first three symbols, `(first * SYMBOLS + second) * SYMBOLS + third` (an other symbol past the end of the
 * text); its first two, the key's pair, are `key / SYMBOLS` rounded down. With the words, the symbol of every
 * character, which walks read without asking the string again.
 */
interface WordIndex {
  readonly starts: Int32Array;
  readonly keys: Uint16Array;
  readonly count: number;
  /** The symbol of each character of the text, then {@link END_OF_TEXT} twice. */
  readonly symbols: Uint8Array;
}

/** Slots for the index of a text: a word at most every other character, and the slot after the last that is written. */
const slotsFor = (length: number): number => (length >> 1) + 2;
/** Slots for the symbols of a text: its characters, and two past its end. */
const symbolSlotsFor = (length: number): number => length + 2;

// Texts up to this length (letters are far shorter) are indexed in these buffers, reused for the next text; fixed
// buffers, rather than ones that may be replaced, let V8 compile the index loop a fifth faster.
const BUFFERED_LENGTH = 1 << 16;
const STARTS_BUFFER = new Int32Array(slotsFor(BUFFERED_LENGTH));
const KEYS_BUFFER = new Uint16Array(slotsFor(BUFFERED_LENGTH));
const SYMBOLS_BUFFER = new Uint8Array(symbolSlotsFor(BUFFERED_LENGTH));

function indexWords(text: string): WordIndex {
  if (text.length <= BUFFERED_LENGTH) {
    return { starts: STARTS_BUFFER, keys: KEYS_BUFFER, symbols: SYMBOLS_BUFFER, count: fillIndex(text, STARTS_BUFFER, KEYS_BUFFER, SYMBOLS_BUFFER) };
  }
  const starts = new Int32Array(slotsFor(text.length));
  const keys = new Uint16Array(starts.length);
  const symbols = new Uint8Array(symbolSlotsFor(text.length));
  return { starts, keys, symbols, count: fillIndex(text, starts, keys, symbols) };
}

/**
 * Writes the symbols of `text`, where its words begin, and their keys, and gives their count. The two loops are
 * functions of their own: in one function, V8 compiled the first loop alone (on-stack replacement) before what
 * follows it had ever run, and that code was thrown away after the loop of each text, for thousands of texts.
 */
function fillIndex(text: string, starts: Int32Array, keys: Uint16Array, symbols: Uint8Array): number {
  const count = fillSymbolsAndStarts(text, starts, symbols);
  fillKeys(starts, keys, symbols, count);
  return count;
}

/**
 * Writes the symbols of `text` and where its words begin, and gives their count. The starts without branches, since
 * they come too irregularly to be predicted: every offset is written, and kept (the count moves past it) where a
 * letter follows neither a letter nor a digit.
 */
function fillSymbolsAndStarts(text: string, starts: Int32Array, symbols: Uint8Array): number {
  const length = text.length;
  // Written before the loop, so that they have run (and told V8 their types) when the loop is compiled.
  symbols[length] = END_OF_TEXT;
  symbols[length + 1] = END_OF_TEXT;
  let count = 0;
  let kind = 0;
  for (let i = 0; i < length; i++) {
    const character = CHARACTER[text.charCodeAt(i)];
    symbols[i] = character & SYMBOL_BITS;
    starts[count] = i;
    count += (character >> 7) & ~kind & 1;
    kind = character >> 6;
  }
  return count;
}

/** Writes the key of each word from the symbols: reading a string costs more than reading an array. */
function fillKeys(starts: Int32Array, keys: Uint16Array, symbols: Uint8Array, count: number): void {
  for (let w = 0; w < count; w++) {
    const at = starts[w];
    keys[w] = (symbols[at] * SYMBOLS + symbols[at + 1]) * SYMBOLS + symbols[at + 2];
  }
}

// The recognisers read one letter after another: the last letter's word index, and the matches of every declared
// phrase list in it, serve them all.
let indexedText: string | undefined;
let indexed: WordIndex = { starts: new Int32Array(0), keys: new Uint16Array(0), symbols: new Uint8Array(0), count: 0 };
let declaredMatches: Map<readonly RegExp[], RegExpExecArray[][] | Starts> | undefined;

/**
 * Lets go of the last text and what was found in it, so nothing outlives one analysis: the next text, even an
 * equal one, is indexed afresh.
 */
export function forgetText(): void {
  indexedText = undefined;
  declaredMatches = undefined;
}

function wordIndexOf(text: string): WordIndex {
  if (text !== indexedText) {
    indexed = indexWords(text);
    indexedText = text;
    declaredMatches = undefined;
  }
  return indexed;
}

/** What is learnt once about a constant list of patterns. */
interface CompiledSet {
  /** Sticky copies of the patterns with known openings, or undefined for a pattern scanned in full. */
  readonly sticky: readonly (RegExp | undefined)[];
  /**
   * For the patterns that may open in the run of other characters before a word: a sticky expression that passes
   * over other characters to where the pattern matches first, the pattern's match its group 1.
   */
  readonly inRun: readonly (RegExp | undefined)[];
  /**
   * The openings of all the patterns as a tree of nodes, the root 0: `children[node * SYMBOLS + symbol]` is the node
   * reached from `node` by `symbol`, or 0 where no opening goes on with it.
   */
  readonly children: Uint16Array;
  /**
   * The node the pair of a word's key (see {@link WordIndex}) leads to from the root, from which its walk goes on;
   * or, as `~node`, the node where it stops within the pair.
   */
  readonly afterKey: Int32Array;
  /** As {@link afterKey}, for the run of other characters before a word then the word; undefined if no pattern opens so. */
  readonly afterRunKey: Int32Array | undefined;
  /**
   * For each key, {@link AT_WORD} if a pattern may match at a word with it, and {@link IN_RUN} if one may in the run
   * before it. Most words are passed over on their key alone, and most of the rest on one of these.
   */
  readonly loudness: Uint8Array;
  /**
   * The patterns (by index) that may match at a word whose walk down the tree stops at `node`, those with an
   * opening that ends there or above it, are `candidates[offsets[node]]` to `candidates[offsets[node + 1] - 1]`.
   */
  readonly offsets: Int32Array;
  readonly candidates: Int32Array;
  /**
   * For each node with several candidates, one sticky expression matching where any of them does (built when first
   * needed; null where the candidates' flags cannot be joined). A word where it fails is passed over in one try.
   */
  readonly anyOf: (RegExp | null | undefined)[];
  /** Where each pattern may match next in a scan (see {@link scan}); kept with the set to spare an allocation per text. */
  readonly resume: Int32Array;
}

/** Flags of {@link CompiledSet.loudness}. */
const AT_WORD = 1;
const IN_RUN = 2;

/**
 * Nodes a tree may have. A walk reads the tree at every symbol, and 16-bit node numbers halve what it reads from; a
 * larger tree is built again from shorter openings, each then tried at more words, with the same matches.
 */
const MAX_NODES = 0x10000;

/** The tree of the openings of each pattern (undefined for one scanned in full), as in {@link CompiledSet}. */
function openingTree(
  openingsOfPattern: readonly (readonly string[] | undefined)[],
  depth = DEPTH,
): Pick<CompiledSet, 'children' | 'offsets' | 'candidates'> {
  let children = new Uint16Array(64 * SYMBOLS);
  const parents = [0];
  const ending: number[][] = [[]];
  for (let p = 0; p < openingsOfPattern.length; p++) {
    for (const opening of openingsOfPattern[p] ?? []) {
      let node = 0;
      for (let i = 0; i < Math.min(opening.length, depth); i++) {
        const edge = node * SYMBOLS + opening.charCodeAt(i);
        if (children[edge] === 0) {
          if (parents.length === MAX_NODES) return openingTree(openingsOfPattern, depth - 1);
          if (children.length === parents.length * SYMBOLS) {
            const grown = new Uint16Array(children.length * 2);
            grown.set(children);
            children = grown;
          }
          children[edge] = parents.length;
          parents.push(node);
          ending.push([]);
        }
        node = children[edge];
      }
      if (!ending[node].includes(p)) ending[node].push(p);
    }
  }
  children = children.slice(0, parents.length * SYMBOLS);
  // A node is made after its parent, so the parent's candidates are known when the node's are gathered.
  const candidatesOf: number[][] = [ending[0]];
  const offsets = new Int32Array(parents.length + 1);
  const candidates: number[] = [...ending[0]];
  for (let node = 1; node < parents.length; node++) {
    const inherited = candidatesOf[parents[node]];
    const own = ending[node].filter((p) => !inherited.includes(p));
    candidatesOf.push(own.length === 0 ? inherited : [...inherited, ...own].sort((x, y) => x - y));
    offsets[node] = candidates.length;
    for (const p of candidatesOf[node]) candidates.push(p);
  }
  offsets[parents.length] = candidates.length;
  return { children, offsets, candidates: Int32Array.from(candidates) };
}

/** The openings of each pattern read so far: a pattern may be compiled in a set and alone (see {@link firstMatch}). */
const openingsRead = new WeakMap<RegExp, string[] | undefined>();

function compile(patterns: readonly RegExp[]): CompiledSet {
  const openingsOfPattern = patterns.map((pattern) => {
    if (!openingsRead.has(pattern)) openingsRead.set(pattern, openingsOf(pattern));
    return openingsRead.get(pattern);
  });
  const { children, offsets, candidates } = openingTree(openingsOfPattern);
  const flags = (pattern: RegExp): string => `${pattern.flags.replace('g', '')}y`;
  const sticky = patterns.map((pattern, p) => (openingsOfPattern[p] ? new RegExp(pattern.source, flags(pattern)) : undefined));
  const inRun = patterns.map((pattern, p) =>
    openingsOfPattern[p]?.some(opensRun) ? new RegExp(`[^A-Za-z0-9]*?(${pattern.source})`, flags(pattern)) : undefined,
  );
  const afterKey = keyTable(children, 0);
  const afterRunKey = children[OTHER] === 0 ? undefined : keyTable(children, children[OTHER]);
  const loudness = new Uint8Array(KEYS);
  for (let pair = 0; pair < PAIRS; pair++) {
    for (let third = 0; third < SYMBOLS; third++) {
      const atWord = mayReachCandidates(afterKey, pair, third, children, offsets);
      const inRun = afterRunKey !== undefined && mayReachCandidates(afterRunKey, pair, third, children, offsets);
      loudness[pair * SYMBOLS + third] = (atWord ? AT_WORD : 0) | (inRun ? IN_RUN : 0);
    }
  }
  return { sticky, inRun, children, afterKey, afterRunKey, loudness, offsets, candidates, anyOf: [], resume: new Int32Array(patterns.length) };
}

/**
 * False when the walk (see {@link walk}) of every word whose key is `pair` then `third`, led from `table`, stops at
 * a node without candidates: within the pair, or at the third symbol (unless a run of other symbols goes on there).
 */
function mayReachCandidates(table: Int32Array, pair: number, third: number, children: Uint16Array, offsets: Int32Array): boolean {
  const hasCandidates = (node: number): boolean => offsets[node] < offsets[node + 1];
  const node = table[pair];
  if (node < 0) return hasCandidates(~node);
  const afterOther = pair % SYMBOLS === OTHER;
  return afterOther || children[node * SYMBOLS + third] !== 0 || hasCandidates(node);
}

/** Where each key leads from `from` (see {@link CompiledSet.afterKey}). */
function keyTable(children: Uint16Array, from: number): Int32Array {
  const table = new Int32Array(PAIRS);
  for (let first = 0; first < SYMBOLS; first++) {
    const node = children[from * SYMBOLS + first];
    for (let second = 0; second < SYMBOLS; second++) {
      const next = node === 0 ? 0 : children[node * SYMBOLS + second];
      table[first * SYMBOLS + second] = node === 0 ? ~from : next === 0 ? ~node : next;
    }
  }
  return table;
}

/**
 * The node where the word at `at`, whose key has the pair `pair`, leaves the tree of openings, from where `table`
 * (see {@link CompiledSet.afterKey}) leads the pair: it is followed down symbol by symbol (of the text's
 * `symbols`), a run of other symbols read as one, until the next symbol has no node.
 */
function walk(symbols: Uint8Array, length: number, at: number, pair: number, table: Int32Array, children: Uint16Array): number {
  let node = table[pair];
  if (node < 0) return ~node;
  let afterOther = pair % SYMBOLS === OTHER;
  // The text is read as ending with an other symbol, as a word boundary before its end tells (see join).
  for (let i = at + 2; i <= length; i++) {
    const symbol = symbols[i];
    if (symbol === OTHER) {
      if (afterOther) continue;
      afterOther = true;
    } else {
      afterOther = false;
    }
    const child = children[node * SYMBOLS + symbol];
    if (child === 0) break;
    node = child;
  }
  return node;
}

/**
 * The longest source of patterns joined into one (see {@link joinPatterns}). V8 compiles a pattern to about a hundred
 * bytes of machine code a character, and each join is compiled afresh: joins of the few large phrase patterns would
 * take megabytes, and once an isolate holds more than 16 MB of machine code V8 stops optimising the patterns it
 * compiles next, which then run several times slower. Their candidates are tried one by one instead.
 */
const MAX_JOINED_SOURCE = 4000;

/**
 * One sticky expression matching wherever any of the patterns matches. Patterns that differ in case sensitivity
 * are joined ignoring case, which matches at least as often; other differences in flags, or sources too long to
 * compile again, leave them apart (null).
 */
function joinPatterns(patterns: readonly RegExp[]): RegExp | null {
  const flags = (pattern: RegExp): string => pattern.flags.replace(/[giy]/g, '');
  if (patterns.length < 2 || patterns.some((pattern) => flags(pattern) !== flags(patterns[0]))) return null;
  if (patterns.reduce((length, pattern) => length + pattern.source.length, 0) > MAX_JOINED_SOURCE) return null;
  const ignoreCase = patterns.some((pattern) => pattern.ignoreCase) ? 'i' : '';
  try {
    return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), `${flags(patterns[0])}${ignoreCase}y`);
  } catch {
    return null;
  }
}

function anyOfNode(set: CompiledSet, patterns: readonly RegExp[], node: number): RegExp | null {
  let joined = set.anyOf[node];
  if (joined === undefined) {
    const members: RegExp[] = [];
    for (let c = set.offsets[node]; c < set.offsets[node + 1]; c++) members.push(patterns[set.candidates[c]]);
    joined = joinPatterns(members);
    set.anyOf[node] = joined;
  }
  return joined;
}

const compiled = new WeakMap<object, CompiledSet>();

function compiledFor(key: object, patterns: readonly RegExp[]): CompiledSet {
  let set = compiled.get(key);
  if (!set) {
    set = compile(patterns);
    compiled.set(key, set);
  }
  return set;
}

/** What a {@link scan} finds. */
interface Scanned {
  /** For each pattern before the first start pattern, its matches, as `text.matchAll` gives them. */
  readonly found: RegExpExecArray[][];
  /**
   * Where the start patterns match at a word, in pairs: the offset, then the pattern; in text order. Those that may
   * open in the run before a word are left to {@link startsOf}.
   */
  readonly startHits: number[];
}

/**
 * Every match of `patterns` in one pass over the words of the text: of each before `startsFrom`, as `text.matchAll`
 * gives them; of each from `startsFrom` on, every word where it matches (see {@link matchStarts}). Both kinds are
 * scanned together, so each word is walked once for all.
 */
function scan(text: string, patterns: readonly RegExp[], set: CompiledSet, startsFrom = patterns.length): Scanned {
  const { sticky, children, afterKey, afterRunKey, loudness, offsets, candidates, resume } = set;
  const found: RegExpExecArray[][] = [];
  for (let p = 0; p < startsFrom; p++) found.push([]);
  const startHits: number[] = [];
  resume.fill(0);
  const { starts, keys, count, symbols } = wordIndexOf(text);
  const length = text.length;
  for (let w = 0; w < count; w++) {
    const loud = loudness[keys[w]];
    if (loud === 0) continue;
    const at = starts[w];
    const pair = Math.floor(keys[w] / SYMBOLS);
    if ((loud & IN_RUN) !== 0) {
      const node = walk(symbols, length, at, pair, afterRunKey!, children);
      if (offsets[node] < offsets[node + 1]) matchInRunBefore(text, at, node, set, found, startsFrom);
    }
    if ((loud & AT_WORD) === 0) continue;
    const node = walk(symbols, length, at, pair, afterKey, children);
    const begin = offsets[node];
    const end = offsets[node + 1];
    if (begin === end) continue;
    const any = end - begin > 1 ? anyOfNode(set, patterns, node) : null;
    if (any !== null) {
      any.lastIndex = at;
      if (!any.test(text)) continue;
    }
    for (let c = begin; c < end; c++) {
      const p = candidates[c];
      const pattern = sticky[p]!;
      pattern.lastIndex = at;
      if (p >= startsFrom) {
        if (pattern.test(text)) startHits.push(at, p);
        continue;
      }
      if (at < resume[p]) continue;
      const match = pattern.exec(text);
      if (match === null) continue;
      found[p].push(match);
      resume[p] = at + Math.max(1, match[0].length);
    }
  }
  for (let p = 0; p < startsFrom; p++) if (sticky[p] === undefined) found[p] = allMatches(text, patterns[p]);
  return { found, startHits };
}

/**
 * Finds the first match of each candidate of `node` (a pattern opening with other characters, as `(?:^|-)not`)
 * in the run of other characters before the word at `at`, by one try passing over the run.
 */
function matchInRunBefore(
  text: string,
  at: number,
  node: number,
  set: CompiledSet,
  found: RegExpExecArray[][],
  startsFrom: number,
): void {
  const resume = set.resume;
  let runStart = at;
  while (runStart > 0 && (CHARACTER[text.charCodeAt(runStart - 1)] & ALPHANUMERIC) === 0) runStart--;
  for (let c = set.offsets[node]; c < set.offsets[node + 1]; c++) {
    const p = set.candidates[c];
    if (p >= startsFrom) continue;
    const from = Math.max(runStart, resume[p]);
    if (from >= at) continue;
    const inRun = set.inRun[p]!;
    inRun.lastIndex = from;
    const passed = inRun.exec(text);
    if (passed === null) continue;
    // The try passing over the run tried the pattern at each place in turn, as matchAll does: where it first
    // matched, the pattern's own match is the one matchAll finds.
    const pattern = set.sticky[p]!;
    pattern.lastIndex = passed.index + passed[0].length - passed[1].length;
    const match = pattern.exec(text)!;
    found[p].push(match);
    resume[p] = match.index + Math.max(1, match[0].length);
  }
}

/**
 * The lists declared with {@link phraseList}, then those declared with {@link startList}, and all their patterns in
 * one list, the phrase patterns first.
 */
const declared: (readonly RegExp[])[] = [];
const declaredStarts: (readonly RegExp[])[] = [];
let allDeclared: RegExp[] = [];

/**
 * Declares a constant list of phrase patterns (each with the `g` flag). The declared lists of all recognisers are
 * matched together, in one pass over the words of a letter, the first time any of them is asked for.
 */
export function phraseList(patterns: readonly RegExp[]): readonly RegExp[] {
  declared.push(patterns);
  allDeclared = [...declared.flat(), ...declaredStarts.flat()];
  declaredMatches = undefined;
  return patterns;
}

/**
 * Declares a constant list of at most 31 patterns whose starts are asked for with {@link matchStarts}. They are
 * found in the same pass over the words of a letter as the phrase lists.
 */
export function startList(patterns: readonly RegExp[]): readonly RegExp[] {
  if (patterns.length > MAX_STARTS_PATTERNS) throw new RangeError('matchStarts tells at most 31 patterns apart');
  declaredStarts.push(patterns);
  allDeclared = [...declared.flat(), ...declaredStarts.flat()];
  declaredMatches = undefined;
  return patterns;
}

/** What was found in the text for a declared list: see {@link phraseList} and {@link startList}. */
function declaredFound(text: string, patterns: readonly RegExp[]): RegExpExecArray[][] | Starts {
  wordIndexOf(text);
  if (!declaredMatches) {
    const set = compiledFor(allDeclared, allDeclared);
    const phrases = allDeclared.length - declaredStarts.reduce((n, list) => n + list.length, 0);
    const { found, startHits } = scan(text, allDeclared, set, phrases);
    declaredMatches = new Map();
    let next = 0;
    for (const list of declared) {
      declaredMatches.set(list, found.slice(next, next + list.length));
      next += list.length;
    }
    for (const list of declaredStarts) {
      declaredMatches.set(list, startsOf(text, list, set, startHits, next));
      next += list.length;
    }
  }
  return declaredMatches.get(patterns)!;
}

/**
 * Every match of each pattern (each with the `g` flag) in the text, as `text.matchAll(pattern)` gives them.
 * @param patterns a constant array, best declared with {@link phraseList}: what is learnt about its patterns is
 * kept for the next text.
 */
export function matchEach(text: string, patterns: readonly RegExp[]): RegExpExecArray[][] {
  if (!declared.includes(patterns)) return scan(text, patterns, compiledFor(patterns, patterns)).found;
  return declaredFound(text, patterns) as RegExpExecArray[][];
}

/** Every match of one pattern (with the `g` flag), as `text.matchAll(pattern)` gives them; see {@link matchEach}. */
export function matchAllOf(text: string, pattern: RegExp): RegExpExecArray[] {
  return scan(text, [pattern], compiledFor(pattern, [pattern])).found[0];
}

/** Where patterns match (see {@link matchStarts}): offsets in order, and the patterns matching at each as bits. */
export interface Starts {
  readonly offsets: number[];
  /** For each offset, bit `p` set when `patterns[p]` matches there. */
  readonly matching: number[];
}

/** Patterns {@link matchStarts} can tell apart, one bit each. */
const MAX_STARTS_PATTERNS = 31;

/**
 * Every offset, in order, where at least one of the patterns matches, overlapping matches included: unlike
 * {@link matchEach}, a match does not hide the ones that start inside it. With each, which patterns match there, so
 * a caller asking about a stretch of the text reads them rather than trying the patterns again.
 * @param patterns a constant array of at most 31 patterns, best declared with {@link startList}.
 */
export function matchStarts(text: string, patterns: readonly RegExp[]): Starts {
  if (declaredStarts.includes(patterns)) return declaredFound(text, patterns) as Starts;
  if (patterns.length > MAX_STARTS_PATTERNS) throw new RangeError('matchStarts tells at most 31 patterns apart');
  const set = compiledFor(patterns, patterns);
  return startsOf(text, patterns, set, scan(text, patterns, set, 0).startHits, 0);
}

/**
 * The starts of `patterns`, which are those of the scanned `set` from `first` on: where they matched at a word (in
 * `startHits`, see {@link Scanned}), and, for those that cannot be tried word by word or may open in the run before
 * one, everywhere they match, since a run may hold several starts.
 */
function startsOf(text: string, patterns: readonly RegExp[], set: CompiledSet, startHits: readonly number[], first: number): Starts {
  const offsets: number[] = [];
  const matching: number[] = [];
  for (let i = 0; i < startHits.length; i += 2) {
    const p = startHits[i + 1] - first;
    if (p < 0 || p >= patterns.length) continue;
    const at = startHits[i];
    // A word's hits come together.
    if (offsets[offsets.length - 1] === at) matching[matching.length - 1] |= 1 << p;
    else {
      offsets.push(at);
      matching.push(1 << p);
    }
  }
  const unindexed = patterns.flatMap((_, p) => (set.sticky[first + p] === undefined || set.inRun[first + p] !== undefined ? [p] : []));
  if (unindexed.length === 0) return { offsets, matching };
  const bitsAt = new Map<number, number>();
  offsets.forEach((at, i) => bitsAt.set(at, matching[i]));
  for (const p of unindexed) {
    for (const at of everyStart(text, patterns[p])) bitsAt.set(at, (bitsAt.get(at) ?? 0) | (1 << p));
  }
  const sorted = [...bitsAt.keys()].sort((a, b) => a - b);
  return { offsets: sorted, matching: sorted.map((at) => bitsAt.get(at)!) };
}

/**
 * Every offset, in order, where one of the patterns may match: each word start whose opening one of them can have,
 * and each start of a pattern that cannot be tried word by word. A place is tried only where several patterns may
 * open (one try of all of them together), so a caller that tries something stricter at each (a pattern whose
 * matches all start where one of these does) mostly tries each place once, rather than once here and once there.
 * @param patterns a constant array, as for {@link matchEach}.
 */
export function openingWords(text: string, patterns: readonly RegExp[]): number[] {
  const set = compiledFor(patterns, patterns);
  const { children, afterKey, loudness, offsets } = set;
  const starts: number[] = [];
  const { starts: words, keys, count, symbols } = wordIndexOf(text);
  for (let w = 0; w < count; w++) {
    if ((loudness[keys[w]] & AT_WORD) === 0) continue;
    const node = walk(symbols, text.length, words[w], Math.floor(keys[w] / SYMBOLS), afterKey, children);
    const begin = offsets[node];
    const end = offsets[node + 1];
    if (begin === end) continue;
    const any = end - begin > 1 ? anyOfNode(set, patterns, node) : null;
    if (any !== null) {
      any.lastIndex = words[w];
      if (!any.test(text)) continue;
    }
    starts.push(words[w]);
  }
  const unindexed = patterns.filter((_, p) => set.sticky[p] === undefined || set.inRun[p] !== undefined);
  if (unindexed.length === 0) return starts;
  for (const pattern of unindexed) starts.push(...everyStart(text, pattern));
  return [...new Set(starts)].sort((a, b) => a - b);
}

/** Every offset where `pattern` matches, overlapping matches included. */
function everyStart(text: string, pattern: RegExp): number[] {
  const starts: number[] = [];
  const global = globalCopy(pattern);
  global.lastIndex = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    starts.push(match.index);
    global.lastIndex = match.index + (global.unicode && (text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
  }
  return starts;
}

/**
 * The first match of `pattern` in `text`, as `pattern.exec(text)` gives it. A pattern that opens only at words is
 * tried at the words whose first three symbols it can open with, with the sticky copy the scan tries it with: V8
 * compiles a pattern once for each set of flags, and each of the largest phrase patterns takes a megabyte.
 * @param pattern a constant pattern: what is learnt about it is kept for the next text.
 */
export function firstMatch(text: string, pattern: RegExp): RegExpExecArray | null {
  const set = compiledFor(pattern, [pattern]);
  const sticky = set.sticky[0];
  if (sticky === undefined || set.inRun[0] !== undefined) {
    const global = globalCopy(pattern);
    global.lastIndex = 0;
    return global.exec(text);
  }
  if (!compiledToMachineCode.has(sticky)) compileToMachineCode(sticky);
  const { loudness, afterKey, children, offsets } = set;
  const length = text.length;
  const symbols = symbolsOf(text);
  let before = OTHER;
  for (let at = 0; at < length; at++) {
    const character = CHARACTER[text.charCodeAt(at)];
    const opensWord = (character & LETTER) !== 0 && (before & ALPHANUMERIC) === 0;
    before = character;
    if (!opensWord) continue;
    const key = (symbols[at] * SYMBOLS + symbols[at + 1]) * SYMBOLS + symbols[at + 2];
    if ((loudness[key] & AT_WORD) === 0) continue;
    const node = walk(symbols, length, at, Math.floor(key / SYMBOLS), afterKey, children);
    if (offsets[node] === offsets[node + 1]) continue;
    sticky.lastIndex = at;
    const match = sticky.exec(text);
    if (match !== null) return match;
  }
  return null;
}

/** The symbols of the texts {@link firstMatch} reads, kept apart from the word index of the letter. */
let shortTextSymbols = new Uint8Array(symbolSlotsFor(1024));

/** The symbol of each character of `text`, then {@link END_OF_TEXT} twice (as in {@link WordIndex}). */
function symbolsOf(text: string): Uint8Array {
  const length = text.length;
  if (shortTextSymbols.length < symbolSlotsFor(length)) shortTextSymbols = new Uint8Array(symbolSlotsFor(length * 2));
  const symbols = shortTextSymbols;
  for (let i = 0; i < length; i++) symbols[i] = CHARACTER[text.charCodeAt(i)] & SYMBOL_BITS;
  symbols[length] = END_OF_TEXT;
  symbols[length + 1] = END_OF_TEXT;
  return symbols;
}

/**
 * V8 first compiles a pattern to bytecode when its first text is shorter than 1,000 characters, and to machine code
 * after; for the largest phrase patterns, building and running the bytecode takes tens of milliseconds, on the
 * short clauses firstMatch mostly reads. Run once on longer texts, of one-byte and of two-byte characters (each
 * compiled apart), a pattern is compiled to machine code at once.
 */
const compiledToMachineCode = new WeakSet<RegExp>();
const LONG_ONE_BYTE = ' '.repeat(1000);
const LONG_TWO_BYTE = '\u2019'.repeat(1000);

function compileToMachineCode(pattern: RegExp): void {
  for (const text of [LONG_ONE_BYTE, LONG_TWO_BYTE]) {
    pattern.lastIndex = text.length;
    pattern.exec(text);
  }
  compiledToMachineCode.add(pattern);
}

/** Every match of `pattern`, as `text.matchAll(pattern)` gives them, without the copy of the pattern it makes. */
function allMatches(text: string, pattern: RegExp): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  const global = globalCopy(pattern);
  global.lastIndex = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    matches.push(match);
    if (match[0].length === 0) global.lastIndex += global.unicode && (text.codePointAt(global.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return matches;
}

// Building a pattern costs more than a short letter's whole scan, so each pattern read in full is copied once.
const globalCopies = new WeakMap<RegExp, RegExp>();

/** A copy of `pattern` with the `g` flag, for this module alone to move through a text. */
function globalCopy(pattern: RegExp): RegExp {
  let copy = globalCopies.get(pattern);
  if (!copy) {
    copy = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    globalCopies.set(pattern, copy);
  }
  return copy;
}
