// Finds where a letter quotes the requester's own words. Tools named there are what was asked about, not what
// the authority answered, so the rest of the analysis reads answers only outside these regions.

import type { Span } from '../text';
import { isWhitespaceCode, lineIndexAt, splitLines, type Line } from './lines';
import { sentenceAt } from './sentences';
import { isAnswerHeading, isAnswerLabel, isQuestionLabel, opensWithAnswer } from './answerLanguage';

/** A request region never runs longer than this; past it the letter is answering, whatever it looks like. */
const MAX_REGION = 12_000;
/** How far a quoted request may run before its closing quote is given up on. */
const MAX_QUOTE = 6_000;
/** Shortest free-standing quotation taken as a quoted request ("the “Act”" is not one). */
const MIN_QUOTED_REQUEST = 40;

/**
 * A line introducing the request, ending in a colon: "you sought access to the following information:",
 * "in which you asked:", "your request ... as follows:", "You asked:", "Request:".
 */
const REQUEST_INTRODUCER = new RegExp(
  '(?:' +
  [
    '\\b(?:you|requestor|requester|applicant)[ \\t]+(?:have[ \\t]+)?(?:asked|requested|sought|seek|wrote|stated|enquired|queried|submitted)\\b[^:\\n]{0,120}',
    '\\byour[ \\t]+(?:request|e-?mail|letter|questions?|application)\\b[^:\\n]{0,120}?\\b(?:as[ \\t]+follows|read|reads|stated|states|said|was|were|is)\\b[^:\\n]{0,20}',
    '\\b(?:the[ \\t]+following[ \\t]+(?:information|questions?|request|details))\\b[^:\\n]{0,40}',
    '^[^\\p{L}\\n]{0,6}(?:your[ \\t]+|the[ \\t]+|original[ \\t]+)?(?:request(?:[ \\t]+details)?|questions?|information[ \\t]+requested)[^\\p{L}:\\n]{0,4}',
  ]
    .map((alternative) => `(?:${alternative})`)
    .join('|') + '):',
  'iu',
);
/** An introducer line that is in fact the authority presenting its answer ("our response is as follows:"). */
const ANSWER_INTRODUCER = /\b(?:response|answer|reply|confirm|advise|inform|decision)\b/i;

/** The requester speaking in the first person, for letters that paste the request in without any marker. */
const REQUESTER_VOICE = new RegExp(
  [
    'I[ \\t]+am[ \\t]+(?:concerned|writing[ \\t]+(?:to[ \\t]+(?:request|ask)|under)|requesting|asking)',
    '(?:please|kindly)[ \\t]+(?:can|could|would)[ \\t]+you[ \\t]+(?:tell|provide|confirm|let[ \\t]+me[ \\t]+know|send)',
    'could[ \\t]+you[ \\t]+(?:please[ \\t]+)?(?:tell|provide|confirm|let[ \\t]+me[ \\t]+know|send)',
    'please[ \\t]+(?:provide|supply|send)[ \\t]+me',
    'I[ \\t]+would[ \\t]+(?:like|be[ \\t]+grateful)[ \\t]+(?:to[ \\t]+(?:request|know|ask)|if[ \\t]+you[ \\t]+could)',
    'I[ \\t]+(?:wish|want)[ \\t]+to[ \\t]+(?:request|know|ask)',
    'under[ \\t]+the[ \\t]+freedom[ \\t]+of[ \\t]+information[ \\t]+act[^.\\n]{0,30}\\bI[ \\t]+(?:request|would)',
  ]
    .map((alternative) => `\\b(?:${alternative})`)
    .join('|'),
  'i',
);

/** In prose that follows a request, words only the authority uses; a paragraph with one ends the request. */
const AUTHORITY_CUE =
  /\b(?:not[ \t]+held|do(?:es)?[ \t]+not[ \t]+hold|neither[ \t]+confirms?|exempt(?:ion)?s?\b|section[ \t]+\d|s\.?[ \t]?\d+\(|the[ \t]+act\b|is[ \t]+held|are[ \t]+held|requestor|requester|this[ \t]+(?:force|office|constabulary)\b)/i;
/** Words of a requester continuing their request in a new paragraph ("Please also provide ..."). */
const REQUESTER_WORDS = /\bplease\b(?![ \t]+(?:contact|see|find|note|refer|visit|quote|do[ \t]+not))|\b(?:I|my|me)\b/i;
const LIST_ITEM = /^[ \t]*(?:[-*•·▪◦‣–][ \t]|\(?\d{1,2}[.)]|\(?[a-z][.)][ \t]|\(?[ivx]{1,4}[.)][ \t]|\*\*)/i;
/** An answer on the same line as its question: "Do you use drones? Yes." or "... ? A: No". */
const INLINE_ANSWER = /\?[ \t]*(?:\*\*[ \t]*)?(?=(?:A\d*[.:)]|Answer[ \t]*:|Response[ \t]*:|Yes\b|No\b))/g;

