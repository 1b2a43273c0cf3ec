// Numbered, lettered and roman labels of questions and answers ("2.", "b)", "(iii)", "Q4 and Q5 -") and their keys.
// Shared by the request's questions, the topic finder and the per-tool passages, which must key a label alike.

import { isRomanLetter } from '../lines';

/**
 * Roman numerals of sub-parts beyond what one letter spells: "(ii)", "iv.". Alone, "i", "v" and "x" read as letters,
 * which keys a part the same way in the request and in the answer.
 */
export const ROMAN = 'ii|iii|iv|vi|vii|viii|ix|xi|xii';

/** A lettered part in brackets straight after a question's number: the "(iii)" of "Q1(iii)", the "(b)" of "2(b)". */
const SUB_PART = String.raw`(?:[ ]?\((${ROMAN}|[a-z])\))?`;

/** The word a further number may repeat: the "A" of "A3 and A4.", the "Question" of "Question 2 and Question 3". */
const LABEL_WORD = String.raw`(?:Q|A|Questions?|Requests?|Answers?)`;

/**
 * Further numbers after a line's first, closed by a mark, a bracket or the line's end: the ", 3 and 5:" of "Items 1, 3
 * and 5:", the " and 7" of "Questions 6 and 7 (hacking and IMSI catchers)", the "/Q3" of "Q2/Q3 – no".
 */
const FURTHER_NUMBERS = String.raw`(?=(?:[ \t]*(?:,|&|\/|and)[ \t]*(?:${LABEL_WORD}[ \t]*)?\d{1,2}){1,8}[ \t]*(?:[.):\-–(]|$))`;

/**
 * A numbered answer line: "1)", "2.", "A3:", "Answer 2 -", "Request 3", "Response to question 4:", "Revised answer to
 * Q1:", "Amended response to question 2:", "Q5  7", "5 and 6.",
 * "Items 1, 3 and 5:", "Qs 2 and 4:", "Q1(iii).", the number cell of a table's row ("4  | No."), or a label and its
 * number alone on the line ("Question 1", "Q2"). A bare number alone is not one: it is as likely a page number; nor
 * one before a dash and a digit, a street's numbers ("2-4 Waterloo Place").
 */
const ANSWER_NUMBER = new RegExp(
  String.raw`^[^\p{L}\p{N}\n]{0,4}(?:(?:Qs?|A|(?:(?:revised|amended)[ \t]+)?(?:Answers?|Response)|Questions?|Requests?|Items?)[ \t]*(?:to[ \t]+(?:question|Q)[ \t]*)?(\d{1,2})${SUB_PART}(?:[ \t]*(?:[.):\-–]|$)|[ \t]+(?=\p{L}|£?\d)|${FURTHER_NUMBERS})|(\d{1,2})${SUB_PART}(?:[ \t]*(?:[.):|]|[\-–](?!\d))|(?<=\))[ \t]+(?=\p{L})|(?=[ \t]*(?:,|&|and)[ \t]*\(?\d{1,2}[.)])|${FURTHER_NUMBERS}))`,
  'iu',
);

/**
 * A lettered question or answer line: "a)", "(b)", "c.", "(iii)", "d):" and then a space or the end of the line; or a
 * letter before a further one, after a comma ("C, D.") or "and" ("D and E. The office holds no information ..."),
 * which closes with a full stop or bracket (see {@link FURTHER_LABEL}).
 */
const LETTER_LABEL = new RegExp(
  String.raw`^[^\p{L}\p{N}\n]{0,4}\(?(${ROMAN}|[a-z])(?:[.)]:?(?=[ \t]|$)|[.)]?(?=,[ \t]*(?:and[ \t]+)?\(?(?:${ROMAN}|[a-z])[.)])|(?=[ \t]+and[ \t]+\(?(?:${ROMAN}|[a-z])[.)](?:[ \t]|$)))`,
  'iu',
);

/**
 * A part numbered in lower-case roman numerals with no mark, set apart by a tab or spaces: "i    ANPR", "iii\tdrones".
 * Not "I  can", a capital.
 */
const BARE_ROMAN = new RegExp(String.raw`^[^\p{L}\p{N}\n]{0,4}(${ROMAN}|i|v|x)(?=(?:[ ]{2,}|\t)[ \t]*\p{L})`, 'u');

/** A question lettered in brackets after "Q": "Q(b) Facial recognition". */
const Q_LETTER = new RegExp(String.raw`^[^\p{L}\p{N}\n]{0,4}Q\((${ROMAN}|[a-z])\)(?:[ \t]*[.:\-–])?(?=[ \t]|$)`, 'iu');

