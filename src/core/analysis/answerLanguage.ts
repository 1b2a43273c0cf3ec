// The language that marks where an authority starts answering and where a question is put, shared by the
// request finder (to know where the requester's words stop) and the tool answers (to know what is an answer).
// Every pattern is anchored at the start of the text it is given, so it costs little on any line; the functions
// below also pass over, without running the expression, the lines whose first characters (and, for a heading, last
// characters) rule it out.

import { isAsciiLetter, isDigitCode, isRomanLetter, isWhitespaceCode } from './lines';

/** The words a heading names the answer by ("Response", "Answer", "Reply", "Decision"), each perhaps plural. */
const HEADING_WORDS = ['response', 'answer', 'reply', 'decision'];
/** What a heading may say the answer is to: "Response to your request", "Answer to question 3". */
const ANSWERED_WORDS = ['request', 'questions', 'question', 'enquiry'];

/** The request's reference after a heading: "Response - Reference 2024-0031", "Reply to FOI/24/118". */
const HEADING_REFERENCE = String.raw`(?:[ \t]*[-–:(]?[ \t]*(?:(?:to|for)[ \t]+)?(?:our[ \t]+|your[ \t]+)?(?:ref(?:erence)?|FOI)\.?(?:[ \t]+(?:no|number)\.?)?[ \t]*[:.\-–]?[ \t]*[A-Za-z]{0,6}[ \t/-]?\d[\w/.-]{0,30})?`;

/** The label of a part of the request: "3", "2b", "(ii)", "c)". */
const ITEM_LABEL = String.raw`\(?(?:\d{1,2}[a-z]?|[a-z]|[ivx]{2,5})\)?`;
/** One label or several: "(i)", "1 and 2", "(a), (b) & (c)". */
const ITEM_LABELS = String.raw`${ITEM_LABEL}(?:[ \t]*(?:,|&|and|to|-|–)[ \t]*${ITEM_LABEL}){0,6}`;

/**
 * A heading line naming the answer: "Response", "Response to your Request", "Response to (ii)", "OPCC response:", "Our reply"; in a
 * bilingual letter, after the same in Welsh and a slash ("Ymateb / Response").
 */
export const ANSWER_HEADING = new RegExp(
  `^[^\\p{L}\\n]{0,8}(?:\\p{L}{2,12}[ \\t]*\\/[ \\t]*)?(?:(?:[A-Z]{2,6}|our|the|force|final|full|my)[ \\t]+)?(?:${HEADING_WORDS.join('|')})s?` +
    `(?:[ \\t]+(?:to|for)[ \\t]+(?:(?:your[ \\t]+|the[ \\t]+|this[ \\t]+)?(?:freedom[ \\t]+of[ \\t]+information[ \\t]+|foi[ \\t]+)?` +
    `(?:${ANSWERED_WORDS.join('|')})(?:[ \\t]*\\d[\\w/.-]{0,30}|[ \\t]+${ITEM_LABELS})?|(?:(?:parts?|items?|points?|q)\\.?[ \\t]*)?${ITEM_LABELS}))?` +
    `${HEADING_REFERENCE}[ \\t]*[:.\\-–]?[^\\p{L}\\p{N}\\n]{0,8}$`,
  'iu',
);

/**
 * A label that opens an answer to a numbered or lettered question: "A1.", "A:", "Answer 2:", "Response 3 -", and
 * "Response:", and "A1" or "A1a" straight before the answer's words ("A1 Yes, all officers ...").
 */
export const ANSWER_LABEL =
  /^[ \t]*(?:\*\*[ \t]*)?(?:A[ \t]*\d{1,2}[a-z]?[ \t]*[.:)\-–]|A\d{1,2}[a-z]?[ \t]+(?=\p{L})|A[ \t]*:|[Aa]nswer(?:[ \t]*\d{1,2}[a-z]?)?[ \t]*[:.\-–]|[Rr]esponse(?:[ \t]*\d{1,2}[a-z]?)?[ \t]*[:.\-–])/u;

/** The words a question opens with ("Does the force ...?", "How many ...?"), as an alternation for a pattern's source. */
export const QUESTION_WORDS = 'do|does|did|is|are|was|were|has|have|had|can|could|will|would|how|what|which|who|when|where|why|whether';

/**
 * A label that opens a question: "Q1.", "Q2)", "Question 3:", "Q:", "Q -", and "Q1" or "Q1a" straight before the
 * question's words.
 */