/**
 * The regions of `text` that quote the requester's words, sorted and non-overlapping.
 * @param sentences the letter's sentences; a sentence opening an answer ends any request region it falls in.
 * @param lines the letter's lines from `splitLines`, when the caller has them already.
 */
export function findRequestRegions(text: string, sentences: readonly Span[], lines: readonly Line[] = splitLines(text)): Span[] {
  const answerSentences = sentences
    .filter((s) => opensWithAnswer(text.slice(s.start, Math.min(s.end, s.start + 200))))
    .map((s) => s.start);
  const regions: Span[] = [];
  const firstAnswer = firstAnswerOffset(lines, answerSentences);
  let explicitBeforeAnswer = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.blank) continue;
    let region: Span | undefined;
    if (isQuestionLabel(line.text)) {
      region = extendRegion(text, lines, i, line.start, answerSentences, true);
    } else {
      const introducer = requestIntroducer(line.text);
      if (!introducer || ANSWER_INTRODUCER.test(introducer[0])) continue;
      const afterColon = line.start + introducer.index + introducer[0].length;
      const sameLine = text.slice(afterColon, line.end).trim() !== '';
      const startLine = sameLine ? i : i + 1;
      if (startLine >= lines.length) continue;
      region = extendRegion(text, lines, startLine, sameLine ? afterColon : lines[startLine].start, answerSentences, sameLine);
    }
    regions.push(region);
    if (line.start < firstAnswer) explicitBeforeAnswer = true;
    // Lines inside the region just found cannot start another one; skipping them keeps the pass linear.
    i = Math.max(i, lineIndexAt(lines, region.end) - 1);
  }
  if (!explicitBeforeAnswer) {
    const voiced = requesterVoiceRegion(text, lines, sentences, firstAnswer, answerSentences);
    if (voiced) regions.push(voiced);
  }
  regions.push(...quotedRequests(text));
  return mergeSpans(regions.map((r) => trimSpan(text, r)).filter((r) => r.end - r.start >= 3));
}

/**
 * The introducer on a line, if any. Every introducer ends at a colon and holds no other, so the line is read only
 * up to its last colon, and not at all when it has none.
 */
function requestIntroducer(lineText: string): RegExpExecArray | null {
  const colon = lineText.lastIndexOf(':');
  return colon < 0 ? null : REQUEST_INTRODUCER.exec(lineText.slice(0, colon + 1));
}

/** Where the authority first starts answering: an answer heading or label line, or an answer-opening sentence. */
function firstAnswerOffset(lines: readonly Line[], answerSentences: readonly number[]): number {
  let first = answerSentences.length > 0 ? answerSentences[0] : Number.POSITIVE_INFINITY;
  for (const line of lines) {
    if (line.start >= first) break;
    if (!line.blank && isAnswerLine(line.text)) {
      first = line.start;
      break;
    }
  }
  return first;
}

function isAnswerLine(lineText: string): boolean {
  return isAnswerHeading(lineText) || isAnswerLabel(lineText) || opensWithAnswer(lineText);
}

/**
 * Extends a request region from `start` (on line `startLine`) until the authority starts answering: an answer
 * heading, label or opening sentence, the next question, an answer on the question's own line, or a paragraph of
 * prose in the authority's voice. A region opening with a quotation mark ends at the matching closing mark.
 * A `single` paragraph request (a question label, or "You asked: ..." on one line) runs on past a blank line only
 * into what still reads as the request: a list, a question, or after a line ending in a colon.
 */