/** A part of the request named as such: "Part (c) - IMSI catchers", "Part 2:", "Part b)". */
const PART_LABEL = new RegExp(
  String.raw`^[^\p{L}\p{N}\n]{0,4}Part[ \t]+\(?(?:(\d{1,2})|(${ROMAN}|[a-z]))(?:[.)]|(?=[ \t]*(?:[-–—:]|$)))`,
  'iu',
);

/** At most this many labels after a line's first are read, so a long run of them costs no more than a short one. */
const MAX_FURTHER_LABELS = 8;

/**
 * A further label after a line's first, answered together with it: the "d)" of "c) and d) ...", the "Q5" of "Q4 and
 * Q5 -", the "3" of a heading "Questions 2 and 3", the "A4" of "A3 and A4.", the "Q1(iv)" of "Q1(iii) and Q1(iv).".
 */
const FURTHER_LABEL = new RegExp(
  String.raw`[ \t]*(?:,[ \t]*(?:and(?=[ \t]))?|&|\/|and)[ \t]*(?:(?:Q[ \t]*)?(\d{1,2})[ ]?\((${ROMAN}|[a-z])\)[.:\-–]?|(?:${LABEL_WORD}[ \t]*(?=\d))?\(?(\d{1,2}|${ROMAN}|[a-z])(?:[.)]|(?<=Q[ \t]*\d{1,2})(?=[ \t]*[-–—:])|(?<=\d)(?=[ \t]*(?:$|[-–—:(]|,|&|and[ \t]))))`,
  'iy',
);

/**
 * The {@link ANSWER_NUMBER} of a line. The number, or the q, a or r of "Q", "A", "Answer", "Response" or "Question"
 * before it, is the line's first letter or digit, within its first five characters; after the q or a comes a space,
 * tab, digit, "t" ("A to question 2") or the "u" or "n" of its word (or the "s" of "Qs"), after the r an "e". A line
 * opening with the word "Part" is read for a {@link PART_LABEL}, one opening "Q(" for a {@link Q_LETTER}, and one
 * opening "Item" for its number. Lines where these are anything else, as read from ASCII characters and the usual
 * bullets, dashes and quotation marks, are not run through the expression.
 */
function answerNumber(lineText: string): FirstLabel | undefined {
  const reach = Math.min(lineText.length, 5);
  for (let i = 0; i < reach; i++) {
    const code = lineText.charCodeAt(i);
    if (code >= 0x80) {
      if (NEITHER_LETTER_NOR_DIGIT.includes(lineText[i])) continue;
      return numbered(lineText);
    }
    if (code >= 48 && code <= 57) return numbered(lineText);
    const lower = code | 32;
    if (lower < 97 || lower > 122) continue;
    if (lower === 112 && PART_WORD.test(lineText.slice(i, i + 5))) return firstLabel(PART_LABEL.exec(lineText), 1, 2);
    if (lower === 113 && lineText.charCodeAt(i + 1) === 40) return firstLabel(Q_LETTER.exec(lineText), 1);
    if (lower === 105 && ITEM_WORD.test(lineText.slice(i, i + 6))) return numbered(lineText);
    const labelLetter = lower === 113 || lower === 97 || lower === 114;
    if (labelLetter && mayContinueLabel(lineText, i + 1, lower)) return numbered(lineText);
    const next = lineText.charCodeAt(i + 1);
    // A one-letter word ("I", "A") is read in case "and" and a further label follow.
    const labelled = next === 41 || next === 46 || next === 44 || next === 32 || (isRomanLetter(lower) && isRomanLetter(next | 32));
    if (!labelled) return undefined;
    return firstLabel(LETTER_LABEL.exec(lineText), 1) ?? firstLabel(BARE_ROMAN.exec(lineText), 1);
  }
  return undefined;
}

/** The first label of a line: its key and where it ends. */
interface FirstLabel {
  readonly key: string;
  readonly end: number;
}

/** The {@link ANSWER_NUMBER} of a line, keyed by its number and any lettered part after it. */
function numbered(lineText: string): FirstLabel | undefined {
  const match = ANSWER_NUMBER.exec(lineText);
  if (match) return { key: keyOf(match[1] ?? match[3], match[2] ?? match[4]), end: match[0].length };
  const part = NUMBER_AND_PART.exec(lineText);
  if (part) return { key: keyOf(part[1], part[2] ?? part[3]), end: part[0].length };
  return firstLabel(LETTERED_PART_ANSWERED.exec(lineText), 1);
}