export const QUESTION_LABEL = /^[ \t]*(?:\*\*[ \t]*)?(?:Q(?:uestion)?[ \t]*\d{1,2}[a-z]?[ \t]*[.:)\-–]|Q\d{1,2}[a-z]?[ \t]+(?=\p{L})|Q[ \t]*[:.\-–][ \t]|Question[ \t]*:)/iu;

/**
 * Sentence or line openings that only an authority's answer uses: "In response to your request", "Following a
 * search of our records", "I can confirm", "I am now able to respond", "The OPCC does not hold", "Norfolk Constabulary
 * has considered your request", "This question is not valid", "I am required by the Act".
 */
export const ANSWER_OPENER = new RegExp(
  '^(?:' +
    [
      'in[ \\t]+(?:response|answer|reply)[ \\t]+to\\b',
      'following[ \\t]+(?:a|an|our)[ \\t]+(?:\\w+[ \\t]+)?(?:search|review|enquiry|enquiries|check)',
      'having[ \\t]+(?:searched|considered|reviewed|made[ \\t]+enquiries|checked)',
      '(?:I|we)[ \\t]+(?:can(?:not)?|am[ \\t]+(?:able|unable)[ \\t]+to|are[ \\t]+(?:able|unable)[ \\t]+to)[ \\t]+(?:confirm|advise|inform|neither|provide|state|tell)',
      '(?:I|we)[ \\t]+(?:have|am|are)[ \\t]+(?:pleased|writing|now)[ \\t]+to[ \\t]+(?:inform|advise|confirm|provide|respond)',
      // "I am now able to respond", "We are now in a position to reply".
      '(?:I|we)[ \\t]+(?:am|are)[ \\t]+now[ \\t]+(?:able|in[ \\t]+a[ \\t]+position)[ \\t]+to[ \\t]+(?:respond|reply|answer|provide|confirm|advise|inform)',
      'please[ \\t]+(?:find|see)[ \\t]+(?:below|attached|our|the[ \\t]+(?:response|information|answer))',
      '(?:the|our|my)[ \\t]+(?:response|answer|reply)\\b',
      'the[ \\t]+information[ \\t]+(?:you[ \\t]+(?:have[ \\t]+)?(?:requested|seek|sought|are[ \\t]+seeking)|requested|sought)[ \\t]+(?:is|was|has|cannot|will)',
      'I[ \\t]+am[ \\t]+required[ \\t]+by',
      // A reviewer's finding: "I uphold the decision", "I do not agree that ...", "I am satisfied that ...".
      'I[ \\t]+(?:(?:therefore[ \\t]+)?(?:uphold|overturn|withdraw)|(?:do[ \\t]+not|don[\'’]t)[ \\t]+(?:agree|consider)|(?:agree|disagree)[ \\t]+(?:that|with)|am[ \\t]+(?:satisfied|not[ \\t]+satisfied))\\b',
      '(?:this|the)[ \\t]+(?:question|request|part[ \\t]+of[ \\t]+your[ \\t]+request)[ \\t]+(?:is|was|has|does)\\b',
      '(?:the|this)[ \\t]+(?:force|constabulary|OPCC|OPFCC|PCC|office|police[ \\t]+service|commissioner|authority|department)[ \\t]+(?:does|do|did|has|have|holds|is|are|can|cannot|will|would|neither|confirms?|uses?)\\b',
      // "The Office of the Police and Crime Commissioner for Gloucestershire does not use ...".
      'the[ \\t]+office[ \\t]+of[ \\t]+the[ \\t]+(?:[\\w\'’&]+[ \\t]+){1,8}?(?:is|does|did|has|holds|can|cannot|will|would|neither)\\b',
      '(?:[A-Z][\\w\'’]+[ \\t]+){1,6}(?:has|have)[ \\t]+considered[ \\t]+your[ \\t]+request',
      'we[ \\t]+(?:(?:do[ \\t]+not|don[\'’]t)[ \\t]+(?:hold|use|currently|have)|can[ \\t]+confirm|cannot[ \\t]+(?:confirm|provide)|hold|have[ \\t]+no)\\b',
      'no[ \\t]+(?:information|records?|data)[ \\t]+(?:is|are|was|were)[ \\t]+held',
      'there[ \\t]+(?:is|are)[ \\t]+no[ \\t]+(?:information|records?|data)[ \\t]+held',
    ].join('|') +
    ')',
  'i',
);

/** Characters a list marker can begin with (see {@link stripListMarker}), besides letters, digits and whitespace. */
const MARKER_STARTS = '*#>_•·▪◦‣-|(\u017f\u212a';

