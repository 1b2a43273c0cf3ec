// Runs many phrase patterns over one text without scanning the text once per pattern. Most phrases a recogniser
// looks for open a word with one of a few words ("is not held", "neither confirm nor deny"); the words of the text
// are indexed once, by their first two letters, and each pattern is tried (sticky) only where a word it can open
// with begins. The first two letters a pattern can open with are read from its own source, so a pattern and the
// words it is tried at cannot drift apart; a pattern whose opening cannot be read that way is scanned as before.
// Every match is the one `String.prototype.matchAll` finds, in the same order.

/** Letters a-z (either case) are symbols 0-25, digits 0-9 are 26-35; every other character is symbol 36. */
const DIGITS = 26;
const OTHER = 36;
const SYMBOLS = 37;
const KEYS = SYMBOLS * SYMBOLS;

/** Opening sequences of at most two symbols, each encoded as its length and symbols in one number. */
type Openings = Set<number>;

const EMPTY = 0;
const one = (a: number): number => 1 + a;
const two = (a: number, b: number): number => 1 + SYMBOLS + a * SYMBOLS + b;
const lengthOf = (code: number): number => (code === EMPTY ? 0 : code <= SYMBOLS ? 1 : 2);

function symbolOfCode(code: number): number {
  const lower = code | 32;
  if (lower >= 97 && lower <= 122) return lower - 97;
  return code >= 48 && code <= 57 ? DIGITS + code - 48 : OTHER;
}

const ALL_SYMBOLS = Array.from({ length: SYMBOLS }, (_, i) => i);

/** Appends `next` to each opening, keeping at most two symbols. */
function concat(first: Openings, next: Openings): Openings {
  const out: Openings = new Set();
  for (const a of first) {
    const length = lengthOf(a);
    if (length === 2) {
      out.add(a);
      continue;
    }
    for (const b of next) {
      const bLength = lengthOf(b);
      if (length === 0) out.add(b);
      else if (bLength === 0) out.add(a);
      else out.add(two(a - 1, bLength === 1 ? b - 1 : Math.floor((b - 1 - SYMBOLS) / SYMBOLS)));
    }
  }
  return out;
}

function union(sets: readonly Openings[]): Openings {
  const out: Openings = new Set();
  for (const set of sets) for (const code of set) out.add(code);
  return out;
}

function ofSymbols(symbols: Iterable<number>): Openings {
  const out: Openings = new Set();
  for (const s of symbols) out.add(one(s));
  return out;
}

/** What a piece of a pattern can open with, and whether it opens with a word boundary. */
interface Piece {
  readonly openings: Openings;
  readonly boundaryFirst: boolean;
}

