// Finds citations of sections of the letter's Act (the Freedom of Information Act 2000, or for a Scottish letter the
// Freedom of Information (Scotland) Act 2002): "Section 24(2)", "s.31(3)", "Sec 31",
// lists such as "Sections 24, and 31" or "sections 30, 31 and 40(2)", and alternatives within one section such as
// "section 31(1)(a)&(b)". Sections of other Acts ("section 8 of the Data Protection Act 2018") and sections of
// documents ("section 2 of this letter") are left out. A hand-written scanner over sticky expressions, so the cost
// stays linear in the length of the letter.

import { lookupSection, sectionKind } from '../act/sections';
import type { ActId, Citation } from '../model';
import type { Span } from '../text';
import { isDigitCode } from './lines';

/**
 * Where a citation may begin. "section(s)" may be followed by a line break (PDF wrapping; LF, CRLF or a lone CR);
 * "sec"/"sect" by a full stop and a space; a bare "s" only by a full stop, so that "s8", "s.31" and "S. 23(5)" match
 * while the "s" of a lost apostrophe ("the force s 24 hour line") does not. Sticky: tried where {@link nextKeyword}
 * says one may start.
 */
const KEYWORD = /(?:sections?[ \t\u00a0\u2009\u202f]{0,3}(?:(?:\r\n?|\n)[ \t\u00a0\u2009\u202f]{0,3})?|sect?s?\.?[ \t\u00a0\u2009\u202f]?|(s{1,2})(?:\.[ \t\u00a0\u2009\u202f]?)?)(?=\d)/iy;
/** {@link KEYWORD} anywhere from `lastIndex` on. */
const KEYWORD_ANYWHERE = new RegExp(KEYWORD.source, 'gi');
/** How many runs of digits close together {@link nextKeyword} goes through one by one before it scans for a keyword. */
const DENSE_RUNS = 8;
/** The longest keyword: "sections", three spaces, a line break (CRLF) and three spaces more. */
const KEYWORD_REACH = 16;
/** A run of anything but digits (sticky): reading over it finds the next digit faster than searching for one. */
const NON_DIGITS = /\D*/y;
/** A keyword must start a word: not "subsection 2", "its 24", "Police’s 24" or a code such as "FOI-S12". */
const NOT_BEFORE_KEYWORD = /[\p{L}\p{N}_'’/\\.@-]/u;
/** Only these may precede a bare "s": it must stand alone, not end a code such as "FOI/S12". */
const BARE_S_PRECEDERS = /[\s(["“‘',;:*•]/u;

/** One subsection or paragraph: "(2)", "(5A)", "(a)", "(ii)", with at most one space before it. */
const SUBSECTION = /[ \t\u00a0\u2009\u202f]?\([ \t]?(\d{1,2}[A-Z]{0,2}|[a-z]{1,2}|[ivx]{1,5})[ \t]?\)/y;
/** An alternative to the last subsection: the "&(b)" of "31(1)(a)&(b)", the ", (3)" of "40(2), (3)". */
const SIBLING = /[ \t\u00a0\u2009\u202f]*(?:&|\/|,[ \t\u00a0\u2009\u202f]*(?:and|or)?|and|or|and\/or)[ \t\u00a0\u2009\u202f]*(?=\()/iy;
/** Between numbers of a list: "24 and 31", "24, and 31", "30, 31 and 40(2)", "24 & 31". */
const LIST_SEPARATOR = /[ \t\u00a0\u2009\u202f]*(?:,[ \t\u00a0\u2009\u202f]*(?:(?:and|or)[ \t\u00a0\u2009\u202f]+)?|(?:and|or)[ \t\u00a0\u2009\u202f]+|&[ \t\u00a0\u2009\u202f]*)(?=\d)/iy;
/**
 * What may not follow a number: more of a word or code ("S12/2019"), a decimal ("Section 4.2"), a range, a time
 * or a thousands separator.
 */
const BAD_AFTER_NUMBER = /(?:[\p{L}\p{N}_@]|\/(?!\()|[.:-]\d|,\d{3}(?!\d))/uy;
/** A Sheffield-style postcode after a bare "s" ("S9 4EQ") is not a citation of section 9. */
const POSTCODE_TAIL = /[ \t\u00a0\u2009\u202f]\d[A-Z]{2}\b/y;
/**
 * A section's title in brackets after its number, as lists give it: the "(National Security)" of "sections 24(2)
 * (National Security) and 31(3)". Words only, so it is never a subsection; read past only when a list goes on.
 */
const BRACKETED_TITLE = /[ \t\u00a0\u2009\u202f]{0,3}\((?=\p{L})[\p{L} \t\u00a0'’&-]{3,60}\)/uy;
/** "30 days", "12 hours": a list that runs into a quantity has stopped being a list of sections. */
const QUANTITY_AFTER = /[ \t\u00a0\u2009\u202f]+(?:working|calendar|days?|hours?|weeks?|months?|years?|minutes?|pages?|per\b|percent|%|officers?|people|persons|members|staff)/iy;

/** "of the Data Protection Act 2018" after a citation: the section belongs to another document. */
const OF_DOCUMENT = /[ \t\u00a0\u2009\u202f]*(?:(?:\r\n?|\n)[ \t\u00a0\u2009\u202f]*)?of[ \t\u00a0\u2009\u202f]+(?:the[ \t\u00a0\u2009\u202f]+)?/iy;
const THIS_ACT =
  /^(?:Freedom[ \t\u00a0\u2009\u202f]+of[ \t\u00a0\u2009\u202f]+Information[ \t\u00a0\u2009\u202f]+Act\b|Freedom[ \t\u00a0\u2009\u202f]+of[ \t\u00a0\u2009\u202f]+Information\b(?![ \t\u00a0\u2009\u202f]*\()|FOI[ \t\u00a0\u2009\u202f]+Act\b|FOIA\b|FOI\b(?![ \t\u00a0\u2009\u202f]*\()|(?:(?:this|that|said|above|above[ -]mentioned|same|2000)[ \t\u00a0\u2009\u202f]+)?Act\b)/i;
/** The Scottish Act by name or acronym: this letter's own Act when the letter answers under it. */
const THIS_SCOTTISH_ACT = /^(?:Freedom\s+of\s+Information\s*\(\s*Scotland\s*\)\s*Act\b|FOI\s?\(S\)\s?A\b|FOISA\b)/i;
const THIS_SCOTTISH_ACT_BEFORE =
  /(?:Freedom\s+of\s+Information\s*\(\s*Scotland\s*\)\s*Act|\bFOI\s?\(S\)\s?A|\bFOISA)(?:[ \t\u00a0\u2009\u202f]+\d{4})?[ \t\u00a0\u2009\u202f]*,?[ \t\u00a0\u2009\u202f]*(?:\(|at[ \t\u00a0\u2009\u202f]+|under[ \t\u00a0\u2009\u202f]+)?$/i;
/** A named Act, Regulations, Code... (capitalised words up to the noun), an acronym, or a document of ours. */
const OTHER_DOCUMENT =
  /^(?:(?:(?:\p{Lu}[\p{L}'’-]*|\(\p{Lu}\p{L}*\)|of|and|the|for|to|in|on|&|\d{4})[ \t\u00a0\u2009\u202f]+){0,10}?(?:Act|Acts|Regulations?|Order|Code|Rules|Directive|Convention|Bill|Measure|Schedule)\b|[A-Z]{2,6}\b|(?:this|our|your|my|attached|enclosed)\b|(?:letter|response|website|web[ \t]?site|document|report|request|form|e-?mail|leaflet|guide|guidance|manual|policy|procedure)\b)/u;
/** "the Data Protection Act 2018, section 45" / "RIPA s.29": another Act named just before the citation. */
const OTHER_ACT_BEFORE = /(?:\bAct(?:[ \t\u00a0\u2009\u202f]+\d{4})?|\b(?:RIPA|DPA|PACE|IPA|GDPR|CPIA|HRA|CMA|EIR)(?:[ \t\u00a0\u2009\u202f]+\d{4})?)[ \t\u00a0\u2009\u202f]*,?[ \t\u00a0\u2009\u202f]*(?:\(|at[ \t\u00a0\u2009\u202f]+|under[ \t\u00a0\u2009\u202f]+)?$/;
const THIS_ACT_BEFORE = /(?:Freedom[ \t\u00a0\u2009\u202f]+of[ \t\u00a0\u2009\u202f]+Information[ \t\u00a0\u2009\u202f]+Act|\bFOI[ \t\u00a0\u2009\u202f]+Act|\bFOIA|\b(?:the|this|that)[ \t\u00a0\u2009\u202f]+Act)(?:[ \t\u00a0\u2009\u202f]+\d{4})?[ \t\u00a0\u2009\u202f]*,?[ \t\u00a0\u2009\u202f]*(?:\(|at[ \t\u00a0\u2009\u202f]+|under[ \t\u00a0\u2009\u202f]+)?$/i;
/**
 * Most citations read in one letter. A letter cites a few dozen sections; past this many the text is a table or a
 * dump rather than a letter, and the rest is not searched, which bounds the cost of hostile input (VS Code shows at
 * most 1000 problems per file in any case).
 */
export const MAX_CITATIONS = 1000;
const LOOK_BEHIND = 60;
const LOOK_AHEAD = 120;

interface Parsed {
  readonly id: string;
  readonly span: Span;
}

function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/**
 * Every citation of a section of the letter's Act in the text, in order; `act` (see `findAct`) decides which Act's
 * table describes them and which Act's name counts as the letter's own. Each citation has its
 * own span: in "Sections 24 and 31" the first is "Sections 24" and the second "31"; in "section 31(1)(a)&(b)" the
 * first is "section 31(1)(a)" and the second "(b)". Numbers the Act does not have give `known: false`. At most
 * {@link MAX_CITATIONS}.
 */
export function findCitations(text: string, act: ActId = 'foia'): Citation[] {
  const citations: Citation[] = [];
  // Where the search for the next keyword goes on from, as the lastIndex of a global scan would.
  let resume = 0;
  for (let keyword = nextKeyword(text, resume); keyword && citations.length < MAX_CITATIONS; keyword = nextKeyword(text, resume)) {
    resume = keyword.index + keyword[0].length;
    const bareS = keyword[1] !== undefined;
    const preceding = keyword.index > 0 ? text[keyword.index - 1] : undefined;
    if (preceding !== undefined && (notBeforeKeyword(preceding) || (bareS && !mayPrecedeBareS(preceding)))) {
      resume = keyword.index + 1;
      continue;
    }
    const list = parseList(text, keyword.index, resume, bareS, act);
    if (!list) continue;
    resume = list.end;
    if (belongsToOtherDocument(text, keyword.index, list.end, act)) continue;
    for (const { id, span } of list.items) {
      const { section, base, kind, title, known } = describeOnce(id, act);
      if (citations.length === MAX_CITATIONS) break;
      citations.push({ section, base, kind, title, known, span, text: text.slice(span.start, span.end) });
    }
  }
  return citations;
}

/**
 * The first {@link KEYWORD} starting at or after `from`, as a global scan finds it. A keyword holds no digit and ends
 * just before one, so it ends just before the first digit after its start, and starts with "s" at most
 * {@link KEYWORD_REACH} before it. The pattern is tried only there, before each run of digits: letters hold far fewer
 * runs of digits than "s", and a global scan from a run with no keyword before it reads on to the next keyword.
 * Among many runs close together (a table of numbers), going from run to run costs more than that scan, which
 * then takes over.
 */
function nextKeyword(text: string, from: number): RegExpExecArray | null {
  // Positions before `tried` were tried for an earlier digit: a keyword cannot hold a digit, so they fail again.
  let tried = from;
  let closeRuns = 0;
  for (let digit = nextDigit(text, from); digit !== -1; digit = nextDigit(text, digit)) {
    closeRuns = digit - tried <= KEYWORD_REACH ? closeRuns + 1 : 0;
    if (closeRuns > DENSE_RUNS) {
      KEYWORD_ANYWHERE.lastIndex = tried;
      return KEYWORD_ANYWHERE.exec(text);
    }
    if (digit > 0 && mayEndKeyword(text.charCodeAt(digit - 1))) {
      for (let at = Math.max(tried, digit - KEYWORD_REACH); at < digit; at++) {
        // The "s" or "S" every keyword starts with.
        if ((text.charCodeAt(at) | 32) !== 115) continue;
        KEYWORD.lastIndex = at;
        const keyword = KEYWORD.exec(text);
        if (keyword) return keyword;
      }
    }
    tried = digit;
    while (isDigitCode(codeAt(text, digit))) digit++;
  }
  return null;
}

/** The offset of the first digit from `from` on, or -1. */
function nextDigit(text: string, from: number): number {
  if (from >= text.length) return -1;
  NON_DIGITS.lastIndex = from;
  NON_DIGITS.test(text);
  return NON_DIGITS.lastIndex < text.length ? NON_DIGITS.lastIndex : -1;
}

/** Whether a keyword can end with this character: the last letter of "section(s)", "sec(t)(s)", a full stop or space. */
function mayEndKeyword(code: number): boolean {
  const lower = code | 32;
  if (lower === 115 || lower === 110 || lower === 99 || lower === 116) return true;
  return code === 46 || isSpaceOrTab(code) || code === 10 || code === 13 || code === 0x2009 || code === 0x202f;
}

/**
 * What each id means under each Act, kept across letters: it depends on nothing else, and letters cite the same few
 * sections again and again. At most {@link MAX_DESCRIBED} ids are kept for each Act, so odd input cannot grow it.
 */
const MAX_DESCRIBED = 2000;
const DESCRIBED: Readonly<Record<ActId, Map<string, Omit<Citation, 'span' | 'text'>>>> = { foia: new Map(), foisa: new Map() };

/** {@link describe}, answered from {@link DESCRIBED} when the id was described before. */
function describeOnce(id: string, act: ActId): Omit<Citation, 'span' | 'text'> {
  const described = DESCRIBED[act];
  let description = described.get(id);
  if (!description) {
    description = describe(id, act);
    if (described.size < MAX_DESCRIBED) described.set(id, description);
  }
  return description;
}

/** What an id means, whatever its place in the letter. */
function describe(id: string, act: ActId): Omit<Citation, 'span' | 'text'> {
  const base = /^s\d{1,3}[A-Z]?/.exec(id)?.[0] ?? id;
  const section = lookupSection(base, act);
  return { section: id, base, kind: sectionKind(id, act), title: section?.title, known: section !== undefined };
}

// Each sticky expression below is tried only when the character where it would start allows it: most citations
// are followed by a space and a word, which none of them accepts, so their cost stays that of a look at one or two
// characters.

/** {@link NOT_BEFORE_KEYWORD}, answered for ASCII characters without the expression. */
function notBeforeKeyword(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code >= 128) return NOT_BEFORE_KEYWORD.test(ch);
  return isAlphanumericCode(code) || "_'/\\.@-".includes(ch);
}

/** {@link BARE_S_PRECEDERS}, answered for ASCII characters without the expression. */
function mayPrecedeBareS(ch: string): boolean {
  const code = ch.charCodeAt(0);
  if (code >= 128) return BARE_S_PRECEDERS.test(ch);
  return code === 32 || (code >= 9 && code <= 13) || '(["\',;:*'.includes(ch);
}

function isAlphanumericCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * The character code at `at`, or -1 past the end. Reading past the end of a string gives NaN, and doing so once in
 * a hot loop makes V8 throw away the loop's compiled code; each scan of a letter ends at its end.
 */
function codeAt(text: string, at: number): number {
  return at < text.length ? text.charCodeAt(at) : -1;
}

function isSpaceOrTab(code: number): boolean {
  return code === 32 || code === 9 || code === 0xa0;
}

/**
 * Whether, after spaces and tabs (and, with `lineBreak`, one line break and more spaces), the next character is
 * one of `characters`: the only ones the separator or "of" expressions can go on with.
 */
function mayFollow(text: string, at: number, characters: string, lineBreak = false): boolean {
  let i = at;
  while (isSpaceOrTab(codeAt(text, i))) i++;
  if (lineBreak && (codeAt(text, i) === 13 || codeAt(text, i) === 10)) {
    i += codeAt(text, i) === 13 && codeAt(text, i + 1) === 10 ? 2 : 1;
    while (isSpaceOrTab(codeAt(text, i))) i++;
  }
  return i < text.length && characters.includes(text[i]);
}

/** {@link SUBSECTION} at `at`: only an opening bracket, perhaps after one space, can begin one. */
function subsection(text: string, at: number): RegExpExecArray | null {
  const opens = codeAt(text, at) === 40 || (isSpaceOrTab(codeAt(text, at)) && codeAt(text, at + 1) === 40);
  return opens ? sticky(SUBSECTION, text, at) : null;
}

/** {@link BAD_AFTER_NUMBER} at `at`; an ASCII character other than these cannot begin it. */
function badAfterNumber(text: string, at: number): boolean {
  const code = codeAt(text, at);
  if (code < 128 && !isAlphanumericCode(code) && !'_@/.:-,'.includes(text[at])) return false;
  return sticky(BAD_AFTER_NUMBER, text, at) !== null;
}

/** {@link POSTCODE_TAIL} at `at`: a space, then a digit. */
function postcodeTail(text: string, at: number): boolean {
  const code = codeAt(text, at + 1);
  return isSpaceOrTab(codeAt(text, at)) && code >= 48 && code <= 57 && sticky(POSTCODE_TAIL, text, at) !== null;
}

/**
 * Parses "24(2)", "24 and 31", "31(1)(a)&(b)" ... starting at the number after the keyword. In a Scottish letter a
 * list also goes on past a section's title written out without brackets, as Police Scotland writes them: "Sections
 * 31(1) National Security and 35(1)(a)&(b) Law Enforcement".
 */
function parseList(text: string, keywordStart: number, at: number, bareS: boolean, act: ActId): { items: Parsed[]; end: number } | undefined {
  const first = parseSection(text, at, keywordStart);
  if (!first) return undefined;
  if (bareS && first.items.length === 1 && !first.items[0].id.includes('(') && postcodeTail(text, first.end)) return undefined;
  let items = first.items;
  let end = first.end;
  for (;;) {
    const bracketed = bracketedTitleLength(text, end);
    const from = end + (bracketed === 0 && act === 'foisa' ? plainTitleLength(text, end, items[items.length - 1].id, act) : bracketed);
    const separator = mayFollow(text, from, ',&aAoO') ? sticky(LIST_SEPARATOR, text, from) : null;
    if (!separator) break;
    const next = parseSection(text, from + separator[0].length, from + separator[0].length);
    if (!next || sticky(QUANTITY_AFTER, text, next.end)) break;
    if (items === first.items) items = [...items];
    items.push(...next.items);
    end = next.end;
  }
  return { items, end };
}

/** The length of a {@link BRACKETED_TITLE} at `at`, or 0; only an opening bracket after spaces can begin one. */
function bracketedTitleLength(text: string, at: number): number {
  if (!mayFollow(text, at, '(')) return 0;
  return sticky(BRACKETED_TITLE, text, at)?.[0].length ?? 0;
}

/** A word of a section's title, after spaces (a line break allowed). */
const TITLE_WORD = /[ \t\u00a0\u2009\u202f]*(?:(?:\r\n?|\n)[ \t\u00a0\u2009\u202f]*)?([\p{L}'’-]+)/uy;

/**
 * The length of the words at `at` that begin the title of section `id` in the letter's Act, compared without case
 * ("National Security" for "National security and defence"), or 0 when the first word is not the title's.
 */
function plainTitleLength(text: string, at: number, id: string, act: ActId): number {
  const title = lookupSection(id, act)?.title.toLowerCase().split(' ');
  if (!title) return 0;
  // A joining "and" or "or" is taken only with the title word after it: otherwise it joins the list.
  let end = at;
  let committed = at;
  for (const word of title) {
    const read = sticky(TITLE_WORD, text, end);
    if (!read || read[1].toLowerCase() !== word) break;
    end += read[0].length;
    if (word !== 'and' && word !== 'or') committed = end;
  }
  return committed - at;
}

/**
 * A section number at `at`: one to three digits, and an inserted-section capital ("22A") unless a letter follows
 * it ("24A" is 22A-like, "24Act" is not). Read by hand: it is the first step of every citation.
 */
function readNumber(text: string, at: number): { value: number; letter: string; length: number } | undefined {
  let end = at;
  let value = 0;
  for (let code = codeAt(text, end); end < at + 3 && code >= 48 && code <= 57; code = codeAt(text, ++end)) value = value * 10 + code - 48;
  if (end === at) return undefined;
  const capital = codeAt(text, end);
  if (!(capital >= 65 && capital <= 90) || isLetterAt(text, end + 1)) return { value, letter: '', length: end - at };
  return { value, letter: text[end], length: end + 1 - at };
}

/** True when a letter (any script) begins at `at`. */
function isLetterAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const code = text.charCodeAt(at);
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return /^\p{L}/u.test(text.slice(at, at + 2));
}

/** One section number and its subsections, with alternatives ("(a)&(b)") as separate items. */
function parseSection(text: string, at: number, spanStart: number): { items: Parsed[]; end: number } | undefined {
  const number = readNumber(text, at);
  if (!number) return undefined;
  let end = at + number.length;
  const base = `s${number.value}${number.letter}`;
  const groups: string[] = [];
  for (let group = subsection(text, end); group; group = subsection(text, end)) {
    if (sideBySide(groups, group[1])) break;
    groups.push(group[1]);
    end += group[0].length;
  }
  // After a closing bracket anything may follow ("Section 24(2)National Security" from a PDF); after a bare number not.
  if (groups.length === 0 && badAfterNumber(text, end)) return undefined;
  const items: Parsed[] = [{ id: groups.length === 0 ? base : base + groups.map((g) => `(${g})`).join(''), span: { start: spanStart, end } }];
  if (groups.length === 0) return { items, end };
  for (;;) {
    // An alternative follows a joiner ("(a)&(b)", "(a) and (b)"), or stands right after the last ("(a)(b)").
    const adjacent = codeAt(text, end) === 40 ? subsection(text, end) : null;
    let joiner = 0;
    let sibling: RegExpExecArray | null = adjacent;
    if (!adjacent || !sideBySide(groups, adjacent[1])) {
      const separator = sticky(SIBLING, text, end);
      if (!separator) break;
      joiner = separator[0].length;
      sibling = subsection(text, end + joiner);
    }
    if (!sibling) break;
    const siblingStart = end + joiner + (sibling[0].length - sibling[0].trimStart().length);
    end += joiner + sibling[0].length;
    const parent = groups.slice(0, -1).map((g) => `(${g})`).join('');
    items.push({ id: `${base}${parent}(${sibling[1]})`, span: { start: siblingStart, end } });
  }
  return { items, end };
}

/**
 * Whether `next`, read right after `groups`, is an alternative to the last group rather than inside it: paragraphs
 * of the Act are letters and go no deeper in letters (they nest roman numerals), so "31(1)(a)(b)" means (a) and (b).
 * An i, v or x after a letter is read as a roman numeral inside it, as in "40(5B)(a)(i)".
 */
function sideBySide(groups: readonly string[], next: string): boolean {
  const last = groups[groups.length - 1];
  return last !== undefined && SINGLE_LETTER.test(last) && SINGLE_LETTER.test(next) && !ROMAN_LETTER.test(next);
}
const SINGLE_LETTER = /^[a-z]$/;
const ROMAN_LETTER = /^[ivx]$/;

/**
 * The first "Act" or three capitals in a row starting at most {@link LOOK_BEHIND} - 3 after `lastIndex` (sticky, the
 * lazy prefix trying each place in turn): a pattern reads the stretch faster than a loop over its characters.
 */
const ACT_NAME_AHEAD = new RegExp(`[^]{0,${LOOK_BEHIND - 3}}?(?:[A-Z]{3}|Act)`, 'y');

/**
 * Whether "Act" or three capitals in a row stand wholly inside `text[from, to)`, at most {@link LOOK_BEHIND} long: a
 * citation with neither in the stretch before it is let by without {@link OTHER_ACT_BEFORE}, which needs "Act" or an
 * acronym there.
 */
function actNameWithin(text: string, from: number, to: number): boolean {
  ACT_NAME_AHEAD.lastIndex = from;
  return ACT_NAME_AHEAD.test(text) && ACT_NAME_AHEAD.lastIndex <= to;
}

/**
 * True when the citation names a section of some other Act or document, just before or just after it. In a Scottish
 * letter the Scottish Act is the letter's own; in any other it is another Act.
 */
function belongsToOtherDocument(text: string, start: number, end: number, act: ActId): boolean {
  const from = Math.max(0, start - LOOK_BEHIND);
  if (actNameWithin(text, from, start)) {
    const before = text.slice(from, start);
    const ownBefore = THIS_ACT_BEFORE.test(before) || (act === 'foisa' && THIS_SCOTTISH_ACT_BEFORE.test(before));
    if (OTHER_ACT_BEFORE.test(before) && !ownBefore) return true;
  }
  const of = mayFollow(text, end, 'oO', true) ? sticky(OF_DOCUMENT, text, end) : null;
  if (!of) return false;
  const after = text.slice(end + of[0].length, end + of[0].length + LOOK_AHEAD);
  if (THIS_ACT.test(after) || (act === 'foisa' && THIS_SCOTTISH_ACT.test(after))) return false;
  return OTHER_DOCUMENT.test(after);
}