/** A heading naming the lettered part it answers: "Response to (ii)", "Answer to part b:", "Reply to Q(c)". */
const LETTERED_PART_ANSWERED = new RegExp(
  String.raw`^[^\p{L}\p{N}\n]{0,4}(?:Response|Answer|Reply)[ \t]+to[ \t]+(?:(?:part|question|Q)[ \t]*)?\(?(${ROMAN}|[a-z])(?:[.)]|(?=[ \t]*(?:[:\-–]|$)))`,
  'iu',
);

/**
 * A number and a lettered part with no bracket round the number: "1a  Yes", "Q2b. Not held", "A2b Yes", "3c) 11",
 * and "1  a. Does ...?" in a grid of questions. Only a to h, in lower case, so "4G coverage" and "2m high" are no
 * labels.
 */
const NUMBER_AND_PART = /^[^\p{L}\p{N}\n]{0,4}(?:[QA][ \t]*)?(\d{1,2})(?:([a-h])(?:[.):\-–]|[ \t]|$)|[ \t]+([a-h])[.)](?=[ \t]))/u;

/** A label match keyed by the group `raw` captured, else the group `other`. */
function firstLabel(match: RegExpExecArray | null, raw: number, other = raw): FirstLabel | undefined {
  return match ? { key: labelKey(match[raw] ?? match[other]), end: match[0].length } : undefined;
}

const PART_WORD = /^part[ \t]/i;
const ITEM_WORD = /^items?[ \t]/i;

/**
 * The questions a line opens an answer to (or, in the request, asks), by key: a number without leading zeros
 * ("2") or a lower-case letter ("b"); several for "c) and d)". `end` is where the answer's own words start.
 */
export interface AnswerLabel {
  readonly keys: readonly string[];
  readonly lettered: boolean;
  readonly end: number;
}

export function answerLabel(lineText: string): AnswerLabel | undefined {
  // An indented line ("        c. IMSI catchers" in a quoted request) is labelled as it would be at the margin.
  const indent = INDENT.exec(lineText)![0].length;
  if (indent > 0) {
    const label = labelAtMargin(lineText.slice(indent));
    return label && { ...label, end: label.end + indent };
  }
  return labelAtMargin(lineText);
}

/** A line's indentation: spaces and tabs before its first character. */
const INDENT = /^[ \t]*/;

function labelAtMargin(lineText: string): AnswerLabel | undefined {
  // A range first: its first label may not stand as one alone ("(i)–(iii):", with no space after the bracket). Parts
  // listed after the word for them may go on past it: "Parts (i) to (iii) and (v)".
  const range = labelRange(lineText);
  if (range) {
    const parts = partsNamed(lineText);
    return parts !== undefined && parts.keys.length > range.keys.length ? parts : range;
  }
  const first = answerNumber(lineText);
  if (!first) return partsNamed(lineText);
  const keys = [first.key];
  let end = first.end;
  for (FURTHER_LABEL.lastIndex = end; keys.length <= MAX_FURTHER_LABELS; FURTHER_LABEL.lastIndex = end) {
    const further = FURTHER_LABEL.exec(lineText);
    if (!further) break;
    keys.push(keyOf(further[1] ?? further[3], further[2]));
    end += further[0].length;
  }
  return { keys, lettered: isLetterKey(keys[0]), end };
}

/** A number, roman numeral or letter of {@link PARTS_NAMED}, in brackets or not. */
const NAMED_KEY = String.raw`\(?(?:\d{1,2}|${ROMAN}|[a-z])\)?`;

/**
 * A heading or an answer naming the parts it answers after the word for them, the keys without marks of their own:
 * "Parts i & ii", "Parts iii/iv", "Points 1 to 3 inclusive –", "Points 4 and 5 –", "Parts (i) to (iii) and (v)".
 * The list closes with a mark or the line's end.
 */
const PARTS_NAMED = new RegExp(
  String.raw`^[^\p{L}\p{N}\n]{0,4}(?:Parts?|Points?|Items?|Questions?)[ \t]+(${NAMED_KEY}(?:[ \t]*(?:,|&|\/|and|to|[-–])[ \t]*${NAMED_KEY}){0,8})(?:[ \t]+inclusive)?(?=[ \t]*(?:[.:\-–—]|$))`,
  'iu',
);