const QUANTIFIER = /(?:\?|\*|\+|\{(\d+)(?:(,)(\d*))?\})\??/y;
const GROUP_HEAD = /\((\?(?::|=|!|<=|<!|<[A-Za-z_$][\w$]*>))?/y;

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

  read(): Piece | undefined {
    try {
      const piece = this.alternation();
      return this.#at === this.#source.length ? piece : undefined;
    } catch {
      return undefined;
    }
  }

  private alternation(): Piece {
    const alternatives = [this.sequence()];
    while (this.#source[this.#at] === '|') {
      this.#at++;
      alternatives.push(this.sequence());
    }
    return {
      openings: union(alternatives.map((a) => a.openings)),
      boundaryFirst: alternatives.every((a) => a.boundaryFirst),
    };
  }

  private sequence(): Piece {
    let openings: Openings = new Set([EMPTY]);
    // Once every opening has its two symbols, later atoms cannot change them: they are read but not joined.
    let complete = false;
    let boundaryFirst: boolean | undefined;
    while (this.#at < this.#source.length && this.#source[this.#at] !== '|' && this.#source[this.#at] !== ')') {
      const atom = this.quantified();
      if (boundaryFirst === undefined && !atom.zeroWidth) boundaryFirst = atom.boundaryFirst;
      if (boundaryFirst === undefined && atom.boundary) boundaryFirst = true;
      if (complete) continue;
      openings = concat(openings, atom.openings);
      complete = [...openings].every((code) => lengthOf(code) === 2);
    }
    return { openings, boundaryFirst: boundaryFirst === true };
  }

  private quantified(): Piece & { zeroWidth: boolean; boundary: boolean } {
    const atom = this.atom();
    const quantifier = this.stickyAt(QUANTIFIER);
    if (!quantifier) return atom;
    this.#at += quantifier[0].length;
    const kind = quantifier[0][0];
    const min = kind === '+' ? 1 : kind === '{' ? Number(quantifier[1]) : 0;
    const max = kind === '?' ? 1 : kind === '{' && quantifier[2] === undefined ? min : kind === '{' && quantifier[3] !== '' ? Number(quantifier[3]) : Infinity;
    // Only the first two symbols matter: at most two repetitions decide them, and an empty one adds nothing.
    const nullable = atom.openings.has(EMPTY);
    const low = nullable ? 0 : Math.min(min, 2);
    const high = Math.min(max, 2);
    const powers: Openings[] = [new Set([EMPTY])];
    for (let k = 1; k <= high; k++) powers.push(concat(powers[k - 1], atom.openings));
    const openings = union(powers.slice(low, high + 1));
    return { openings, boundaryFirst: min > 0 && atom.boundaryFirst, zeroWidth: atom.zeroWidth, boundary: atom.boundary && min > 0 };
  }

  private atom(): Piece & { zeroWidth: boolean; boundary: boolean } {
    const ch = this.#source[this.#at];
    if (ch === '(') return this.group();
    if (ch === '[') return this.consuming(this.characterClass());
    if (ch === '\\') return this.escape();
    if (ch === '^' || ch === '$') {
      this.#at++;
      return { openings: new Set([EMPTY]), boundaryFirst: false, zeroWidth: true, boundary: false };
    }
    if (ch === '.') {
      this.#at++;
      return this.consuming(ALL_SYMBOLS);
    }
    if (ch === ')' || ch === '|' || ch === '*' || ch === '+' || ch === '?' || ch === '{' || ch === ']') throw new Error('unexpected');
    const code = this.#source.codePointAt(this.#at)!;
    this.#at += code > 0xffff ? 2 : 1;
    return this.consuming([symbolOfCode(code > 0xffff ? 0 : code)]);
  }

  private consuming(symbols: Iterable<number>): Piece & { zeroWidth: boolean; boundary: boolean } {
    return { openings: ofSymbols(symbols), boundaryFirst: false, zeroWidth: false, boundary: false };
  }

  private group(): Piece & { zeroWidth: boolean; boundary: boolean } {
    const head = this.stickyAt(GROUP_HEAD)!;
    this.#at += head[0].length;
    const innerStart = this.#at;
    const inner = this.alternation();
    if (this.#source[this.#at] !== ')') throw new Error('unclosed group');
    this.#at++;
    const kind = head[1];
    if (kind === '?=' || kind === '?!' || kind === '?<=' || kind === '?<!') {
      const boundary = kind === '?<!' && this.refusesAlphanumeric(this.#source.slice(innerStart, this.#at - 1));
      return { openings: new Set([EMPTY]), boundaryFirst: boundary, zeroWidth: true, boundary };
    }
    return { ...inner, zeroWidth: false, boundary: false };
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

  private escape(): Piece & { zeroWidth: boolean; boundary: boolean } {
    const next = this.#source[this.#at + 1];
    if (next === undefined) throw new Error('trailing backslash');
    if (next === 'b' || next === 'B') {
      this.#at += 2;
      return { openings: new Set([EMPTY]), boundaryFirst: next === 'b', zeroWidth: true, boundary: next === 'b' };
    }
    if (next === 'k' || /[1-9]/.test(next)) throw new Error('back-reference');
    return this.consuming(this.escapedSymbols(false));
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
 * The pairs of first two symbols (letter, then letter or other) a pattern's matches can open with, as a table of
 * {@link KEYS} flags; undefined unless every match opens a word: a word boundary, then a letter. Patterns that
 * fold case beyond ASCII (`iu`) are left out, since a letter there may match a character outside a-z.
 */
export function openingKeys(pattern: RegExp): Uint8Array | undefined {
  if (pattern.flags.includes('u') && pattern.flags.includes('i')) return undefined;
  const piece = new SourceReader(pattern.source, pattern.flags.replace(/[gy]/g, '')).read();
  if (!piece || !piece.boundaryFirst || piece.openings.has(EMPTY)) return undefined;
  const keys = new Uint8Array(KEYS);
  for (const code of piece.openings) {
    const length = lengthOf(code);
    const first = length === 1 ? code - 1 : Math.floor((code - 1 - SYMBOLS) / SYMBOLS);
    if (first >= DIGITS) return undefined;
    if (length === 1) for (const s of ALL_SYMBOLS) keys[first * SYMBOLS + s] = 1;
    else keys[code - 1 - SYMBOLS] = 1;
  }
  return keys;
}

/** Where the words of a text begin (a letter a-z or A-Z after anything but a letter or digit), with their keys. */
interface WordIndex {
  readonly starts: Int32Array;
  readonly keys: Uint16Array;
  readonly count: number;
}

/** 2 for a letter a-z or A-Z, 1 for a digit, 0 for any other UTF-16 code unit. */
const CHARACTER_CLASS = new Uint8Array(0x10000);
CHARACTER_CLASS.fill(1, 48, 58);
CHARACTER_CLASS.fill(2, 65, 91);
CHARACTER_CLASS.fill(2, 97, 123);

// The index of the last text is kept in these buffers, which grow as needed and are reused for the next text.
let startsBuffer = new Int32Array(1024);
let keysBuffer = new Uint16Array(1024);

function indexWords(text: string): WordIndex {
  const length = text.length;
  if (startsBuffer.length < (length >> 1) + 1) {
    startsBuffer = new Int32Array((length >> 1) + 1);
    keysBuffer = new Uint16Array(startsBuffer.length);
  }
  const starts = startsBuffer;
  let count = 0;
  let previous = 0;
  for (let i = 0; i < length; i++) {
    const kind = CHARACTER_CLASS[text.charCodeAt(i)];
    if (kind === 2 && previous === 0) starts[count++] = i;
    previous = kind;
  }
  const keys = keysBuffer;
  for (let w = 0; w < count; w++) {
    const at = starts[w];
    keys[w] = ((text.charCodeAt(at) | 32) - 97) * SYMBOLS + (at + 1 < length ? symbolOfCode(text.charCodeAt(at + 1)) : OTHER);
  }
  return { starts, keys, count };
}

// The recognisers read one letter after another: the last letter's word index, and the matches of every declared
// phrase list in it, serve them all.
let indexedText: string | undefined;
let indexed: WordIndex = { starts: new Int32Array(0), keys: new Uint16Array(0), count: 0 };
let declaredMatches: Map<readonly RegExp[], RegExpExecArray[][]> | undefined;

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
  /** Sticky copies of the patterns that open words, or undefined for a pattern scanned in full. */
  readonly sticky: readonly (RegExp | undefined)[];
  /** The patterns (by index) that may open a word with key `k` are `candidates[offsets[k]]` to `candidates[offsets[k + 1] - 1]`. */
  readonly offsets: Int32Array;
  readonly candidates: Int32Array;
  /**
   * For each key with several candidates, one sticky expression matching where any of them does (built when first
   * needed; null where the candidates' flags cannot be joined). A word where it fails is passed over in one try.
   */
  readonly anyOf: (RegExp | null | undefined)[];
}

function compile(patterns: readonly RegExp[]): CompiledSet {
  const keysOf = patterns.map(openingKeys);
  const offsets = new Int32Array(KEYS + 1);
  const candidates: number[] = [];
  for (let k = 0; k < KEYS; k++) {
    offsets[k] = candidates.length;
    keysOf.forEach((keys, p) => {
      if (keys?.[k]) candidates.push(p);
    });
  }
  offsets[KEYS] = candidates.length;
  const sticky = patterns.map((pattern, p) => (keysOf[p] ? new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y') : undefined));
  return { sticky, offsets, candidates: Int32Array.from(candidates), anyOf: [] };
}

/**
 * One sticky expression matching wherever any of the patterns matches. Patterns that differ in case sensitivity
 * are joined ignoring case, which matches at least as often; other differences in flags leave them apart (null).
 */
function joinPatterns(patterns: readonly RegExp[]): RegExp | null {
  const flags = (pattern: RegExp): string => pattern.flags.replace(/[giy]/g, '');
  if (patterns.length < 2 || patterns.some((pattern) => flags(pattern) !== flags(patterns[0]))) return null;
  const ignoreCase = patterns.some((pattern) => pattern.ignoreCase) ? 'i' : '';
  try {
    return new RegExp(patterns.map((pattern) => `(?:${pattern.source})`).join('|'), `${flags(patterns[0])}${ignoreCase}y`);
  } catch {
    return null;
  }
}

function anyOfKey(set: CompiledSet, patterns: readonly RegExp[], key: number): RegExp | null {
  let joined = set.anyOf[key];
  if (joined === undefined) {
    const members: RegExp[] = [];
    for (let c = set.offsets[key]; c < set.offsets[key + 1]; c++) members.push(patterns[set.candidates[c]]);
    joined = joinPatterns(members);
    set.anyOf[key] = joined;
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

/** Every match of `patterns`, each list as `text.matchAll` gives it, in one pass over the words of the text. */
function scan(text: string, patterns: readonly RegExp[], set: CompiledSet): RegExpExecArray[][] {
  const { sticky, offsets, candidates } = set;
  const found: RegExpExecArray[][] = patterns.map(() => []);
  const resume = new Int32Array(patterns.length);
  const { starts, keys, count } = wordIndexOf(text);
  for (let w = 0; w < count; w++) {
    const key = keys[w];
    const begin = offsets[key];
    const end = offsets[key + 1];
    if (begin === end) continue;
    const at = starts[w];
    const any = end - begin > 1 ? anyOfKey(set, patterns, key) : null;
    if (any !== null) {
      any.lastIndex = at;
      if (!any.test(text)) continue;
    }
    for (let c = begin; c < end; c++) {
      const p = candidates[c];
      if (at < resume[p]) continue;
      const pattern = sticky[p]!;
      pattern.lastIndex = at;
      const match = pattern.exec(text);
      if (match === null) continue;
      found[p].push(match);
      resume[p] = at + Math.max(1, match[0].length);
    }
  }
  for (let p = 0; p < patterns.length; p++) if (sticky[p] === undefined) found[p] = [...text.matchAll(patterns[p])];
  return found;
}

/** The phrase lists declared with {@link phraseList}, and all their patterns in one list. */
const declared: (readonly RegExp[])[] = [];
let allDeclared: RegExp[] = [];

/**
 * Declares a constant list of phrase patterns (each with the `g` flag). The declared lists of all recognisers are
 * matched together, in one pass over the words of a letter, the first time any of them is asked for.
 */
export function phraseList(patterns: readonly RegExp[]): readonly RegExp[] {
  declared.push(patterns);
  allDeclared = declared.flat();
  declaredMatches = undefined;
  return patterns;
}

/**
 * Every match of each pattern (each with the `g` flag) in the text, as `text.matchAll(pattern)` gives them.
 * @param patterns a constant array, best declared with {@link phraseList}: what is learnt about its patterns is
 * kept for the next text.
 */
export function matchEach(text: string, patterns: readonly RegExp[]): RegExpExecArray[][] {
  if (!declared.includes(patterns)) return scan(text, patterns, compiledFor(patterns, patterns));
  wordIndexOf(text);
  if (!declaredMatches) {
    const all = scan(text, allDeclared, compiledFor(allDeclared, allDeclared));
    declaredMatches = new Map();
    let next = 0;
    for (const list of declared) {
      declaredMatches.set(list, all.slice(next, next + list.length));
      next += list.length;
    }
  }
  return declaredMatches.get(patterns)!;
}

/** Every match of one pattern (with the `g` flag), as `text.matchAll(pattern)` gives them; see {@link matchEach}. */
export function matchAllOf(text: string, pattern: RegExp): RegExpExecArray[] {
  return scan(text, [pattern], compiledFor(pattern, [pattern]))[0];
}

/**
 * Every offset, in order, where at least one of the patterns matches, overlapping
 * matches included: unlike {@link matchEach}, a match does not hide the ones that start inside it.
 * @param patterns a constant array, as for {@link matchEach}.
 */
export function matchStarts(text: string, patterns: readonly RegExp[]): number[] {
  const set = compiledFor(patterns, patterns);
  const { sticky, offsets, candidates } = set;
  const starts: number[] = [];
  const { starts: words, keys, count } = wordIndexOf(text);
  for (let w = 0; w < count; w++) {
    const key = keys[w];
    const begin = offsets[key];
    const end = offsets[key + 1];
    if (begin === end) continue;
    const any = end - begin > 1 ? anyOfKey(set, patterns, key) : null;
    if (any !== null) {
      any.lastIndex = words[w];
      if (!any.test(text)) continue;
    }
    for (let c = begin; c < end; c++) {
      const single = sticky[candidates[c]]!;
      single.lastIndex = words[w];
      if (single.test(text)) {
        starts.push(words[w]);
        break;
      }
    }
  }
  const unindexed = patterns.filter((_, p) => sticky[p] === undefined);
  if (unindexed.length === 0) return starts;
  for (const pattern of unindexed) {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    for (let match = global.exec(text); match !== null; match = global.exec(text)) {
      starts.push(match.index);
      global.lastIndex = match.index + (global.unicode && (text.codePointAt(match.index) ?? 0) > 0xffff ? 2 : 1);
    }
  }
  return [...new Set(starts)].sort((a, b) => a - b);
}