/**
 * True when `value` opens with an {@link ANSWER_OPENER}, after any list marker. The opener begins with a letter
 * a-z, so a text whose first character is neither that nor the start of a marker is passed over.
 */
export function opensWithAnswer(value: string): boolean {
  if (value.length === 0) return false;
  const code = value.charCodeAt(0);
  const lower = code | 32;
  if (lower >= 97 && lower <= 122) return ANSWER_OPENER.test(stripListMarker(value));
  const marker = (code >= 48 && code <= 57) || isWhitespaceCode(code) || MARKER_STARTS.includes(value[0]);
  return marker && hasLetter(value) && ANSWER_OPENER.test(stripListMarker(value));
}

/** True when `value` holds a letter a-z or A-Z, which every {@link ANSWER_OPENER} begins with. */
function hasLetter(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const lower = value.charCodeAt(i) | 32;
    if (lower >= 97 && lower <= 122) return true;
  }
  return false;
}

/**
 * True when the line is an {@link ANSWER_HEADING}. The heading's first word comes within its first nine characters,
 * and is either the heading's word ("Response", "Reply", "Answer", "Decision") or a word of two to six letters before
 * it ("Our reply"), or a word of up to twelve letters and a slash ("Ymateb / Response"); its last word is one of the
 * {@link HEADING_WORDS} or {@link ANSWERED_WORDS}, a number or a part's label. Only the lines whose two ends read so are run through
 * the expression.
 */
export function isAnswerHeading(line: string): boolean {
  const reach = Math.min(line.length, 9);
  let first = 0;
  while (first < reach && !isHeadingLetter(line.charCodeAt(first))) first++;
  if (first === reach || !endsLikeHeading(line)) return false;
  if (opensHeadingWord(line, first)) return ANSWER_HEADING.test(line);
  let end = first + 1;
  while (end < line.length && isHeadingLetter(line.charCodeAt(end))) end++;
  const wordLength = end - first;
  while (isSpaceOrTabAt(line, end)) end++;
  // "Ymateb / Response": the heading in Welsh, a word of up to twelve letters, and a slash before it.
  if (line.charCodeAt(end) === 47) {
    end++;
    while (isSpaceOrTabAt(line, end)) end++;
    return wordLength >= 2 && wordLength <= 12 && opensHeadingWord(line, end) && ANSWER_HEADING.test(line);
  }
  if (wordLength < 2 || wordLength > 6 || end === first + wordLength) return false;
  return opensHeadingWord(line, end) && ANSWER_HEADING.test(line);
}

/** The last three letters, lower-cased, of the words an {@link ANSWER_HEADING} can end with. */
const HEADING_ENDINGS = new Set(
  [...HEADING_WORDS.flatMap((word) => [word, `${word}s`]), ...ANSWERED_WORDS].map((word) =>
    endingKey(word.charCodeAt(word.length - 3), word.charCodeAt(word.length - 2), word.charCodeAt(word.length - 1)),
  ),
);
/** How far back from the end of a line its last letter or digit is looked for. */
const TAIL_REACH = 16;

/**
 * False when the end of the line rules out an {@link ANSWER_HEADING}: after the heading's last word or number come
 * only spaces and marks, so the line's last letter or digit ends the word or number. Only ASCII is read (the long s
 * and the Kelvin sign fold to letters): a line whose end holds any other character, or whose last letter is not
 * within {@link TAIL_REACH} characters of its end, is left to the expression.
 */
function endsLikeHeading(line: string): boolean {
  const stop = Math.max(0, line.length - TAIL_REACH);
  let last = line.length - 1;
  while (last >= stop && isAsciiMark(line.charCodeAt(last))) last--;
  if (last < stop) return true;
  const code = line.charCodeAt(last);
  if (code >= 128 || isDigitCode(code)) return true;
  // The shortest word a heading can end with, "reply", has five letters.
  if (last < 4) return false;
  const before = line.charCodeAt(last - 1);
  const twoBefore = line.charCodeAt(last - 2);
  return before >= 128 || twoBefore >= 128 || HEADING_ENDINGS.has(endingKey(twoBefore, before, code)) || endsItemLabel(line, last);
}

/** True when the letter at `last` ends a part's label ({@link ITEM_LABEL}): one letter ("part b") or a numeral ("(ii)"). */
function endsItemLabel(line: string, last: number): boolean {
  let first = last;
  while (first > 0 && isAsciiLetter(line.charCodeAt(first - 1))) first--;
  if (first === last) return true;
  if (last - first >= 5) return false;
  for (let k = first; k <= last; k++) if (!isRomanLetter(line.charCodeAt(k))) return false;
  return true;
}