/** The parts a line names ({@link PARTS_NAMED}), read as roman numerals where they may be. */
function partsNamed(lineText: string): AnswerLabel | undefined {
  const named = PARTS_NAMED.exec(lineText);
  if (!named) return undefined;
  const { keys } = keysListed(named[1], true);
  return keys.length > 0 ? { keys, lettered: isLetterKey(keys[0]), end: named[0].length } : undefined;
}

/** The lettered part straight after a numbered label on its line: the "(a)" of "1. (a) Yes.", the "a)" of "Q2. a) Does ...". */
export function firstPartAfter(lineText: string, label: AnswerLabel): AnswerLabel | undefined {
  if (label.lettered) return undefined;
  const part = answerLabel(lineText.slice(label.end));
  return part?.lettered ? part : undefined;
}

/**
 * A range of questions answered together: "2 - 7.", "Questions 2 to 7:", "Q2-Q7", "A2-A4", "(2)-(7)", "(b) to (g)",
 * "Response to Q1 - Q5 (same answer for all):".
 * A letter needs its bracket or full stop, so "(a) - I can confirm" is no range; a bare number needs a mark after
 * the range, so "1 - 3 officers" is none either.
 */
const LABEL_RANGE = new RegExp(
  String.raw`^[^\p{L}\p{N}\n]{0,4}(?:(?:(?:revised|amended)[ \t]+)?(?:answers?|responses?)[ \t]+to[ \t]+)?(Q|A|Questions?|Parts?|Requests?|Items?|Points?)?[ \t]*(?:\(?(\d{1,2})\)?|\(?([a-z])[.)])[ \t]*(?:[-–—]|to)[ \t]*(?:[QA][ \t]*)?(?:\(?(\d{1,2})\)?|\(?([a-z])[.)])(?:[ \t]*[.):\-–—]|[ \t]*$|(?=[ \t]+(?:\p{L}|\()))`,
  'iu',
);
const ENDS_IN_WORD = /[\p{L}\p{N}]$/u;
/** The widest range read: wider is more likely a span of years or pages than of questions. */
const MAX_RANGE = 20;

/** Roman numerals in order, as the keys of parts numbered so: "i" is 1. */
const ROMAN_ORDER = ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/**
 * A range of parts numbered in roman numerals, within brackets or not: "(i) to (iii) –", "Parts (ii)-(iv):",
 * "iv - v:", "Parts iii to v".
 */
const ROMAN_RANGE = new RegExp(
  String.raw`^[^\p{L}\p{N}\n]{0,4}(?:(?:Questions?|Parts?|Items?|Points?)[ \t]*)?(?:\((${ROMAN}|[ivx])\)|(${ROMAN}|[ivx])\.?)[ \t]*(?:[-–—]|to)[ \t]*(?:\((${ROMAN}|[ivx])\)|(${ROMAN}|[ivx])\b\.?)(?:[ \t]*[.):\-–—]|[ \t]*$|(?=[ \t]+\p{L}))`,
  'iu',
);

function labelRange(lineText: string): AnswerLabel | undefined {
  const roman = ROMAN_RANGE.exec(lineText);
  if (roman) {
    const from = ROMAN_ORDER.indexOf((roman[1] ?? roman[2]).toLowerCase());
    const to = ROMAN_ORDER.indexOf((roman[3] ?? roman[4]).toLowerCase());
    if (from >= 0 && to > from) return { keys: ROMAN_ORDER.slice(from, to + 1), lettered: true, end: roman[0].length };
  }
  const match = LABEL_RANGE.exec(lineText);
  if (!match) return undefined;
  const [whole, word, fromNumber, fromLetter, toNumber, toLetter] = match;
  // Words straight after a bare range ("1 - 3 officers") are a count, not an answer.
  if (!word && ENDS_IN_WORD.test(whole) && whole.length < lineText.trimEnd().length) return undefined;
  const lettered = fromLetter !== undefined;
  if (lettered !== (toLetter !== undefined)) return undefined;
  const from = lettered ? fromLetter.toLowerCase() : String(Number(fromNumber));
  const to = lettered ? toLetter.toLowerCase() : String(Number(toNumber));
  const span = lettered ? to.charCodeAt(0) - from.charCodeAt(0) : Number(to) - Number(from);
  if (span <= 0 || span > MAX_RANGE) return undefined;
  // Single letters, as in "(b) to (g)": a lettered range is read by its letters, not as roman numerals.
  return { keys: [from, ...keysBetween(from, to, false), to], lettered, end: whole.length };
}

