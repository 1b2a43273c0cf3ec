// The outline of a letter, for the Outline view, breadcrumbs and folding: the quoted request and its questions,
// questions answered one by one, the authority's answers, the harm, public interest and balance tests with their
// "factors for / against", and the review and appeal boilerplate at the end. One pass over the lines.
//
// The heading phrases are exported as regular-expression sources that both JavaScript and Oniguruma read, so the
// TextMate grammar (scripts/build-grammar.ts) colours as headings exactly the lines the outline opens parts at.

import * as l10n from '@vscode/l10n';
import type { LetterPart } from '../model';
import type { Span } from '../text';
import { isAnswerHeading, isAnswerLabel, isQuestionLabel } from './answerLanguage';
import { contentEnd, isDigitCode, isWhitespaceCode, nextContentLine, splitLines, type Line } from './lines';

/** Character codes, looked up once per line: ASCII ones, the usual case, in a table rather than a `Set`. */
class CodeSet {
  readonly #ascii = new Uint8Array(128);
  readonly #others = new Set<number>();

  constructor(characters: string) {
    for (const character of characters) {
      const code = character.charCodeAt(0);
      if (code < 128) this.#ascii[code] = 1;
      else this.#others.add(code);
    }
  }

  /** True for a code of the set; false for -1 (no character). */
  has(code: number): boolean {
    return code < 128 ? code >= 0 && this.#ascii[code] === 1 : this.#others.has(code);
  }
}

/** A short run of spaces between the words of a heading. */
const SP = '\\s{1,3}';

/** Heading phrases, matched case-insensitively at the start of a heading line. */
export const HEADING_PHRASES = {
  /** "Factors favouring ...", "Factors in favour of ...", "Public interest arguments for ...". */
  factorsFor:
    `(?:public${SP}interest${SP})?(?:factors|arguments|considerations|reasons)${SP}` +
    `(?:(?:in${SP})?favou?ring|in${SP}favou?r${SP}of|for|supporting|weighing${SP}(?:for|in${SP}favou?r))\\b`,
  /** "Factors against ...", "Considerations weighing against ...". */
  factorsAgainst: `(?:public${SP}interest${SP})?(?:factors|arguments|considerations|reasons)${SP}(?:weighing${SP})?against\\b`,
  /** "Overall Prejudice (Harm) test", "Harm for the partial NCND", "Evidence of harm", "Prejudice Test". */
  harmTest:
    `(?:overall${SP})?(?:(?:prejudice|harm)(?:${SP}\\(harm\\))?${SP}(?:test|for|in|caused|statement)\\b` +
    `|evidence${SP}(?:of|for)${SP}(?:harm|prejudice)\\b|(?:harm|prejudice)\\W{0,4}$)`,
  /** "Balance test", "Balancing Test", "Balance of the public interest". */
  balanceTest: `(?:overall${SP})?(?:balanc(?:e|ing)${SP}(?:test|exercise)\\b|balance${SP}of${SP}(?:the${SP})?public${SP}interest\\b)`,
  /** "Public Interest Test – Section 24 and Section 31", "Public Interest Considerations". */
  publicInterestTest: `(?:overall${SP})?public${SP}interest${SP}(?:test|considerations?|arguments?)\\b`,
  /** "Your Right to Request a Review", "Right of Appeal", "Complaint Rights", "How to complain". */
  review:
    `(?:your${SP}rights?${SP}(?:to|of)\\b|rights?${SP}of${SP}(?:appeal|review|complaint)\\b|(?:complaints?|appeals?)${SP}(?:rights|procedure)\\b` +
    `|requesting${SP}a${SP}review\\b|how${SP}to${SP}(?:complain|appeal)\\b)`,
} as const;

/** What may come before a heading's words: indentation, Markdown "#"s, an opening "**". */
const HEADING_PREFIX = '\\s{0,12}(?:#{1,6}\\s{1,4})?(?:\\*\\*\\s?)?';
/** A heading's words: at most 160 characters, and not ending like a sentence (full stop, comma or semicolon). */
export const HEADING_BODY = '[^\\n]{0,160}[^\\s.,;]\\s*$';