/** Three ASCII characters as one number, letters lower-cased (setting bit 5 changes no other character into one). */
function endingKey(first: number, second: number, third: number): number {
  return ((first | 32) << 16) | ((second | 32) << 8) | (third | 32);
}

/** An ASCII character that is neither a letter nor a digit. */
function isAsciiMark(code: number): boolean {
  return code < 128 && !isAsciiLetter(code) && !isDigitCode(code);
}

/** A letter as the heading expression reads one: a-z, and the long s and Kelvin sign, which fold to "s" and "k". */
function isHeadingLetter(code: number): boolean {
  return isAsciiLetter(code) || code === 0x17f || code === 0x212a;
}

/**
 * True when the first three letters of the heading's word are at `at`: "res", "rep", "ans" or "dec", in any case, an
 * "s" perhaps written as a long s.
 */
function opensHeadingWord(line: string, at: number): boolean {
  if (at + 3 > line.length) return false;
  // Setting bit 5 lower-cases a letter and turns no other character into one.
  const first = line.charCodeAt(at) | 32;
  const second = line.charCodeAt(at + 1) | 32;
  const third = line.charCodeAt(at + 2);
  if (first === 114) return second === 101 && (isLetterS(third) || (third | 32) === 112);
  if (first === 97) return second === 110 && isLetterS(third);
  return first === 100 && second === 101 && (third | 32) === 99;
}

function isLetterS(code: number): boolean {
  return (code | 32) === 115 || code === 0x17f;
}

/** True when the line opens with an {@link ANSWER_LABEL}: after spaces and tabs, only "*", "A", "a", "R" or "r" can. */
export function isAnswerLabel(line: string): boolean {
  const first = firstCodeAfterSpacesAndTabs(line);
  return (first === 42 || first === 65 || first === 97 || first === 82 || first === 114) && ANSWER_LABEL.test(line);
}

/**
 * The code of the line's first character other than a space or tab, or -1 when there is none. It never reads past
 * the end of the line: doing so makes V8 discard the compiled code of the hot caller.
 */
function firstCodeAfterSpacesAndTabs(line: string): number {
  let i = 0;
  while (i < line.length && (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9)) i++;
  return i < line.length ? line.charCodeAt(i) : -1;
}

/**
 * True when the line opens with a {@link QUESTION_LABEL}. Only a line whose first character after spaces and tabs
 * is `Q`, `q` or `*` can, so the others are not run through the expression.
 */
export function isQuestionLabel(line: string): boolean {
  const first = firstCodeAfterSpacesAndTabs(line);
  return (first === 81 || first === 113 || first === 42) && QUESTION_LABEL.test(line);
}

/** True when `value` has a space or tab at `i` (and so is longer than `i`). */
function isSpaceOrTabAt(value: string, i: number): boolean {
  if (i >= value.length) return false;
  const code = value.charCodeAt(i);
  return code === 32 || code === 9;
}

/** A bullet, heading or quote mark, a table cell's bar ("| Drones | Yes |"), or an enumerator, and the space after. */
const LIST_MARKER = /^[\s*#>_•·▪◦‣|-]*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)][ \t]*)?[\s*_]*/iu;

/** Strips a leading bullet, list number or bold marker, so "1) In response to..." reads as its words. */
export function stripListMarker(line: string): string {
  // A line opening with a letter has no marker unless the letter is one ("a.", "b)") or a roman numeral ("iv."):
  // the usual case, answered without the expression.
  if (line.length > 0 && isAsciiLetter(line.charCodeAt(0)) && !opensWithLetterMarker(line)) return line;
  return line.replace(LIST_MARKER, '');
}

/**
 * True when a line opening with a letter a-z or A-Z opens with the marker {@link LIST_MARKER} reads there: that
 * letter, or up to four of "i", "v" and "x", then a full stop or closing parenthesis.
 */
function opensWithLetterMarker(line: string): boolean {
  let roman = 0;
  while (roman < 4 && roman < line.length && isRomanLetter(line.charCodeAt(roman))) roman++;
  return isMarkerEndAt(line, 1) || (roman > 0 && isMarkerEndAt(line, roman));
}

function isMarkerEndAt(line: string, i: number): boolean {
  if (i >= line.length) return false;
  const code = line.charCodeAt(i);
  return code === 46 || code === 41;
}