/** The key of a label's number or letter, and of the lettered part after a number: "1", "b", "1iii". */
export function keyOf(raw: string, part: string | undefined): string {
  return part === undefined ? labelKey(raw) : labelKey(raw) + labelKey(part);
}

/** A label's number or letter as a question key: "03" is "3", "B" is "b". */
export function labelKey(raw: string): string {
  return isLetterKey(raw) ? raw.toLowerCase() : String(Number(raw));
}

function isLetterKey(key: string): boolean {
  return key.charCodeAt(0) > 57;
}

/** Characters beyond ASCII that often open a line and are neither letters nor digits: bullets, dashes, quotation marks. */
const NEITHER_LETTER_NOR_DIGIT = '•–—“”‘’\u00a0·▪◦‣…';

/**
 * False when the character at `at` cannot follow a label's first letter (`letter`, lower-cased: q, a or r) in an
 * {@link ANSWER_NUMBER}; true, to be safe, for any character beyond ASCII.
 */
function mayContinueLabel(lineText: string, at: number, letter: number): boolean {
  if (at >= lineText.length) return false;
  const code = lineText.charCodeAt(at);
  if (code >= 0x80) return true;
  const lower = code | 32;
  if (letter === 114) return lower === 101;
  if (code === 32 || code === 9 || (code >= 48 && code <= 57) || lower === 116) return true;
  // The "u" of "Question" or the "s" of "Qs"; the "n" of "Answer" and the "m" of "Amended response".
  return letter === 113 ? lower === 117 || lower === 115 : lower === 110 || lower === 109;
}

/**
 * One number or letter of a list of them, not the letters of the "and", "or" or "to" between them; with "to",
 * "through" or a dash before it when it closes a range ("questions 2 to 4", "parts (b) to (g)").
 */
const LISTED_KEY = new RegExp(String.raw`(?:(to|through|[-–])[ \t]*\(?)?(\d{1,2}|(?<![a-z])(?:${ROMAN}|[a-z])(?![a-z]))`, 'gi');

/** Most questions a listed range is read as: "questions 1 to 99" is no list of questions. */
const MAX_LISTED_RANGE = 26;

/**
 * The keys a list of numbers and letters names ("3, 4 and 5", "(b) to (d)", "i - iii"), ranges read through, and how
 * many it names (a range names two). `roman` says the parts are numbered so, which makes "i to v" a roman range.
 */
export function keysListed(list: string, roman: boolean): { keys: string[]; named: number } {
  const keys: string[] = [];
  let previous: string | undefined;
  let named = 0;
  for (const [, range, raw] of list.matchAll(LISTED_KEY)) {
    named++;
    const key = labelKey(raw);
    if (range !== undefined && previous !== undefined) keys.push(...keysBetween(previous, key, roman));
    keys.push(key);
    previous = key;
  }
  return { keys, named };
}

/**
 * The keys strictly between two of the same kind, numbers, roman numerals or single letters ("3" of "2 to 4", "ii" of
 * "i to iii"); none otherwise.
 */
function keysBetween(from: string, to: string, roman: boolean): string[] {
  const romanFrom = ROMAN_ORDER.indexOf(from);
  const romanTo = ROMAN_ORDER.indexOf(to);
  if (romanFrom >= 0 && romanTo > romanFrom && (roman || from.length > 1 || to.length > 1)) return ROMAN_ORDER.slice(romanFrom + 1, romanTo);
  const numbers = /^\d+$/.test(from) && /^\d+$/.test(to);
  const letters = /^[a-z]$/.test(from) && /^[a-z]$/.test(to);
  if (!numbers && !letters) return [];
  const first = numbers ? Number(from) : from.charCodeAt(0);
  const last = numbers ? Number(to) : to.charCodeAt(0);
  if (last - first > MAX_LISTED_RANGE) return [];
  const between: string[] = [];
  for (let k = first + 1; k < last; k++) between.push(numbers ? String(k) : String.fromCharCode(k));
  return between;
}

/**
 * The first ASCII letter within the first five characters from `start`, lower-cased; '' when there is none: what a
 * label or an answer's first word must open with, tested before the expression reading it.
 */
export function firstLetterAt(text: string, start: number, end: number): string {
  for (let i = start; i < Math.min(end, start + 5); i++) {
    const lower = text.charCodeAt(i) | 32;
    if (lower >= 97 && lower <= 122) return String.fromCharCode(lower);
  }
  return '';
}
