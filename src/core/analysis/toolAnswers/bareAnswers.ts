// Bare answers: a "Yes" or "No" alone, a table's one-word "Used" or "N", and a "Yes" to a question about a trial.
// Separate because these answers carry no cue phrase, and are found by cheap checks before any pattern runs.

import type { ToolMention } from '../../model';
import type { Span } from '../../text';
import { CROSSES, FORM_BOX, TICKED_FORM_BOX, TICKS } from '../marks';
import { nextQuotedCell } from '../lines';
import { answerLabel, firstLetterAt } from './answerLabels';
import { toolsByPosition } from './positions';
import { EVERY_TOOL, answerToEveryQuestionEnd } from './wording';

/**
 * A bare "Yes" or "No" as the whole answer, or before a stop, dash, bracket, the tab or spaces ending a table's cell or
 * the line break of a table flattened to a cell a line ("No – the force does not ...", "Yes (since 2017)", "Yes\tIssued
 * since 2014", "Yes\n£48,210"); "None" and "Nil" ("Nil return") say no; so does a form's "N" alone, and "Y" yes.
 */
const YES_NO = /^[^\p{L}\p{N}]{0,4}(yes|no|none|nil(?:[ \t]+return)?|not[ \t]+(?:currently|at[ \t]+present|at[ \t]+this[ \t]+time)|[yn](?=[ \t]*\.?[ \t]*$))(?:[^\p{L}\p{N}]*$|[ \t]*[.,;:|–—(\t\r\n-]|[ \t]+(?=(?:to|for)\b)|[ \t]{2,}(?=\S))/iu;

/**
 * True when a sentence opening with "Yes" or "No" answers each of several tools asked about ("Yes to both."), or
 * gives one answer to every question ("the answer to each of your questions is no").
 */
export function answersEveryTool(text: string, start: number, end: number, topic: readonly string[]): boolean {
  if (topic.length <= 1) return false;
  return (mayOpenWithYesOrNo(text, start, end) && EVERY_TOOL.test(text.slice(start, Math.min(end, start + 60)))) || answerToEveryQuestionEnd(text, start, end) !== undefined;
}

/** "No to the rest of your list", "Yes to the others": a yes or no given to every tool not answered so far. */
const YES_NO_TO_THE_REST = /^[^\p{L}\p{N}]{0,4}(?:yes|no)[ \t,]+(?:to|for)[ \t]+(?:all[ \t]+)?(?:the[ \t]+)?(?:rest|others?|remaining)\b/iu;

/** "Everything else - no", "The rest: yes", "All others: No": a label for the tools left unanswered, before its answer. */
const REST_LABEL = /[ \t]*(?:everything|anything|all|the)[ \t]+(?:else|others?|rest|remainder|remaining(?:[ \t]+[a-z]+)?)[ \t]*[-–—:|][ \t]*/iy;

/**
 * True when a sentence opens by saying yes or no to the tools left unanswered ("No to the rest of your list."), or
 * answers under a label for them ("Everything else - no.").
 */
export function answersRemainingTools(text: string, start: number, end: number): boolean {
  if (mayOpenWithYesOrNo(text, start, end)) return YES_NO_TO_THE_REST.test(text.slice(start, Math.min(end, start + 40)));
  return restLabelEnd(text, start, end) !== undefined;
}

/** The code of the character opening the words at `start`, past one space, lower-cased if it is a letter. */
function openingLetter(text: string, start: number): number {
  return text.charCodeAt(start + (text.charCodeAt(start) === 32 ? 1 : 0)) | 32;
}

/** True when a line opens with a {@link REST_LABEL}: it answers no tool named before it, and ends that tool's answer. */
export function opensRestLabel(lineText: string): boolean {
  const words = lineText.trimStart();
  return restLabelEnd(words, 0, words.length) !== undefined;
}

/** Where the words after a {@link REST_LABEL} opening the sentence begin, if one opens it. */
function restLabelEnd(text: string, start: number, end: number): number | undefined {
  // Every such label opens with the "e", "a" or "t" of its first word.
  const first = openingLetter(text, start);
  if (first !== 101 && first !== 97 && first !== 116) return undefined;
  REST_LABEL.lastIndex = start;
  return REST_LABEL.test(text) && REST_LABEL.lastIndex < end ? REST_LABEL.lastIndex : undefined;
}

/**
 * "Yes to body worn video and ANPR", "No – facial recognition and predictive policing": a yes or no given to the tools
 * the sentence goes on to name, or to all but them ("Yes, all except facial recognition", "No, apart from drones").
 */
const YES_NO_TO =
  /^[^\p{L}\p{N}]{0,4}(?:yes|no)(?:[ \t,]+(?:to|for|(?:all[ \t]+(?:of[ \t]+(?:them|these|those)[ \t]+)?)?(?:except|apart[ \t]+from|save|other[ \t]+than))\b|[ \t]*[–—:][ \t]*|[ \t]+-[ \t]+)/iu;

/** True when a sentence naming tools opens by saying yes or no to them ("No to drones."). */
export function answersNamedTools(text: string, start: number, end: number): boolean {
  return mayOpenWithYesOrNo(text, start, end) && YES_NO_TO.test(text.slice(start, Math.min(end, start + 40)));
}

/**
 * A sentence that is only yes or no answers, one for each thing asked in order: "Yes, yes, yes and no respectively.",
 * "Yes / No / No / Yes.".
 */
const ANSWER_SERIES = /^[^\p{L}\p{N}]{0,4}((?:yes|no)(?:[ \t]*(?:[,/;&]|and)[ \t]*(?:and[ \t]+)?(?:yes|no)){1,11})(?:[ \t]+respectively)?[ \t]*[.;]?[ \t]*$/iu;
/** Longest sentence read for an {@link ANSWER_SERIES}, past any answer label. */
const MAX_SERIES = 120;

/** The answers of an {@link ANSWER_SERIES} from `start` (past any answer label) to `end`, in order; undefined if none. */
export function answerSeries(text: string, start: number, end: number): ('yes' | 'no')[] | undefined {
  if (end - start > MAX_SERIES || !mayOpenWithYesOrNo(text, start, end)) return undefined;
  const series = ANSWER_SERIES.exec(text.slice(start, end));
  if (!series) return undefined;
  const answers = series[1].toLowerCase().match(/yes|no/g)!.map((word) => (word === 'yes' ? 'yes' : 'no'));
  // "Yes / No" is a form's choice of two ("Did you find what you were looking for?  Yes / No"), not two answers.
  return answers.length === 2 && series[1].includes('/') ? undefined : answers;
}

/** The yes or no straight after a tool's name in a list of such pairs: " yes", " readers yes", " - no", ": yes". */
const PAIR_ANSWER = /[ \t]*(?:[\p{L}-]+[ \t]+)?(?:[-–:][ \t]*)?(yes|no)\b(?=[ \t]*(?:[,;.]|$|and\b))/iuy;
/** What joins one pair to the next: a comma, a semicolon or "and". */
const BETWEEN_PAIRS = /^[ \t]*(?:[,;]|and)[ \t]*(?:and[ \t]+)?$/i;
/** What may open a sentence of pairs before the first name: a few characters, or words closed by a colon. */
const PAIRS_LEAD = /^(?:[^\n]{0,6}|[^\n]{0,80}:[ \t]*)$/;
/** What may close a sentence of pairs: a stop at most. */
const PAIRS_END = /^[ \t]*[.;]?[ \t]*$/;

/** One tool's yes or no in a sentence of {@link namedAnswerPairs}. */
export interface NamedAnswer {
  readonly tool: string;
  readonly answer: 'yes' | 'no';
  readonly span: Span;
}

/**
 * The yes or no each tool of a sentence is given beside its name, when the sentence is nothing but such pairs: "BWV
 * yes, RPAS yes, ANPR readers yes, LFR no.", "in answer to your questions: drones - yes; ANPR - no"; undefined
 * otherwise.
 * @param mentions the tools named outside the request, from `first`, the first named in the sentence.
 */
export function namedAnswerPairs(text: string, start: number, end: number, mentions: readonly ToolMention[], first: number): NamedAnswer[] | undefined {
  const pairs: NamedAnswer[] = [];
  let from = start;
  for (let m = first; m < mentions.length && mentions[m].span.start < end; m++) {
    const name = mentions[m].span;
    const gap = text.slice(from, name.start);
    if (!(pairs.length === 0 ? PAIRS_LEAD : BETWEEN_PAIRS).test(gap)) return undefined;
    PAIR_ANSWER.lastIndex = name.end;
    const pair = PAIR_ANSWER.exec(text);
    if (!pair || PAIR_ANSWER.lastIndex > end) return undefined;
    pairs.push({ tool: mentions[m].tool, answer: pair[1].toLowerCase() === 'yes' ? 'yes' : 'no', span: { start: name.start, end: PAIR_ANSWER.lastIndex } });
    from = PAIR_ANSWER.lastIndex;
  }
  return pairs.length >= 2 && PAIRS_END.test(text.slice(from, end)) ? pairs : undefined;
}

/** True when a sentence opens by saying yes or no to tools it names by their place in the list ("No to the last."). */
export function answersByPlace(text: string, start: number, end: number, topic: readonly string[]): boolean {
  return answersNamedTools(text, start, end) && toolsByPosition(text.slice(start, end), topic) !== undefined;
}

/** How far into a sentence the first tool's name may begin for {@link answerBesideNames}: past a bullet or a number. */
const NAME_LEAD = 6;

/** What opens the answer in brackets after a tool's name: "ANPR (yes ...". */
const OPEN_BRACKET = /[ \t]*\([ \t]*/y;

/** A form's box, captured. */
const BOX = `(${FORM_BOX})`;
const TICKED_BOX = new RegExp(`^${TICKED_FORM_BOX}$`, 'u');
/** A word a form's box stands for: an answer, or the status itself ("Used", "Not in use"). */
const BOX_WORD = String.raw`(yes|no|trial(?:l?ed)?|pilot(?:ed)?|planned|(?:not[ \t]+)?(?:used|in[ \t]+use))`;
const WORD_THEN_BOX = String.raw`${BOX_WORD}[ \t]*${BOX}`;
const BOX_THEN_WORD = String.raw`${BOX}[ \t]*${BOX_WORD}`;
const BETWEEN_BOXES = String.raw`[ \t,;/|]*`;

/**
 * A form's row of two to four boxes, each with its word before or after it: "Yes [X]   No [ ]", "[ ] Yes  [X] No",
 * "☒ Yes ☐ No", "Yes [ ]  No [ ]  Trial [X]", "þ Used    ¨ Not used". Only the opening of an answer is read.
 */
const TICK_BOXES = new RegExp(
  String.raw`^[ \t]*(?:${WORD_THEN_BOX}(?:${BETWEEN_BOXES}${WORD_THEN_BOX}){1,3}|${BOX_THEN_WORD}(?:${BETWEEN_BOXES}${BOX_THEN_WORD}){1,3})(?![\p{L}\p{N}])`,
  'iu',
);
const EACH_WORD_THEN_BOX = new RegExp(WORD_THEN_BOX, 'giu');
const EACH_BOX_THEN_WORD = new RegExp(BOX_THEN_WORD, 'giu');

/**
 * A form's {@link TICK_BOXES} opening the answer: the answer of its one ticked box, or none when no box or several are
 * ticked, and the row's length. Undefined when the answer opens with no such row. The row is the whole answer: "☐ Yes
 * ☒ No" is no "Yes".
 */
function formRow(answerText: string): { readonly ticked: BareAnswer | undefined; readonly length: number } | undefined {
  const form = TICK_BOXES.exec(answerText);
  if (!form) return undefined;
  const wordFirst = form[1] !== undefined;
  const ticked: string[] = [];
  for (const [, first, second] of form[0].matchAll(wordFirst ? EACH_WORD_THEN_BOX : EACH_BOX_THEN_WORD)) {
    const [word, box] = wordFirst ? [first, second] : [second, first];
    if (TICKED_BOX.test(box)) ticked.push(word.toLowerCase());
  }
  return { ticked: ticked.length === 1 ? boxAnswer(ticked[0]) : undefined, length: form[0].length };
}

/**
 * The length of the form's row opening an answer when it has no box ticked, or several ("☐ Used ☐ Not used"), whose
 * words say nothing; 0 when the answer opens with no such row.
 */
export function unansweredFormRow(answerText: string): number {
  const form = formRow(answerText);
  return form !== undefined && form.ticked === undefined ? form.length : 0;
}

/** The answer a ticked box's {@link BOX_WORD}, lower-cased, gives. */
function boxAnswer(word: string): BareAnswer {
  if (word === 'yes' || word === 'no') return word;
  // "not used", "not in use"
  if (word.startsWith('not')) return 'no';
  return word === 'used' || word.endsWith('use') ? 'yes' : 'trial';
}

/** The most characters a {@link CHECKBOX} and its spaces take before the sentence it opens. */
const BOX_LENGTH = 8;

/** A form's box before the tool's name, ticked ("[x]", "☑", "☒") or not ("[ ]", "☐"). */
const CHECKBOX = new RegExp(String.raw`^[ \t]*${BOX}[ \t]*$`, 'u');

/** "No" opening a sentence, before the tools it denies. */
const NO_BEFORE_NAMES = /^[^\p{L}\p{N}]{0,4}no[ \t]+$/iu;

/** What may stand between and after the names of "No drones or ANPR.". */
const BETWEEN_NAMES = /^(?:[^\p{L}\p{N}]|\b(?:and|or|nor)\b)*$/iu;

/**
 * A bare answer given beside the names of the tools it answers: in brackets after the name opening the sentence
 * ("Facial recognition (none).", "ANPR (yes, fixed and mobile)"), as "No" before names that are all the sentence
 * holds ("No drones."), as a form's box before the name, ticked or not ("[x] Drones", "[ ] ANPR"), in the cell after
 * the name's in a row of quoted cells ("ANPR","Yes"), or as a count of the units held ("DJI Matrice 30T x 4").
 * @param mentions the tools named outside the request, from `first`, the first named in the sentence.
 */
export function answerBesideNames(text: string, start: number, end: number, mentions: readonly ToolMention[], first: number): 'yes' | 'no' | undefined {
  const name = mentions[first].span;
  if (name.start - start > NAME_LEAD) return undefined;
  // The box may stand before the sentence, as a bullet does: it is read from the line's start, at most a box's
  // length before the sentence (searching further back for the line break would cost the whole of a long line).
  const lead = text.slice(Math.max(0, start - BOX_LENGTH), name.start);
  const box = CHECKBOX.exec(lead.slice(lead.lastIndexOf('\n') + 1));
  if (box) return TICKED_BOX.test(box[1]) ? 'yes' : 'no';
  // A CSV row naming the tool in its first quoted cell: the answer opens the next ("Body worn video","Yes","...").
  if (text.charCodeAt(start) === 34 && !text.slice(start + 1, name.start).includes('"')) {
    const closingQuote = text.indexOf('"', name.end);
    if (closingQuote === -1 || closingQuote >= end) return undefined;
    const cellStart = nextQuotedCell(text, closingQuote);
    if (cellStart === -1) return undefined;
    // The cell alone is read, as a note in the cell after it may go on ("Yes","Fixed and mobile").
    const cellEnd = text.indexOf('"', cellStart);
    return bareAnswerAt(text, cellStart, cellEnd === -1 || cellEnd > end ? end : cellEnd);
  }
  const beforeName = text.slice(start, name.start);
  if (!NO_BEFORE_NAMES.test(beforeName)) {
    if (unitsCounted(beforeName, text.slice(name.end, Math.min(end, name.end + COUNT_REACH)))) return 'yes';
    OPEN_BRACKET.lastIndex = name.end;
    if (OPEN_BRACKET.test(text) && OPEN_BRACKET.lastIndex < end) return bareAnswerAt(text, OPEN_BRACKET.lastIndex, end);
    return answerAfterNames(text, end, mentions, first);
  }
  // Every name the sentence holds must be of the run: "No drones or ANPR.", not "No drones, but ANPR is used".
  const names = joinedNames(text, end, mentions, first);
  const nameAfter = names.next < mentions.length && mentions[names.next].span.start < end;
  return !nameAfter && BETWEEN_NAMES.test(text.slice(names.end, end)) ? 'no' : undefined;
}

/**
 * The run of names from mention `first` joined only by "and", "or", "nor" and marks ({@link BETWEEN_NAMES}): where
 * its last name ends, and the mention after it.
 */
function joinedNames(text: string, end: number, mentions: readonly ToolMention[], first: number): { end: number; next: number } {
  let at = mentions[first].span.end;
  let m = first + 1;
  for (; m < mentions.length && mentions[m].span.start < end && BETWEEN_NAMES.test(text.slice(at, mentions[m].span.start)); m++) at = mentions[m].span.end;
  return { end: at, next: m };
}

/**
 * "yes" or "no" typed straight after the names, as a short reply does: "BWV yes.", "BWV and ANPR are both a yes",
 * "Drones - yes, through the joint drone unit".
 */
const ANSWER_AFTER_NAMES = /^(?:[ \t]+|[ \t]*[-–—:][ \t]*)(?:(?:is|are)[ \t]+(?:both[ \t]+|all[ \t]+)?(?:a[ \t]+)?)?(yes|yep|no|nope)\b(?![ \t]*\p{L})/iu;
/** How far past the last name {@link ANSWER_AFTER_NAMES} is read. */
const ANSWER_REACH = 24;

/**
 * The answer typed straight after the names opening a sentence, joined by "and" or commas ({@link ANSWER_AFTER_NAMES}).
 * Every later name in the sentence must have the same answer after it ("BWV yes. drones yes.", which a lower-case
 * word after the stop keeps in one sentence); one without it leaves the sentence to be read otherwise, unless it names
 * again a tool already answered ("Drones - yes, through the joint drone unit").
 */
function answerAfterNames(text: string, end: number, mentions: readonly ToolMention[], first: number): 'yes' | 'no' | undefined {
  let said: 'yes' | 'no' | undefined;
  const answered = new Set<string>();
  for (let m = first; m < mentions.length && mentions[m].span.start < end; ) {
    const names = joinedNames(text, end, mentions, m);
    const tools = mentions.slice(m, names.next).map((mention) => mention.tool);
    m = names.next;
    const answer = ANSWER_AFTER_NAMES.exec(text.slice(names.end, Math.min(end, names.end + ANSWER_REACH)));
    const word = answer ? (answer[1].toLowerCase().startsWith('y') ? 'yes' : 'no') : undefined;
    if (word === undefined && said !== undefined && tools.every((tool) => answered.has(tool))) continue;
    if (word === undefined || (said !== undefined && word !== said)) return undefined;
    said = word;
    for (const tool of tools) answered.add(tool);
  }
  return said;
}

/**
 * A count of units after a product's name and model, in an item of a list of kit: "DJI Matrice 30T x 4", "MSAB Kiosk
 * (x10)", "Reveal Media D5 (approx. 980)". Group 1 or 2 is the count.
 */
const COUNT_AFTER_NAME = /^(?:[ \t]+[\p{L}\p{N}-]{1,12}){0,3}?[ \t]*(?:[x×][ \t]*(\d[\d,]*)(?![\p{L}\p{N}])|\((?:x[ \t]*|approx\.?[ \t]*|approximately[ \t]+|c\.[ \t]*)(\d[\d,]*)(?:[ \t]+\p{L}+)?\))/u;
/** A count of units before the name: "4 x Cellebrite Responder kiosks". */
const COUNT_BEFORE_NAME = /(?:^|[^\p{L}\p{N}])(\d[\d,]*)[ \t]*[x×][ \t]+$/u;
/** How far past a name its {@link COUNT_AFTER_NAME} is read. */
const COUNT_REACH = 48;

/** True when an item names kit held by its count of units above nought, before or after the name. */
function unitsCounted(beforeName: string, afterName: string): boolean {
  const count = COUNT_BEFORE_NAME.exec(beforeName)?.[1] ?? COUNT_AFTER_NAME.exec(afterName)?.slice(1).find((group) => group !== undefined);
  return count !== undefined && Number(count.replace(/,/g, '')) > 0;
}

/** A bare answer: "yes", "no", or a "yes" to a question that asked only about a trial or a plan. */
export type BareAnswer = 'yes' | 'no' | 'trial';

/** A question about a trial or a plan ("Has the force trialled ...?", "Are there plans to use ...?"). */
const TRIAL_QUESTION = /\b(?:trial(?:l?ed|l?ing)?|pilot(?:ed|ted|ing|ting)?|plans?\s+to|planning\s+to|intends?\s+to)\b/i;

/** A question about use as well ("used or trialled", "Do you use ..."): a yes to it says the tool is used. */
const USE_QUESTION = /\b(?:use[sd]?|using)\s+or\b|\bor\s+(?:use[sd]?|using)\b|\b(?:do|does|is|are)\s+(?:\S+\s+){0,3}?(?:use|using)\b/i;

/** Longer than one question: a request region this long lists several, and a bare answer's own is unknown. */
const MAX_SINGLE_QUESTION = 400;

/** The words of a request region that asks one question (one question mark at most, and not too long). */
function oneQuestion(text: string, asked: Span): string | undefined {
  if (asked.end - asked.start > MAX_SINGLE_QUESTION) return undefined;
  const question = text.slice(asked.start, asked.end);
  return question.indexOf('?') === question.lastIndexOf('?') ? question : undefined;
}

/** True when the request region just before a bare "Yes" is one question, about a trial or a plan only. */
export function asksAboutTrialOnly(text: string, asked: Span): boolean {
  const question = oneQuestion(text, asked);
  return question !== undefined && TRIAL_QUESTION.test(question) && !USE_QUESTION.test(question);
}

/**
 * A question about something other than a tool's use: its audit, complaints, an impact assessment published, its
 * suspension, sharing or outsourcing, an enforcement notice ("Has the force's use of facial recognition been
 * audited?", "Is any extraction outsourced?").
 */
const OTHER_THAN_USE_QUESTION =
  /\b(?:audit(?:ed|s)?|complaints?|DPIAs?|impact\s+assessments?|publish(?:ed)?|suspend(?:ed)?|suspension|enforcement\s+notices?|outsourc(?:ed|e|ing)|contracted\s+out|shared\s+with|inspect(?:ed|ion)|oversight|scrutini[sz]ed)\b/i;

/** A question asking directly whether a tool is used: "Does the force use ...", "Do officers wear ...". */
const ASKS_USE = /\b(?:do|does|did|is|are)\s+(?:\S+\s+){0,3}?(?:use|using|deploy|operate|own|have|wear|fly|extract|monitor)\b/i;

/** True when the question a bare answer answers asks about something other than the tool's use. */
export function asksAboutOtherThanUse(text: string, asked: Span): boolean {
  const question = oneQuestion(text, asked);
  return question !== undefined && OTHER_THAN_USE_QUESTION.test(question) && !ASKS_USE.test(question);
}

/**
 * A statement or question put in the negative about use: "Please confirm that the force does not use ...", "Is it
 * true that officers still do not wear ...", "... has never used ...", "Has the force stopped using ...?", "ceased
 * use". A yes to it says the tool is not used.
 */
const NEGATIVE_PUT =
  /\b(?:(?:does|do|did|has|have|is|are)(?:n['’]t|\s+not)\s+(?:(?:currently|still|yet|ever|now|presently)\s+)?|never\s+(?:been\s+)?|no\s+longer\s+|(?:stopped|ceased|discontinued|given\s+up|abandoned)\s+(?:(?:the|its|their)\s+)?)(?:use[sd]?|using|own(?:s|ed)?|operat(?:e|es|ed|ing)|deploy(?:s|ed)?|employ(?:s|ed)?|have|hold|wear|run|trial(?:led)?)\b/i;

/** A condition, not a statement: "If you do not use drones, do you plan to?". */
const CONDITION = /\b(?:if|unless|whether)\b/i;

/** What puts a statement to the authority to answer: a question mark, "Please confirm", "Is it true (or the case)". */
const PUT_TO_ANSWER = /\?|\b(?:confirm|true|correct|right|case|accurate)\b/i;

/**
 * True when the question a bare answer answers is one statement or question, put in the negative in its last
 * sentence: "You say you don't use live facial recognition. Do you use retrospective ...?" asks in the positive.
 */
export function asksNegatively(text: string, asked: Span): boolean {
  if (asked.end - asked.start > MAX_SINGLE_QUESTION) return false;
  const sentences = text.slice(asked.start, asked.end).trimEnd().split(SENTENCE_BREAK);
  // "Has the force stopped using drones? If so, when?": the yes or no answers the question before the follow-up.
  if (sentences.length > 1 && FOLLOW_UP.test(sentences[sentences.length - 1])) sentences.pop();
  if (sentences.filter((sentence) => sentence.includes('?')).length > 1) return false;
  const last = sentences.pop() ?? '';
  return PUT_TO_ANSWER.test(last) && NEGATIVE_PUT.test(last) && !CONDITION.test(last);
}

/** A question going on from the one before it: "If so, when?", "If yes, why?". */
const FOLLOW_UP = /^\W*if\s+(?:so|yes|not|no)\b/i;

/** The space after a sentence's stop. */
const SENTENCE_BREAK = /(?<=[.!?])\s+/;

/**
 * A verdict on a statement put to the authority, opening a sentence: "Correct.", "Confirmed", "Incorrect", "That is
 * correct", "This is not accurate", "Your understanding is correct", "You are right", "That is not the case".
 */
const VERDICT =
  /[^\p{L}\p{N}\n]{0,4}(?:(?:(?:that|this|it)(?:[ \t]+is|['’]s)|you(?:[ \t]+are|['’]re)|your[ \t]+(?:understanding|assumption|presumption|statement|belief)[ \t]+is)[ \t]+(?:(not[ \t]+)?(?:correct|accurate|true|right|the[ \t]+case)|(incorrect|inaccurate|untrue|wrong))|(not[ \t]+)?(?:correct|accurate|confirmed)|(incorrect|inaccurate))\b/iuy;

/** The yes or no a {@link VERDICT} opening the sentence at `start` gives a statement put in the positive. */
export function verdictAt(text: string, start: number, end: number): 'yes' | 'no' | undefined {
  VERDICT.lastIndex = start;
  const verdict = VERDICT.exec(text);
  if (!verdict || VERDICT.lastIndex > end) return undefined;
  return verdict[1] || verdict[2] || verdict[3] || verdict[4] ? 'no' : 'yes';
}

/** A mark between a label and its answer, left before the answer's words: the ":" of "Points 1 to 3: Used". */
const LEAD_MARK = String.raw`(?:[:–—-][ \t]*)?`;

/**
 * A tool's answer that is one word of use, a trial or a plan, as a table or a numbered list gives it: "Used.",
 * "In use -", "Y |", "Live", "Business as usual", "Y    fixed sites", "Operational", "N", "Withdrawn", "Trial.",
 * "Piloted", "Pilot at two stations", "Planned", "Used at selected events", or the year use began ("since 2006", "In
 * use since March 2014"), or a force using it ("Used by Staffordshire Police", "Used by all officers"); not "N/A",
 * nor "Used by the Home Office", nor "live" naming a variant before its answer ("Facial recognition - live .... No").
 */
const TABLE_WORD = new RegExp(
  String.raw`^[ \t]*${LEAD_MARK}(?:(used|in[ \t]+use|y|operational|in[ \t]+service|deployed|live(?=[ \t]*(?:$|[;(|]|\.(?!\.)))|business[ \t]+as[ \t]+usual|BAU)|(n|withdrawn|decommissioned|discontinued)|trial(?:l?ed|l?ing)?|pilot(?:ed|ted|ing|ting)?|planned)(?:[^\p{L}\p{N}]*$|[ \t]*[.,;:|–—(\t-]|[ \t]{2,}(?=\S))|^[ \t]*${LEAD_MARK}(?:trial|pilot)[ \t]+(?:at|in|of|with|from|during|between|ran|began)\b|^[ \t]*${LEAD_MARK}(used)[ \t]+(?:at|on|for|since|across|throughout|during|within|by[ \t]+(?:the[ \t]+|this[ \t]+|all[ \t]+)?(?:[\p{L}'’&-]+[ \t]+){0,3}(?:police|constabulary|force|officers))\b|^[ \t]*${LEAD_MARK}(?:in[ \t]+use[ \t]+)?(since)[ \t]+(?:\p{L}+[ \t]+)?(?:19|20)\d\d\b`,
  'iu',
);

/** The answer a table's one word ({@link TABLE_WORD}) or a cell of only a status phrase ({@link statusCell}) gives. */
export function tableWord(answerText: string): BareAnswer | undefined {
  const word = TABLE_WORD.exec(answerText);
  if (!word) return statusCell(answerText);
  return word[1] !== undefined || word[3] !== undefined || word[4] !== undefined ? 'yes' : word[2] !== undefined ? 'no' : 'trial';
}

/** A year, or a month and year, a status dates from: "since 2019", "from March 2021". */
const SINCE = String.raw`(?:[ \t]+(?:since|from)[ \t]+(?:\p{L}{3,9}[ \t]+)?\d{4})?`;
/** The end of a cell: its border, a bracket, a stop, a dash set off by spaces, wider space, the line's end. */
const CELL_END = String.raw`[ \t]*(?=$|[|(.\t\r\n]|[ \t][–—-][ \t]|[ \t]{2})`;
/** A cell that is the phrase and nothing more, perhaps after the table's border. */
const cell = (phrase: string): RegExp => new RegExp(String.raw`^[ \t|:]*(?:${phrase})${CELL_END}`, 'iu');
/**
 * A cell that is only a status word or phrase, which needs no key: "Active", "Inactive", "LIVE", "RETIRED
 * (31/03/2021)", "Not operational", "Operational since 2019", "Not pursued", "Limited pilot (Reading LPA) ...".
 */
const STATUS_CELLS: readonly [RegExp, BareAnswer][] = [
  [cell(String.raw`(?:inactive|retired|decommissioned|discontinued|withdrawn|ceased|not[ \t]+(?:active|live|operational|in[ \t]+(?:use|service)|used|pursued|adopted|deployed))${SINCE}`), 'no'],
  [cell(String.raw`trial[ \t]+complete[ \t]*[–—-][ \t]*adopted|(?:active|live|operational|in[ \t]+(?:operational[ \t]+)?(?:use|service)|adopted|deployed)${SINCE}`), 'yes'],
  [cell(String.raw`(?:(?:limited|small-scale)[ \t]+)?(?:pilot|trial)|piloting|trialling|under[ \t]+(?:trial|evaluation)|in[ \t]+(?:procurement|trial)|approved[ \t]+for[ \t]+procurement|planned`), 'trial'],
];

/** How much of a row after its status phrase is read for another status: more than a row of a table holds. */
const MAX_ROW_REST = 400;
/** Where a later cell on the line begins: after a border, a tab or wider space. */
const CELL_BREAK = /(?:\||\t|[ ]{2,})[ \t|]*/g;
/**
 * A later cell that gives a status too: "Not used   | Trial. A retrospective ...", a mark ("Facial recognition - live
 * ✗": the phrase was part of the row's name).
 */
const ANOTHER_STATUS = new RegExp(String.raw`^(?:[${TICKS}${CROSSES}]|(?:yes|no|used|not[ \t]+used|trial(?:led)?|ncnd)\b)`, 'iu');
const NCND_WORDS = /\bNCND\b|\bneither[ \t]+confirm/i;

/**
 * The status a cell of only a status phrase gives, unless the line goes on to give another ("Previous position |
 * Current position") or an NCND beside it: then the phrase is one reading of several.
 */
function statusCell(answerText: string): BareAnswer | undefined {
  for (const [pattern, status] of STATUS_CELLS) {
    const phrase = pattern.exec(answerText);
    if (phrase === null) continue;
    // A row is short: reading only so far keeps a long line's many breaks from being read again and again.
    const lineEnd = answerText.indexOf('\n', phrase[0].length);
    const rest = answerText.slice(phrase[0].length, Math.min(lineEnd < 0 ? answerText.length : lineEnd, phrase[0].length + MAX_ROW_REST));
    return NCND_WORDS.test(rest) || laterCellGivesStatus(rest) ? undefined : status;
  }
  return undefined;
}

function laterCellGivesStatus(rest: string): boolean {
  for (const cellBreak of rest.matchAll(CELL_BREAK)) {
    const later = rest.slice(cellBreak.index + cellBreak[0].length);
    if (ANOTHER_STATUS.test(later) || STATUS_CELLS.some(([pattern]) => pattern.test(later))) return true;
  }
  return false;
}

/** The answer a table's word in a row's second cell gives ("Yes - published    Used by NYP officers"), if any. */
export function nextCellWord(answerText: string): BareAnswer | undefined {
  const lineEnd = answerText.indexOf('\n');
  const row = lineEnd < 0 ? answerText : answerText.slice(0, lineEnd);
  const cellBreak = row.matchAll(CELL_BREAK).next().value;
  return cellBreak === undefined ? undefined : tableWord(row.slice(cellBreak.index + cellBreak[0].length));
}

/** A period a figure is given for: "2021", "2020/21", "FY2022-23". */
const PERIOD = String.raw`(?:FY[ \t]*)?(?:19|20)\d\d(?:[/–-](?:19|20)?\d\d)?`;
/** A count, or the pounds of a sum of money. */
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+|\d+)`;

/**
 * A figure that is the whole answer after a label, as a count or a sum of money, perhaps for a period and with up
 * to three words of unit: "12", "£312,000", "1,140 (all frontline officers)", "2020/21 - £148,300", "2021: 340
 * deployments.", "3,100 body worn cameras.", a table's "2      Drone Unit" before its next column. Not a year ("2018
 * trial"), which tells nothing of use by itself.
 */
const FIGURE = new RegExp(
  String.raw`^[ \t]*(?:(${PERIOD})(?:[ \t]*(?:[-–:|]|\t)|[ \t]{2,})[ \t]*)?(£[ \t]*)?${NUMBER}(?:\.\d{1,2})?(?:[ \t]*(?:k|m|million|thousand)\b)?(?:[ \t]+\p{L}+){0,3}?[ \t]*(?:[.;]?[ \t]*$|[.;]?[ \t]+\(|[.;][ \t]+|\t|\||\r?\n|(?<=[ \t]{2})(?=\S))`,
  'iu',
);
/** Each figure of a series given by period: "2015 - 0; 2016 - 340", or a line each. */
const PERIOD_FIGURE = new RegExp(String.raw`${PERIOD}(?:[ \t]*(?:[-–:|]|\t)|[ \t]{2,})[ \t]*£?[ \t]*${NUMBER}`, 'gi');
/** Each further figure of a table's row, in the next columns: "612,400    188,950", "0 | 0 | 0". */
const COLUMN_FIGURE = new RegExp(String.raw`(?:^|[ \t]{2,}|\t|\|)[ \t]*£?[ \t]*${NUMBER}(?:\.\d{1,2})?(?=[ \t]*(?:$|[ \t]{2}|\t|\|))`, 'g');

function firstLine(value: string): string {
  const end = value.indexOf('\n');
  return end < 0 ? value : value.slice(0, end);
}

/** How far a series of figures by period is read. */
const SERIES_REACH = 400;
const YEAR = /^(?:19|20)\d\d$/;

/**
 * The figure a labelled answer gives: "yes" for a count or spend above nought (in any period of a series, or any
 * column of a table's row), which the tool's use stands behind; "no" for a count of nought ("Number of drones: 0").
 * Nought spent may be a year without a bill, and tells nothing.
 */
export function figureAnswer(answerText: string): BareAnswer | undefined {
  const figure = FIGURE.exec(answerText);
  return figure ? answerOfFigure(answerText, figure) : undefined;
}

/** What the {@link FIGURE} opening `answerText` says: see {@link figureAnswer}. */
function answerOfFigure(answerText: string, figure: RegExpExecArray): BareAnswer | undefined {
  const [, period, money, digits] = figure;
  if (money === undefined && YEAR.test(digits)) return undefined;
  const figures =
    period !== undefined
      ? Array.from(answerText.slice(0, SERIES_REACH).matchAll(PERIOD_FIGURE), (each) => each[1])
      : [digits, ...Array.from(firstLine(answerText.slice(figure[0].length, SERIES_REACH)).matchAll(COLUMN_FIGURE), (each) => each[1])];
  if (figures.some((each) => Number(each.replace(/,/g, '')) > 0)) return 'yes';
  return money === undefined ? 'no' : undefined;
}

/**
 * A figure for a period opening a sentence with no label, as a table's row or a list by year gives it under the one
 * tool asked about ("2020 | 4,318", "2021: 340 deployments."): "yes" for a count or spend above nought. A row of
 * nought says nothing here, as the row may count something other than use.
 */
export function periodRowAnswer(text: string, start: number, end: number): 'yes' | undefined {
  let first = start;
  while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9)) first++;
  const code = text.charCodeAt(first);
  // A period opens with "19", "20" or "FY".
  if (code !== 49 && code !== 50 && (code | 32) !== 102) return undefined;
  const row = text.slice(first, end);
  const figure = FIGURE.exec(row);
  return figure?.[1] !== undefined && answerOfFigure(row, figure) === 'yes' ? 'yes' : undefined;
}

/** The figure after an answer's label opening a sentence ("Answer: 3,100 body worn cameras.", "Response: 0"). */
export function labelledFigureAt(text: string, start: number, end: number): BareAnswer | undefined {
  const words = afterAnswerWord(text, start, end);
  return words > start ? figureAnswer(text.slice(words, end)) : undefined;
}

/**
 * The bare answer to a tool's first sub-question, where the answer under a tool's heading is given part by part
 * ("Body worn video" over "1) Yes." / "2) 2015."; "(a) No / (b)-(f) N/A"): the first part asks whether the tool is
 * used. Only a first part ("1", "a", "i", "2a") is read: a later one answers something else.
 */
export function firstPartAnswer(answerText: string): BareAnswer | undefined {
  const lineEnd = answerText.indexOf('\n');
  const label = answerLabel(lineEnd < 0 ? answerText : answerText.slice(0, lineEnd));
  if (!label || !FIRST_PART.test(label.keys[0])) return undefined;
  return bareAnswer(answerText.slice(label.end)) ?? tableWord(answerText.slice(label.end));
}

/** "Both." or "Neither." as the whole answer to a question offering two things ("Do you use kiosks, or send phones away?"). */
const BOTH_OR_NEITHER = /^[ \t]*(?:(both)|neither)(?:[^\p{L}\p{N}]*$|[ \t]*[.;:–—(-])/iu;

/** Yes for a {@link BOTH_OR_NEITHER} "Both", no for "Neither". */
function bothOrNeither(answerText: string): BareAnswer | undefined {
  const word = BOTH_OR_NEITHER.exec(answerText);
  return word ? (word[1] !== undefined ? 'yes' : 'no') : undefined;
}

/** One kind of a tool answered by itself: "Retrospective: yes.", "Mobile: no;", "Operator initiated: no". */
const KIND_ANSWERED = /[ \t]*\p{L}[\p{L}-]{1,20}(?:[ \t]+\p{L}[\p{L}-]{1,20}){0,2}[ \t]*:[ \t]*(yes|no)\b[ \t]*[.;,]?/iuy;
/** What may follow the kinds answered: a cell's bar or the line's end. */
const AFTER_KINDS = /^[ \t]*(?:\||\r?\n|$)/;
/** A kind alone that is used: "Retrospective only (PND)", "Overt only"; not "Trial only" or "Historic only". */
const ONLY_KIND = /^[ \t]*(?!(?:trial\w*|pilot\w*|planned|evaluation|testing|historic\w*|previous\w*|former\w*|past|covert\w*)\b)\p{L}[\p{L}-]{2,20}[ \t]+only\b[ \t]*(?:\([^()\n]{0,40}\))?[ \t]*[.;]?[ \t]*(?:\||$)/iu;

/**
 * The answer for a tool given kind by kind: yes when any kind is used ("Retrospective: yes. Live: no."), no when none
 * is ("Fixed: no. Mobile: no."), yes for one kind alone ("Retrospective only").
 */
function kindsAnswer(answerText: string): BareAnswer | undefined {
  if (ONLY_KIND.test(answerText)) return 'yes';
  KIND_ANSWERED.lastIndex = 0;
  let kinds = 0;
  let used = false;
  let end = 0;
  for (let kind = KIND_ANSWERED.exec(answerText); kind !== null; kind = KIND_ANSWERED.exec(answerText)) {
    kinds++;
    used ||= kind[1].toLowerCase() === 'yes';
    end = KIND_ANSWERED.lastIndex;
  }
  // Two kinds at least, and nothing after them but what AFTER_KINDS allows.
  if (kinds < 2 || !AFTER_KINDS.test(answerText.slice(end))) return undefined;
  return used ? 'yes' : 'no';
}

/** The key of a series' first part: "1", "a", "i", or a number's first lettered part ("2a"). */
const FIRST_PART = /^(?:1|a|i|\d{1,2}a)$/;

/** What the words of an answer after its label say by themselves: a bare yes or no, a table's word or a figure. */
export function labelledAnswer(answerText: string): BareAnswer | undefined {
  const form = formRow(answerText);
  if (form) return form.ticked;
  const answer = yesOrNo(answerText) ?? tableWord(answerText) ?? figureAnswer(answerText) ?? bothOrNeither(answerText) ?? kindsAnswer(answerText);
  if (answer !== undefined) return answer;
  // A bilingual letter gives each answer in both languages: "Ydy / Yes", "Na / No".
  const secondText = secondLanguage(answerText);
  return secondText === undefined ? undefined : (bareAnswer(secondText) ?? tableWord(secondText));
}

/** The answer's words in the second of two languages ("See note A" of "Gweler nodyn A / See note A"), if it has two. */
export function secondLanguage(answerText: string): string | undefined {
  const second = SECOND_LANGUAGE.exec(answerText);
  return second ? answerText.slice(second[0].length) : undefined;
}

/**
 * An answer in one language, then the slash or the tab before the same in another: "Ydy / ", "Nac ydy / ", "Ydy – ym
 * mhob sifft / ", "Ydym<tab>". The slash has a space on either side, or follows a word or two.
 */
const SECOND_LANGUAGE = /^[ \t]*\p{L}{1,8}(?:[ \t]\p{L}{1,8})?(?:[ \t]*\/[ \t]*|\t[ \t]*)|^[ \t]*\p{L}[^/\n]{0,40}?[ \t]\/[ \t]+/u;

/**
 * False when a sentence's own words, from `words` (past any answer label, see {@link afterAnswerWord}), cannot open a
 * bare answer (see {@link buildUnits}): they open with neither "y" nor "n", nor with an elliptical yes's "it", "they"
 * or "we".
 */
export function mayOpenBare(text: string, words: number, end: number): boolean {
  return mayOpenWithYesOrNo(text, words, Math.min(end, words + BARE_ANSWER_REACH)) || mayOpenElliptical(text, words, end);
}

/**
 * The bare "yes" or "no" that is the whole of an answer's words, lower-cased, or the one a form's ticked box gives
 * ({@link formRow}; a ticked trial is read by {@link labelledAnswer}).
 */
export function bareAnswer(answerText: string | undefined): 'yes' | 'no' | undefined {
  if (answerText === undefined) return undefined;
  const form = formRow(answerText);
  if (form) return form.ticked === 'trial' ? undefined : form.ticked;
  return yesOrNo(answerText);
}

/** The {@link YES_NO} opening an answer's words, lower-cased. */
function yesOrNo(answerText: string): 'yes' | 'no' | undefined {
  const bare = mayOpenWithYesOrNo(answerText, 0, answerText.length) ? YES_NO.exec(answerText) : null;
  if (!bare) return undefined;
  const word = bare[1];
  // A form's one-letter answer is a capital: "A: Y", "A: N".
  if (word === 'y' || word === 'n') return undefined;
  return word.toLowerCase() === 'yes' || word === 'Y' ? 'yes' : 'no';
}

/**
 * An answer's label without a number: "Response:", "Answer -", "A:", "A." (under a "Q" line), and "A" set apart by a
 * column's gap ("A   Yes."), not the article of "A trial ...".
 */
const PLAIN_ANSWER_LABEL = /[ \t]*(?:\*\*[ \t]*)?(?:A\.|A(?=[ \t]{2}|\t)|(?:A|[Aa]nswer|ANSWER|[Rr]esponse|RESPONSE)[ \t]*(?:\*\*[ \t]*)?[:\-–])[ \t]*/y;

/**
 * A body's name labelling its own answer in a joint reply: "Suffolk Constabulary:", "Force response:", "OPCC
 * response:". Whose answer it is, the authority's or another force's, is read with the unit's wording.
 */
const BODY_LABEL = /(?:[A-Z][\p{L}'’-]*[ \t]+){0,3}(?:Police(?:[ \t]+Service)?|Constabulary|Force|OPCC|OPFCC|PCC)(?:[ \t]+(?:response|answer|reply))?[ \t]*:[ \t]*/uy;

/**
 * Where the words of a sentence begin, past a {@link PLAIN_ANSWER_LABEL}, {@link REST_LABEL} or {@link BODY_LABEL}
 * opening it. The answer label's word opens with an "a" or "r" after any spaces, tabs and asterisks, a body's name
 * with a capital; most sentences open otherwise, and are not run through them.
 */
export function afterAnswerWord(text: string, start: number, end: number): number {
  let first = start;
  while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9 || text.charCodeAt(first) === 42)) first++;
  const code = text.charCodeAt(first);
  const lower = code | 32;
  const rest = restLabelEnd(text, first, end) ?? answerToEveryQuestionEnd(text, first, end);
  if (rest !== undefined) return rest;
  if (code >= 65 && code <= 90) {
    BODY_LABEL.lastIndex = first;
    if (BODY_LABEL.test(text) && BODY_LABEL.lastIndex < end) return BODY_LABEL.lastIndex;
  }
  if (lower !== 97 && lower !== 114) return start;
  PLAIN_ANSWER_LABEL.lastIndex = start;
  return PLAIN_ANSWER_LABEL.test(text) && PLAIN_ANSWER_LABEL.lastIndex < end ? PLAIN_ANSWER_LABEL.lastIndex : start;
}

/**
 * "The answer to questions 2 to 5 is no", "My answer to items 1 and 3 is yes", "In answer to points 1 to 3, yes": a
 * yes or no for the questions the sentence names, which {@link questionsWithin} reads.
 */
const ANSWER_TO_QUESTIONS =
  /^[^\p{L}\p{N}]{0,4}(?:(?:the|my|our)[ \t]+(?:answer|response|reply)s?[ \t]+to[ \t]+(?:your[ \t]+)?(?:questions?|items?|parts?|points?)[ \t]+[^.;:\n]{1,40}?[ \t](?:is|are|would[ \t]+be)|in[ \t]+(?:answer|response|reply)[ \t]+to[ \t]+(?:your[ \t]+)?(?:questions?|items?|parts?|points?)[ \t]+[^.;:\n]{1,40}?,)[ \t]+["'‘“]?(yes|no)\b/iu;
/** How far into a sentence {@link ANSWER_TO_QUESTIONS} may reach. */
const ANSWER_TO_QUESTIONS_REACH = 100;

/** The yes or no a sentence opening "The answer to questions ... is" gives, if it opens so. */
export function answerToQuestions(text: string, start: number, end: number): 'yes' | 'no' | undefined {
  const first = openingLetter(text, start);
  // Every such sentence opens with the "t" of "The", the "m" of "My", the "o" of "Our" or the "i" of "In".
  if (first !== 116 && first !== 109 && first !== 111 && first !== 105) return undefined;
  const answer = ANSWER_TO_QUESTIONS.exec(text.slice(start, Math.min(end, start + ANSWER_TO_QUESTIONS_REACH)));
  return answer ? (answer[1].toLowerCase() as 'yes' | 'no') : undefined;
}

/** The bare answer opening a sentence at `start`: only its first words are read ("Not at this time."). */
export function bareAnswerAt(text: string, start: number, end: number): 'yes' | 'no' | undefined {
  // A sentence opens at its first letter, after a form's box: "☐ Yes ☒ No" is read with the box before "Yes".
  const box = BOX_BEFORE.exec(text.slice(Math.max(0, start - BOX_LENGTH), start));
  const from = box ? start - box[0].length : start;
  return bareAnswerIn(text, from, Math.min(end, from + BARE_ANSWER_REACH)) ?? ellipticalYes(text, start, end);
}

/**
 * A yes given by the question's own verb, its subject a pronoun: "It is.", "They are, by all frontline officers.", "We
 * do." under "Are body-worn cameras used?". Not "It is not", "It is important that ...", nor "It is, however, exempt".
 */
const ELLIPTICAL_YES =
  /^[^\p{L}\p{N}]{0,4}(?:it|they|we)[ \t]+(?:is|are|does|do|has|have)(?=[ \t]*(?:[.;:–—]|$|,(?![ \t]*(?:however|though|nevertheless|nonetheless|therefore|of[ \t]+course|in[ \t]+fact)\b)))/iu;

/** The {@link ELLIPTICAL_YES} opening the sentence at `start`, if it opens with "it", "they" or "we". */
function ellipticalYes(text: string, start: number, end: number): 'yes' | undefined {
  if (!mayOpenElliptical(text, start, end)) return undefined;
  return ELLIPTICAL_YES.test(text.slice(start, Math.min(end, start + BARE_ANSWER_REACH))) ? 'yes' : undefined;
}

/**
 * False when the first ASCII letter within five characters of `start` is not the "i", "t" or "w" of
 * {@link ELLIPTICAL_YES}.
 */
function mayOpenElliptical(text: string, start: number, end: number): boolean {
  const first = firstLetterAt(text, start, end);
  return first === 'i' || first === 't' || first === 'w';
}

/** A form's box, and the spaces after it, just before a sentence. */
const BOX_BEFORE = new RegExp(`${FORM_BOX}[ \\t]*$`, 'u');

/** Longer than any bare answer {@link YES_NO} reads, with its stop. */
const BARE_ANSWER_REACH = 24;

/** {@link bareAnswer} of the text from `start` to `end`, sliced only when it may be one. */
function bareAnswerIn(text: string, start: number, end: number): 'yes' | 'no' | undefined {
  return mayOpenWithYesOrNo(text, start, end) ? bareAnswer(text.slice(start, end)) : undefined;
}

/**
 * False when {@link YES_NO} cannot match the text from `start` to `end`: its first letter or digit, within the first
 * five characters, is an ASCII one other than "y" or "n", or there is none there. True, to be safe, at any character
 * beyond ASCII or a square bracket, as a form's boxes open with them.
 */
function mayOpenWithYesOrNo(value: string, start: number, end: number): boolean {
  const reach = Math.min(end, start + 5);
  for (let i = start; i < reach; i++) {
    const code = value.charCodeAt(i);
    // Beyond ASCII, or a form's box ("[X] Yes"), read by {@link formRow}.
    if (code >= 0x80 || code === 91) return true;
    const lower = code | 32;
    if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) return lower === 121 || lower === 110;
  }
  return false;
}