type HeadingKind = 'factors-for' | 'factors-against' | 'harm-test' | 'balance-test' | 'public-interest-test' | 'review';

/** The kinds of heading, in the order their phrases are tried. */
const HEADING_KINDS: readonly HeadingKind[] = ['factors-for', 'factors-against', 'harm-test', 'balance-test', 'public-interest-test', 'review'];

/**
 * A heading of any kind: its prefix, then the first phrase that matches, in the order of {@link HEADING_KINDS}
 * ("Public interest arguments in favour" is factors, "Balance of the public interest" a balance test), then its words.
 * Each phrase is followed by an empty group, so the group that took part tells which kind it is. One expression
 * rather than one per kind: every phrase starts with a letter, so all start where the prefix ends, and the words
 * after them are read the same whichever phrase matched.
 */
const HEADING = new RegExp(
  `^${HEADING_PREFIX}(?=${[
    HEADING_PHRASES.factorsFor,
    HEADING_PHRASES.factorsAgainst,
    HEADING_PHRASES.harmTest,
    HEADING_PHRASES.balanceTest,
    HEADING_PHRASES.publicInterestTest,
    HEADING_PHRASES.review,
  ]
    .map((phrase) => `(?:${phrase})()`)
    .join('|')})${HEADING_BODY}`,
  'i',
);
/** The letters the {@link HEADING_PHRASES} begin with, in either case. */
const HEADING_PHRASE_STARTS = new CodeSet('pfacrohebyPFACROHEBY');