function extendRegion(
  text: string,
  lines: readonly Line[],
  startLine: number,
  start: number,
  answerSentences: readonly number[],
  single = false,
): Span {
  const quoted = quotedFrom(text, start);
  if (quoted) return quoted;
  let end = lines[startLine].end;
  let previousBlank = false;
  let hasContent = false;
  let lastContent = '';
  for (let i = startLine; i < lines.length; i++) {
    const line = lines[i];
    if (line.start - start > MAX_REGION) break;
    const blank = line.blank;
    if (i > startLine && !blank) {
      if (isQuestionLabel(line.text) || isAnswerLine(line.text)) break;
      if (hasContent && previousBlank && isAuthorityProse(line.text)) break;
      if (single && hasContent && previousBlank && !lastContent.endsWith(':') && !readsAsRequest(line.text)) break;
    }
    const inline = inlineAnswerEnd(text, Math.max(line.start, start), line.end);
    if (inline !== undefined) {
      end = inline;
      break;
    }
    if (!blank) {
      end = line.end;
      hasContent = true;
      lastContent = line.text.trimEnd();
    }
    previousBlank = blank;
  }
  const cut = firstAfter(answerSentences, start);
  return { start, end: cut !== undefined && cut < end ? cut : end };
}

/** The first sorted offset strictly after `offset`. */
function firstAfter(offsets: readonly number[], offset: number): number | undefined {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (offsets[mid] <= offset) low = mid + 1;
    else high = mid;
  }
  return offsets[low];
}

/** A paragraph that still reads as the requester's: a list item, a question, or their own voice. */
function readsAsRequest(lineText: string): boolean {
  return LIST_ITEM.test(lineText) || lineText.includes('?') || /^\s*["“]/.test(lineText) || REQUESTER_WORDS.test(lineText);
}

function isAuthorityProse(lineText: string): boolean {
  return !LIST_ITEM.test(lineText) && !lineText.includes('?') && AUTHORITY_CUE.test(lineText);
}

function inlineAnswerEnd(text: string, from: number, to: number): number | undefined {
  INLINE_ANSWER.lastIndex = 0;
  const match = INLINE_ANSWER.exec(text.slice(from, to));
  return match ? from + match.index + 1 : undefined;
}

/** A region that opens (after any list number) with a quotation mark runs to the matching closing mark. */
function quotedFrom(text: string, start: number): Span | undefined {
  const head = /^[\s\d.)(*-]{0,12}(["“])/.exec(text.slice(start, start + 16));
  if (!head) return undefined;
  const open = start + head.index + head[0].length - 1;
  // Looking no further than the longest quotation keeps many unclosed quotes from each reading the rest of the text.
  const within = text.slice(open + 1, open + 1 + MAX_QUOTE).indexOf(head[1] === '“' ? '”' : '"');
  return within === -1 ? undefined : { start, end: open + 1 + within + 1 };
}

/**
 * For letters that paste the request in unmarked (the requester's first-person text, then the answer), the text
 * from the sentence of the first requester-voiced phrase up to the first answer.
 */
function requesterVoiceRegion(
  text: string,
  lines: readonly Line[],
  sentences: readonly Span[],
  firstAnswer: number,
  answerSentences: readonly number[],
): Span | undefined {
  const limit = Math.min(firstAnswer, text.length);
  const voice = REQUESTER_VOICE.exec(text.slice(0, Math.min(limit, MAX_REGION)));
  if (!voice) return undefined;
  const start = sentenceAt(sentences, voice.index)?.start ?? voice.index;
  const region = extendRegion(text, lines, lineIndexAt(lines, start), start, answerSentences);
  return { start: region.start, end: Math.min(region.end, limit) };
}

/** Free-standing quotations long enough to be a request and asking something. */
function quotedRequests(text: string): Span[] {
  const found: Span[] = [];
  let from = 0;
  for (;;) {
    const open = text.indexOf('“', from);
    if (open === -1) break;
    const close = text.indexOf('”', open + 1);
    if (close === -1) break;
    const inner = text.slice(open + 1, close);
    if (close - open <= MAX_QUOTE && inner.length >= MIN_QUOTED_REQUEST && /\?|\bplease\b|\brequest\b/i.test(inner)) {
      found.push({ start: open, end: close + 1 });
    }
    from = close + 1;
  }
  return found;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && isWhitespaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhitespaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

/** Sorts spans and joins those that overlap or touch. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, span.end) };
    else merged.push(span);
  }
  return merged;
}

/** True when `offset` falls inside one of the sorted, non-overlapping `regions`. */
export function insideRegions(regions: readonly Span[], offset: number): boolean {
  let low = 0;
  let high = regions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (regions[mid].end <= offset) low = mid + 1;
    else if (regions[mid].start > offset) high = mid - 1;
    else return true;
  }
  return false;
}