/** Lines longer than this are prose, whatever they start with. */
const MAX_HEADING_LINE = 200;
/** A Markdown heading or a line in bold: a heading whatever precedes it. */
const MARKED_HEADING = /^\s{0,12}(?:#{1,6}\s|\*\*)/;
/** "1.", "2)", "1.As", "- 1." at the start of a line: a numbered question or answer. */
const NUMBERED = /^\s{0,12}(?:[-•*▪◦·‣–]\s{1,4})?(\d{1,2})[.)](?=\s|\p{L}|“|"|$)/u;
/** The bullets {@link NUMBERED} allows before the number. */
const NUMBER_BULLETS = new CodeSet('-•*▪◦·‣–');
/** "## **Section 24**": a sub-heading naming the section the following factors weigh. */
const SECTION_SUBHEADING = /^\s{0,12}(?:#{1,6}\s{1,4})?(?:\*\*)?\s?((?:section|s\.?)\s?\d{1,3}[A-Z]?(?:\s?\([0-9a-z]{1,4}\)){0,4})\s?(?:\*\*)?\s*$/i;
/** What a {@link SIGN_OFF} can start with: "yours", "kind", "best", "warm", "with", "regards". */
const SIGN_OFF_STARTS = new CodeSet('ykbwrYKBWR');
const SIGN_OFF =
  /^\s{0,12}(?:yours\s{1,3}(?:sincerely|faithfully|truly)\b|(?:(?:kind|best|warm|with\s{1,3}(?:kind|best))\s{1,3})?regards[,.!]?\s*$)/i;
/** Words that open the review and appeal boilerplate, read across a line break; tried where a cue may start. */
const REVIEW_CUE = new RegExp(
  [
    `right${SP}to${SP}(?:request|ask${SP}for|seek|apply${SP}for)${SP}(?:an?${SP})?(?:independent${SP}|internal${SP})?review`,
    `(?:unhappy|dissatisfied|not${SP}satisfied)${SP}with${SP}(?:the|this|our|how|your|the${SP}way)\\b`,
    `(?:ask|request|apply)${SP}for${SP}an?${SP}(?:independent${SP}|internal${SP})?review`,
    `rights?${SP}(?:to|of)${SP}appeal`,
    `(?:complain|complaint|appeal|apply|application)${SP}(?:to|with)${SP}the${SP}information${SP}commissioner`,
  ].join('|'),
  'iy',
);
/**
 * What a line must hold for a {@link REVIEW_CUE} to start on it: a first word of a cue, followed by a second word
 * of one or by the end of the line (the cue is read across the line break). Searched for through the whole text
 * rather than in each line, so the spaces it reads are any but a line feed, and a line's end is a line feed (after
 * a CR, which a line's text leaves out) or the end of the text.
 */
const REVIEW_CUE_START =
  /(?:rights?|unhappy|dissatisfied|not|ask|request|apply|complaint?|appeal|application)(?:[^\S\n]{1,3}(?:to|of|with|satisfied|for)|[^\S\n]{0,3}\r?(?=\n|$))/gi;
/** How much of the next line the review cue may read. */
const CUE_LOOKAHEAD = 200;
const MAX_TITLE = 80;
/** What a title drops at its start: whitespace, Markdown heading marks, a bullet. */
const TITLE_MARKS = /^\s*(?:#{1,6}\s+)?(?:[-•*▪◦·‣–]\s+)?/u;
/** A letter a-z or digit, which a title never drops. */
const WORD_CHARACTER = /[A-Za-z0-9]/;
/** What {@link TITLE_MARKS} can start with besides whitespace. */
const TITLE_MARK_STARTS = new CodeSet('#-•*▪◦·‣–');
/** Whitespace a title collapses to one space: any but a space, and spaces in a row. */
const UNTIDY_SPACE = /[^\S ]| {2}/;

/** A part being built; lines are indices into the letter's lines. */
interface Draft {
  readonly kind: LetterPart['kind'];
  title: string;
  /** First line of the part (a section sub-heading above a factors heading belongs to the factors). */
  startLine: number;
  /** The line that names the part. */
  readonly headingLine: number;
  /** A fixed end offset (request regions), instead of running to the next part. */
  readonly fixedEnd?: number;
  /** For a question asked on its own: where its words end and its answer may start. */
  readonly askedEnd?: number;
  readonly children: Draft[];
}

/**
 * The parts of a letter, in order. Top-level parts are the request, questions (each with its answer as a child),
 * answers, the tests (public interest tests hold their factors) and the review; each part's span runs from its
 * heading to its last non-blank line before the next part, the sign-off or the review, so it can be folded.
 * @param requests the regions quoting the requester, from `findRequestRegions`.
 * @param lines the letter's lines from `splitLines`, when the caller has them already.
 */
export function outlineLetter(text: string, requests: readonly Span[], lines: readonly Line[] = splitLines(text)): LetterPart[] {
  const drafts = draftParts(lines, requests);
  const lastPartLine = lastLineOf(drafts);
  const { review, signOff } = findTail(text, lines, lastPartLine);
  const limit = review ?? lines.length;
  const parts = drafts.filter((draft) => draft.startLine < limit);
  const ends = { lines, signOff: signOff >= 0 && signOff < limit ? signOff : -1, limit };
  const result = parts.map((draft, i) => finish(text, draft, parts[i + 1]?.startLine ?? limit, ends));
  if (review !== undefined) {
    const heading = headingKindOf(lines, review) === 'review';
    result.push(
      toPart(text, lines, {
        kind: 'review',
        title: heading ? titleOf(lines[review].text) : l10n.t('Review and appeal'),
        startLine: review,
        headingLine: review,
        children: [],
      }, lines[lastNonBlank(lines, review, lines.length)].end),
    );
  }
  return result;
}

/** The code of the first character of the line that is not whitespace, or -1 when the line is blank. */
function firstVisibleCode(line: Line): number {
  return line.blank ? -1 : line.text.charCodeAt(line.indent);
}

/** {@link NUMBERED} on a line; only a digit or a bullet can open one, after spaces. */
function numberedLine(line: Line): RegExpExecArray | null {
  const first = firstVisibleCode(line);
  if (isDigitCode(first)) return NUMBERED.exec(line.text);
  if (!NUMBER_BULLETS.has(first)) return null;
  // After a bullet, spaces and then the number's first digit.
  let i = line.indent + 1;
  while (i < line.text.length && isWhitespaceCode(line.text.charCodeAt(i))) i++;
  return i < line.text.length && isDigitCode(line.text.charCodeAt(i)) ? NUMBERED.exec(line.text) : null;
}

/** {@link SECTION_SUBHEADING} on a line; after spaces and Markdown marks only an "s" can open one. */
function sectionSubheading(line: Line): RegExpExecArray | null {
  const lineText = line.text;
  let i = line.indent;
  const first = firstVisibleCode(line);
  if (first === 35 || first === 42) {
    while (i < lineText.length && isMarkOrSpace(lineText.charCodeAt(i))) i++;
  }
  const code = i < lineText.length ? lineText.charCodeAt(i) : -1;
  return code === 115 || code === 83 ? SECTION_SUBHEADING.exec(lineText) : null;
}

/** "#", "*" or whitespace: what may stand between the start of a line and its words. */
function isMarkOrSpace(code: number): boolean {
  return code === 35 || code === 42 || isWhitespaceCode(code);
}

function isSignOff(line: Line): boolean {
  return SIGN_OFF_STARTS.has(firstVisibleCode(line)) && SIGN_OFF.test(line.text);
}

/** Request parts with their questions, questions asked one by one, answers, tests and factors, in order. */
function draftParts(lines: readonly Line[], requests: readonly Span[]): Draft[] {
  const drafts: Draft[] = [];
  let requestIndex = 0;
  let testsBegun = false;
  let askedSomething = false;
  let pendingSubheading: { line: number; title: string } | undefined;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) continue;
    const contentStart = line.start + line.indent;
    // Not `drafts[-1]` when there is none: a negative index is looked up as a property name, slowly.
    const current = drafts.length > 0 ? drafts[drafts.length - 1] : undefined;

    while (requestIndex < requests.length && requests[requestIndex].end <= line.start) requestIndex++;
    const region = requests[requestIndex];
    if (region && region.start < line.end && region.start >= line.start) {
      // A request region starts on this line: one question asked on its own, or a request with its questions.
      askedSomething = true;
      const draft: Draft = isQuestionLabel(line.text)
        ? { kind: 'question', title: titleOf(line.text), startLine: i, headingLine: i, askedEnd: region.end, children: [] }
        : { kind: 'request', title: l10n.t('Request'), startLine: i, headingLine: i, fixedEnd: region.end, children: [] };
      if (draft.kind === 'request') draft.children.push(...questionsIn(lines, i, region));
      drafts.push(draft);
      pendingSubheading = undefined;
      continue;
    }
    // The regions before `requestIndex` end before this line, so only the next ones can hold its first character.
    let inside = requestIndex;
    while (inside < requests.length && requests[inside].end <= contentStart) inside++;
    if (inside < requests.length && requests[inside].start <= contentStart) continue;

    const heading = headingKindOf(lines, i);
    if (heading !== undefined && heading !== 'review') {
      testsBegun = true;
      const factors = heading === 'factors-for' || heading === 'factors-against';
      const draft: Draft = { kind: heading, title: titleOf(line.text), startLine: i, headingLine: i, children: [] };
      if (factors && pendingSubheading) {
        draft.startLine = pendingSubheading.line;
        draft.title = `${pendingSubheading.title}: ${draft.title}`;
      }
      if (factors && current?.kind === 'public-interest-test') current.children.push(draft);
      else drafts.push(draft);
      pendingSubheading = undefined;
      continue;
    }

    const subheading = sectionSubheading(line);
    pendingSubheading = subheading ? { line: i, title: subheading[1] } : undefined;
    if (subheading) continue;

    if (isAnswerHeading(line.text) || isAnswerLabel(line.text)) {
      const draft: Draft = { kind: 'answer', title: titleOf(line.text), startLine: i, headingLine: i, children: [] };
      if (current?.kind === 'question' && current.children.length === 0) current.children.push(draft);
      else drafts.push(draft);
      continue;
    }

    const numbered = numberedLine(line);
    if (numbered && askedSomething && !testsBegun) {
      // A line with words after its number is titled by them; one with none, by the number.
      const rest = line.text.slice(numbered[0].length);
      const worded = WORD_CHARACTER.test(rest) || titleOf(rest) !== '';
      drafts.push({ kind: 'answer', title: worded ? titleOf(line.text) : `Answer ${numbered[1]}`, startLine: i, headingLine: i, children: [] });
      continue;
    }

    if (current?.kind === 'request' && current.fixedEnd !== undefined && current.fixedEnd <= line.start && !testsBegun) {
      // Prose right after a request, before any heading: the authority's unheaded response.
      drafts.push({ kind: 'answer', title: l10n.t('Response'), startLine: i, headingLine: i, children: [] });
    } else if (current?.kind === 'question' && current.children.length === 0 && current.askedEnd !== undefined && current.askedEnd <= line.start) {
      current.children.push({ kind: 'answer', title: l10n.t('Answer'), startLine: i, headingLine: i, children: [] });
    }
  }
  return drafts;
}

/** The numbered questions inside a request region, each running to the next or to the region's end. */
function questionsIn(lines: readonly Line[], first: number, region: Span): Draft[] {
  const questions: Draft[] = [];
  for (let i = first; i < lines.length && lines[i].start < region.end; i++) {
    if (!numberedLine(lines[i])) continue;
    questions.push({ kind: 'question', title: titleOf(lines[i].text), startLine: i, headingLine: i, fixedEnd: region.end, children: [] });
  }
  return questions;
}

/** Which test, factors or review heading line `i` is, if any; a plain-text heading needs a blank line above it. */
function headingKindOf(lines: readonly Line[], i: number): HeadingKind | undefined {
  const lineText = lines[i].text;
  if (lineText.length > MAX_HEADING_LINE) return undefined;
  const first = firstVisibleCode(lines[i]);
  const marked = (first === 35 || first === 42) && MARKED_HEADING.test(lineText);
  if (!marked && i > 0 && !lines[i - 1].blank) return undefined;
  // The prefix holds only whitespace, "#" and "*": a line opening with anything else opens with the phrase.
  if (first !== 35 && first !== 42 && !HEADING_PHRASE_STARTS.has(first)) return undefined;
  const heading = HEADING.exec(lineText);
  if (!heading) return undefined;
  for (let k = 0; k < HEADING_KINDS.length; k++) if (heading[k + 1] !== undefined) return HEADING_KINDS[k];
  return undefined;
}

/**
 * The tail of the letter, after every other part has begun, read in one pass: the line where the review and appeal
 * boilerplate starts (the first review heading, or line whose words open it), undefined when the letter has none,
 * and the first sign-off line up to it, -1 when there is none.
 */
function findTail(text: string, lines: readonly Line[], after: number): { review: number | undefined; signOff: number } {
  const cueStarts = new NextMatch(text, REVIEW_CUE_START);
  let signOff = -1;
  for (let i = after + 1; i < lines.length; i++) {
    if (lines[i].blank) continue;
    if (signOff < 0 && isSignOff(lines[i])) signOff = i;
    if (opensReview(lines, i, cueStarts)) return { review: i, signOff };
  }
  return { review: undefined, signOff };
}

/**
 * True when line `i`, not blank, is a review heading or opens a review cue. A cue starts only where a
 * {@link REVIEW_CUE_START} does, so the cue is tried at those places alone, and a line without one is passed over
 * without reading the next line's head.
 */
function opensReview(lines: readonly Line[], i: number, cueStarts: NextMatch): boolean {
  const line = lines[i];
  if (headingKindOf(lines, i) === 'review') return true;
  let at = cueStarts.from(line.start);
  if (at >= line.end) return false;
  const next = nextContentLine(lines, i);
  const joined = `${line.text} ${next < 0 ? '' : lines[next].text.slice(0, CUE_LOOKAHEAD)}`;
  for (; at < line.end; at = cueStarts.from(at + 1)) {
    REVIEW_CUE.lastIndex = at - line.start;
    if (REVIEW_CUE.test(joined)) return true;
  }
  return false;
}

/**
 * Where a global expression next matches at or after an offset that never decreases: the text is searched about
 * once, instead of every line being tested.
 */
class NextMatch {
  readonly #text: string;
  readonly #pattern: RegExp;
  /** The match found last (`text.length` when none), or -1 before the first search. */
  #at = -1;

  constructor(text: string, pattern: RegExp) {
    this.#text = text;
    this.#pattern = pattern;
  }

  from(offset: number): number {
    if (this.#at < offset) {
      this.#pattern.lastIndex = offset;
      const match = this.#pattern.exec(this.#text);
      this.#at = match ? match.index : this.#text.length;
    }
    return this.#at;
  }
}

/** Turns a draft into a part whose span ends at the last non-blank line before `nextStart` (or the sign-off). */
function finish(text: string, draft: Draft, nextStart: number, ends: { lines: readonly Line[]; signOff: number; limit: number }): LetterPart {
  let stop = Math.min(nextStart, ends.limit);
  if (ends.signOff > draft.startLine && ends.signOff < stop) stop = ends.signOff;
  const last = lastNonBlank(ends.lines, draft.startLine, stop);
  const children = draft.children.filter((child) => child.startLine <= last);
  const partEnd = draft.fixedEnd ?? ends.lines[last].end;
  return toPart(
    text,
    ends.lines,
    draft,
    partEnd,
    children.map((child, i) => {
      const childStop = children[i + 1]?.startLine ?? last + 1;
      return finishChild(text, ends.lines, child, childStop, partEnd);
    }),
  );
}

function finishChild(text: string, lines: readonly Line[], draft: Draft, stop: number, parentEnd: number): LetterPart {
  const last = lastNonBlank(lines, draft.startLine, stop);
  const end = Math.min(draft.fixedEnd ?? lines[last].end, parentEnd, lines[last].end);
  return toPart(text, lines, draft, end);
}

/** The part for a draft, spanning from its first line to `end`, selected at its heading line. */
function toPart(text: string, lines: readonly Line[], draft: Draft, end: number, children: LetterPart[] = []): LetterPart {
  const heading = lines[draft.headingLine];
  return {
    kind: draft.kind,
    title: draft.title,
    span: spanOf(text, lines[draft.startLine], end),
    selection: spanOf(text, heading, heading.end),
    children,
  };
}

/** From the first non-space character of `line` to `end`, without trailing spaces. */
function spanOf(text: string, line: Line, end: number): Span {
  let start = line.start;
  while (start < line.end && isWhitespaceCode(text.charCodeAt(start))) start++;
  return { start, end: contentEnd(text, start, Math.max(start, end)) };
}

/** The last non-blank line in `[from, to)`, or `from` when all are blank. */
function lastNonBlank(lines: readonly Line[], from: number, to: number): number {
  for (let i = Math.min(to, lines.length) - 1; i > from; i--) if (!lines[i].blank) return i;
  return from;
}

/** The line where the last part (or child) starts, or -1 when there is none. */
function lastLineOf(drafts: readonly Draft[]): number {
  let last = -1;
  for (const draft of drafts) {
    last = Math.max(last, draft.startLine);
    for (const child of draft.children) last = Math.max(last, child.startLine);
  }
  return last;
}

/**
 * A heading line as a title: without Markdown marks, bullets, bold marks, runs of whitespace, a trailing colon, and
 * at most 80 characters. Each step runs only when the line holds what it removes, as most titles hold nothing.
 */
function titleOf(lineText: string): string {
  const first = lineText.charCodeAt(0);
  let bare = isWhitespaceCode(first) || TITLE_MARK_STARTS.has(first) ? lineText.replace(TITLE_MARKS, '') : lineText;
  if (bare.includes('*')) bare = bare.replace(/\*\*/g, '');
  bare = bare.trim();
  if (UNTIDY_SPACE.test(bare)) bare = bare.replace(/\s+/g, ' ');
  if (bare.endsWith(':')) bare = bare.slice(0, -1);
  return bare.length > MAX_TITLE ? `${bare.slice(0, MAX_TITLE - 1).trimEnd()}…` : bare;
}
