// The request's numbered and lettered questions and their tools, and the answers that name the questions they answer
// ("In relation to question 3", "A2 No."). Separate from the labels themselves (answerLabels.ts), which also serve
// lines that are not questions.

import type { ToolMention } from '../../model';
import type { Span } from '../../text';
import { QUESTION_WORDS } from '../answerLanguage';
import { BULLET_MARKS, contentEnd, lineIndexAt, type Line } from '../lines';
import { isAnsweredRow } from '../request';
import { answerLabel, firstLetterAt, firstPartAfter, keysListed, labelKey, ROMAN } from './answerLabels';
import { addOnce } from './lists';
import { BULLET_REFERENCE, bulletKeys, MAY_NAME_BULLET } from './bulletPlaces';
import { EXCEPTION_WORDS } from './exceptions';
import type { TopicContext } from './topicFinder';

/**
 * Tools named in each numbered or lettered question of the request ("1. Does your force use drones?", "b) ANPR"),
 * by {@link AnswerLabel} key. A lettered item under a numbered question counts for both: "1" and "1b".
 */
export function numberedQuestions(text: string, lines: readonly Line[], request: readonly Span[], mentions: readonly ToolMention[]): Map<string, string[]> {
  const questions = new Map<string, string[]>();
  let mentionIndex = 0;
  for (const region of request) {
    const first = lineIndexAt(lines, region.start);
    let number = numberAbove(lines, first);
    let lettered: string | undefined;
    for (let i = first; i < lines.length && lines[i].start < region.end; i++) {
      const line = lines[i];
      const label = answerLabel(line.text);
      if (label?.lettered) lettered = (number ?? '') + label.keys[0];
      else if (label) {
        // "Q2. a) Does the force use drones?": the number's first part on its line.
        const part = firstPartAfter(line.text, label);
        [number, lettered] = [label.keys[0], part ? label.keys[0] + part.keys[0] : undefined];
      }
      while (mentionIndex < mentions.length && mentions[mentionIndex].span.start < line.start) mentionIndex++;
      for (let m = mentionIndex; m < mentions.length && mentions[m].span.start < Math.min(line.end, region.end); m++) {
        if (!mentions[m].inRequest) continue;
        for (const key of [number, lettered]) {
          if (key === undefined) continue;
          addTool(questions, key, mentions[m].tool);
        }
      }
    }
  }
  // Labels inside a line say more than the line's own label: "1. Does ... video? 2. Does ... drones?". One alone
  // counts where no line opens with it: "You asked: 1. Does the force use drones?".
  const inline = inlineQuestions(text, request, mentions);
  for (const [key, tools] of inline) if (inline.size > 1 || !questions.has(key)) questions.set(key, tools);
  for (const [key, tools] of formRows(text, lines, mentions)) if (!questions.has(key)) questions.set(key, tools);
  keyLettersAlone(questions);
  // An unnumbered list is keyed by place, as answers name its bullets ("Bullet two", "the fifth bullet point") or
  // number them for the requester ("we have numbered your questions 1 to 5").
  if (questions.size === 0) keyBulletsByPlace(lines, request, mentions, questions);
  return questions;
}

/** A bullet opening a line of the request: "- drones", "• body worn video". */
const BULLET_LINE = new RegExp(String.raw`^[ \t]*[${BULLET_MARKS}][ \t]+\S`, 'u');
/** A further bullet inside a line: "• drones  • ANPR". */
const INNER_BULLET = /[ \t][•·▪◦‣][ \t]/u;

/**
 * Keys each bullet of the request by its place, "1" for the first: the tools named from its line to the next bullet
 * or blank line, and in the bullets set in below it. Not where a line holds several bullets, whose places the lines do
 * not tell.
 */
function keyBulletsByPlace(lines: readonly Line[], request: readonly Span[], mentions: readonly ToolMention[], questions: Map<string, string[]>): void {
  const bullets = new Map<string, string[]>();
  let place = 0;
  let m = 0;
  let indent: number | undefined;
  for (const region of request) {
    let key: string | undefined;
    for (let i = lineIndexAt(lines, region.start); i < lines.length && lines[i].start < region.end; i++) {
      const line = lines[i];
      if (BULLET_LINE.test(line.text)) {
        if (INNER_BULLET.test(line.text)) return;
        // A bullet set in further than the list's first is a part of the bullet above it.
        indent ??= line.indent;
        if (line.indent <= indent || key === undefined) key = String(++place);
      } else if (line.blank) key = undefined;
      while (m < mentions.length && mentions[m].span.start < line.start) m++;
      if (key === undefined) continue;
      for (let n = m; n < mentions.length && mentions[n].span.start < Math.min(line.end, region.end); n++) {
        if (mentions[n].inRequest) addTool(bullets, key, mentions[n].tool);
      }
    }
  }
  for (const [key, tools] of bullets) questions.set(key, tools);
}

/**
 * Keys each lettered item under a numbered question by its letter alone too ("1c" as "c"), as answers name it ("item
 * c"), where no other question has an item of that letter.
 */
function keyLettersAlone(questions: Map<string, string[]>): void {
  const alone = new Map<string, string[] | null>();
  for (const [key, tools] of questions) {
    const letter = NUMBERED_ITEM.exec(key)?.[1];
    if (letter !== undefined && !questions.has(letter)) alone.set(letter, alone.has(letter) ? null : tools);
  }
  for (const [letter, tools] of alone) if (tools) questions.set(letter, tools);
}

/** A lettered item's key under a numbered question: "1c", "12b". */
const NUMBERED_ITEM = /^\d+([a-z])$/;

/** Space or tabs alone, between a label and the tool's name after it. */
const ONLY_SPACE = /^[ \t]*$/;

/**
 * A form's rows the authority filled in ({@link isAnsweredRow}), each opening with a label and a tool's name: they
 * number its questions ("h) Equipment interference / hacking ...... See note", over "Note: ... questions (h) and
 * (i)"). They key only what the request itself leaves unnumbered.
 */
function formRows(text: string, lines: readonly Line[], mentions: readonly ToolMention[]): Map<string, string[]> {
  const rows = new Map<string, string[]>();
  let index = 0;
  for (const mention of mentions) {
    if (mention.inRequest) continue;
    while (index + 1 < lines.length && lines[index + 1].start <= mention.span.start) index++;
    const line = lines[index];
    // Every label opens within a line's first few characters: most mentions are further in, and passed over.
    if (mention.span.start - line.start > MAX_ROW_LABEL) continue;
    const label = answerLabel(line.text);
    if (label?.keys.length === 1 && ONLY_SPACE.test(text.slice(line.start + label.end, mention.span.start)) && isAnsweredRow(line.text)) {
      addTool(rows, label.keys[0], mention.tool);
    }
  }
  return rows;
}

/** Furthest a form row's tool name starts from its line's start, past its label ("  (iii) ", "Q12. "). */
const MAX_ROW_LABEL = 12;

/**
 * The number of a bare question label just above a request region's first line ("Question 4" over "(i) Does the
 * force use IMSI catchers?"), which numbers the region's questions.
 */
function numberAbove(lines: readonly Line[], first: number): string | undefined {
  let above = first - 1;
  while (above >= 0 && lines[above].blank) above--;
  if (above < 0 || first - above > 2) return undefined;
  const label = answerLabel(lines[above].text);
  return label && !label.lettered && label.end >= contentEnd(lines[above].text) ? label.keys[0] : undefined;
}

/** Adds `tool` to the tools of question `key`, once. */
function addTool(questions: Map<string, string[]>, key: string, tool: string): void {
  const tools = questions.get(key);
  if (!tools) questions.set(key, [tool]);
  else addOnce(tools, tool);
}

/** A label inside a line of the request: "(c) IMSI catchers; (d) hacking", "... video? 2. Does ...", "Q2 Does ...". */
const INLINE_LABEL = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\((${ROMAN}|[a-z]|\d{1,2})\)|Q(\d{1,2})[.:)]?|(\d{1,2})[.)])[ \t]`, 'giu');

/**
 * A bare letter's label inside a line of the request, after a space: "a) Does ...? b) Does ...?". Apart from
 * {@link INLINE_LABEL}, since an expression that may open at any letter is tried at every one: a tenth of the analysis.
 */
const INLINE_LETTER_LABEL = new RegExp(String.raw`(?:^|[ \t])(${ROMAN}|[a-z])\)[ \t]`, 'gi');

/**
 * The questions of a request written on one line, labelled "(a) ... (b) ..." or "1. ... 2. ...": each label's tools
 * are those named up to the next label.
 */
function inlineQuestions(text: string, request: readonly Span[], mentions: readonly ToolMention[]): Map<string, string[]> {
  const questions = new Map<string, string[]>();
  let m = 0;
  for (const region of request) {
    const words = text.slice(region.start, region.end);
    const labels = [...words.matchAll(INLINE_LABEL)].map((label) => ({ index: label.index, raw: label[1] ?? label[2] ?? label[3] }));
    if (words.includes(')')) {
      for (const label of words.matchAll(INLINE_LETTER_LABEL)) labels.push({ index: label.index, raw: label[1] });
      labels.sort((a, b) => a.index - b.index);
    }
    for (let k = 0; k < labels.length; k++) {
      const from = region.start + labels[k].index;
      const to = k + 1 < labels.length ? region.start + labels[k + 1].index : region.end;
      const key = labelKey(labels[k].raw);
      while (m < mentions.length && mentions[m].span.start < from) m++;
      for (let n = m; n < mentions.length && mentions[n].span.start < to; n++) {
        if (!mentions[n].inRequest) continue;
        addTool(questions, key, mentions[n].tool);
      }
    }
  }
  return questions;
}

/**
 * The opening of a question put in the letter, after any number or question label: "5. Does the force carry out
 * hacking?", "Q2 Which of these tools ...?".
 */
export const QUESTION_OPENING = new RegExp(
  String.raw`^[^\p{L}]{0,12}(?:(?:Q|Question)[ \t]*\d{0,2}[a-z]?[ \t]*[.:)\-–]?[ \t]*)?(?:${QUESTION_WORDS}|please)\b`,
  'iu',
);

/**
 * True when the sentence is a question: the requester's words quoted where no request was found, or a question set
 * over its answer. It asks, so it answers nothing ("Does the force carry out hacking?" says nothing of its use).
 */
export function isQuestion(text: string, start: number, end: number): boolean {
  const last = contentEnd(text, start, end);
  return text.charCodeAt(last - 1) === 63 && QUESTION_OPENING.test(text.slice(start, Math.min(last, start + 40)));
}

/**
 * The words that may lead into the questions an answer names: "In relation to", "In respect of", "Regarding", "As
 * for".
 */
const ABOUT = String.raw`(?:in[ \t]+(?:relation|response|regard|respect|answer|reply)[ \t]+to|in[ \t]+respect[ \t]+of|with[ \t]+(?:regard|respect)[ \t]+to|regarding|as[ \t]+(?:for|to)|for)`;
/** Roman numerals without brackets, two or more: "i - iii", "iv and v". Alone, "i" or "v" is a word or a letter. */
const ROMAN_LIST = String.raw`(?:${ROMAN}|i|v)[ \t]*(?:[-–,&]|to|and)[ \t]*(?:${ROMAN}|i|v|x)\b`;

/**
 * An answer opening with the questions it answers: "In relation to question 3", "Questions 4 and 5:", "Items 1, 2
 * and 5 -", "For part (b)", and bracketed keys after those words alone: "In relation to (b), (c) and (d),". At most
 * nine numbers or letters are read.
 */
const QUESTION_REFERENCE = new RegExp(
  String.raw`[^\p{L}\p{N}]{0,4}(?:(?:${ABOUT}[ \t]+)?(?:(?:questions?|parts?|items?|points?)[ \t]+${keyList('[ \t]')}(?:[ \t]+inclusive\b)?|${BULLET_REFERENCE})|${ABOUT}[ \t]+(?=\(|${ROMAN_LIST})${keyList('[ \t]')})`,
  'iuy',
);

/**
 * A list of at most nine numbers or letters of questions ("3, 4 and 5", "(a), (b) and (c)", "2 to 4", "i - iii"), as
 * group 1, with `space` between its words.
 */
function keyList(space: string): string {
  const key = String.raw`\(?(?:\d{1,2}|${ROMAN}|[a-z])\)?`;
  // A dash with spaces round it only before a number, a bracket or a roman numeral: "Question 4 - I can confirm" names
  // no question "i".
  const spacedDash = String.raw`${space}+[-–]${space}+(?=\d|\(|(?:${ROMAN})(?![\p{L}]))`;
  return String.raw`(${key}(?:(?:${space}*(?:,|&|and|or|to|through)${space}*|[-–]|${spacedDash})${key}){0,8})(?![\p{L}\p{N}])`;
}

/**
 * The first letters of the words a {@link QUESTION_REFERENCE} opens with: in, with, regarding, as, for, question ...
 * and those naming a bullet: bullet, the, your, our, second ...
 */
const REFERENCE_OPENING = new Set('iwrafqpbtyosenl');

/**
 * The tools of the numbered or lettered questions a sentence says it answers, when it opens by naming them, with the
 * words after the names as the answer's own ("Part 2: Yes.", "Questions 4 and 5 - No.").
 * @param read what each list of numbers and letters ("1 and 2") read as, kept for the sentences after: a letter
 * answering several questions tends to name the same ones again and again.
 */
export function referredQuestions(
  text: string,
  start: number,
  end: number,
  questions: ReadonlyMap<string, readonly string[]>,
  read: Map<string, NamedQuestions | undefined>,
): TopicContext | undefined {
  if (questions.size === 0 || !REFERENCE_OPENING.has(firstLetterAt(text, start, end))) return undefined;
  QUESTION_REFERENCE.lastIndex = start;
  const reference = QUESTION_REFERENCE.exec(text);
  if (!reference || QUESTION_REFERENCE.lastIndex > end) return undefined;
  const keys = reference[1] ?? reference[6] ?? bulletKeys(reference[2], reference[3], reference[4], reference[5], bulletCount(questions));
  const referenceEnd = QUESTION_REFERENCE.lastIndex;
  // "In respect of items 3 and 4, and of any covert use of the technology in item 5, ...": more named after "and".
  JOINED_REFERENCE.lastIndex = referenceEnd;
  const joined = keys === undefined ? null : JOINED_REFERENCE.exec(text);
  const allKeys = joined !== null && JOINED_REFERENCE.lastIndex <= end ? `${keys}, ${joined[1]}` : keys;
  const context = allKeys === undefined ? undefined : namedQuestions(allKeys, questions, read);
  return context && { ...context, answerText: text.slice(referenceEnd, end) };
}

/** Further questions joined on to those a sentence opens by naming: ", and of any covert use of ... in item 5". */
const JOINED_REFERENCE = new RegExp(
  String.raw`[ \t]*,?[ \t]*(?:and|&|as[ \t]+well[ \t]+as)[ \t]+[^.;:,\n]{0,60}?\b(?:questions?|parts?|items?|points?)[ \t]+${keyList('[ \t]')}`,
  'iuy',
);

/**
 * Questions named inside a sentence rather than opening it: "... any information relevant to questions 3, 4 and 5",
 * "does not hold the information you have asked for in parts (a), (b) and (c) of your request", "All remaining points
 * – (i), (ii) and (v) – are in use".
 */
const QUESTIONS_WITHIN = new RegExp(String.raw`\b(?:questions?|parts?|items?|points?)\s+(?:[-–—]\s+)?${keyList('\\s')}`, 'giu');

/** The word {@link QUESTIONS_WITHIN} opens with: a cheaper test (without `u`) passes most sentences over. */
const QUESTION_WORD = /\b(?:question|part|item|point)s?\s/i;

/**
 * Questions named inside a sentence by their labels: "... in relation to Q3 and Q4, by virtue of ...", "Q2-Q5". Not
 * another answer pointed to: "As per Q2 - no such technology is in use", "As with Q2, ...".
 */
const LABELS_WITHIN = /(?<!\b(?:[Aa]s|[Pp]er|[Ww]ith|than|[Ll]ike)[ \t]+)\bQ[ \t]?\d{1,2}(?:[ \t]*(?:,|&|and|or|to|[-–])[ \t]*Q[ \t]?\d{1,2}){0,8}(?![\p{L}\p{N}])/gu;

/** Bullets named by place inside a sentence: "In respect of the first three bullet points, ...". */
const BULLETS_WITHIN = new RegExp(String.raw`\b${BULLET_REFERENCE}`, 'giu');

/** How many bullets or questions the request has: its highest number. */
function bulletCount(questions: ReadonlyMap<string, readonly string[]>): number {
  let count = 0;
  for (const key of questions.keys()) if (/^\d+$/.test(key)) count = Math.max(count, Number(key));
  return count;
}

/** Longest sentence read for {@link QUESTIONS_WITHIN}. */
const MAX_WITHIN = 600;

/**
 * The tools of the numbered or lettered questions a sentence names inside it ({@link QUESTIONS_WITHIN}), for a sentence
 * that names no tool: its statement is about those questions.
 */
export function questionsWithin(
  text: string,
  start: number,
  end: number,
  questions: ReadonlyMap<string, readonly string[]>,
  read: Map<string, NamedQuestions | undefined>,
): TopicContext | undefined {
  if (questions.size === 0 || end - start > MAX_WITHIN) return undefined;
  const sentence = text.slice(start, end);
  // Every list the sentence names: "relevant to item c, item d, or any covert element of item g".
  const keys = [
    ...(QUESTION_WORD.test(sentence) ? Array.from(sentence.matchAll(QUESTIONS_WITHIN), (reference) => reference[1]) : []),
    ...(sentence.includes('Q') ? Array.from(sentence.matchAll(LABELS_WITHIN), ([labels]) => labels.replace(/Q[ \t]?/g, '')) : []),
    ...(MAY_NAME_BULLET.test(sentence) ? Array.from(sentence.matchAll(BULLETS_WITHIN), (reference) => bulletKeys(reference[1], reference[2], reference[3], reference[4], bulletCount(questions)) ?? '') : []),
  ]
    .filter((list) => list !== '')
    .join(', ');
  const context = keys ? namedQuestions(keys, questions, read) : sentence.includes('(') ? subPartsWithin(sentence, questions) : undefined;
  return context && { ...context, answerText: undefined };
}

/**
 * One yes or no of several given to numbered questions in one sentence: "Yes to (a), (b) and (d); no to (c).", "The
 * answer to questions 1-3 is yes; to 4-7 is no.", a recap's "answered "Yes" to question 1". Group 1 or 4 is the answer,
 * group 2 or 3 the numbers. Not a condition of the request's: "If yes to 4, how many ...?", "If the answer to 2 is no".
 */
const KEYED_ANSWER = new RegExp(
  String.raw`(?<!\bif[ \t]{1,3}["“‘']?)["“‘']?\b(yes|no)\b["”’']?[ \t]+(?:to|for)[ \t]+(?:(?:questions?|items?|parts?|points?)[ \t]+)?${keyList('[ \t]')}|` +
    String.raw`(?:^|[;,][ \t]*|\b(?<!\bif[ \t]{1,3}the[ \t]{1,3})(?:answers?|responses?|repl(?:y|ies))[ \t]+)(?:and[ \t]+|but[ \t]+)?(?:to|for)[ \t]+(?:your[ \t]+)?(?:(?:questions?|items?|parts?|points?)[ \t]+)?${keyList('[ \t]')}[ \t]+(?:is|are|it[ \t]+is)[ \t]+["“‘']?(yes|no)\b`,
  'giu',
);

/** What every {@link KEYED_ANSWER} holds: "yes to", "no for", "is yes", "are no". */
const MAY_BE_KEYED = /\b(?:(?:yes|no)["”’']?\s+(?:to|for)|(?:is|are)\s+["“‘']?(?:yes|no))\b/i;

/** Longest sentence read for {@link KEYED_ANSWER}s. */
const MAX_KEYED = 300;

/** A yes or no for the tools of the questions named beside it, and where it is said. */
export interface KeyedAnswer {
  readonly span: Span;
  readonly topic: NamedQuestions;
  readonly answer: 'yes' | 'no';
}

/**
 * The yes or no answers a sentence naming no tool gives numbered questions by their numbers ({@link KEYED_ANSWER}),
 * when it gives more than one, or gives one after its "Yes to"; undefined when it gives none so.
 */
export function keyedAnswers(
  text: string,
  start: number,
  end: number,
  questions: ReadonlyMap<string, readonly string[]>,
  read: Map<string, NamedQuestions | undefined>,
): KeyedAnswer[] | undefined {
  if (questions.size === 0 || end - start > MAX_KEYED) return undefined;
  const sentence = text.slice(start, end);
  // Most sentences hold neither "yes to" nor "is no": a cheap test passes them over before the long expression.
  if (!MAY_BE_KEYED.test(sentence)) return undefined;
  const found: KeyedAnswer[] = [];
  let yesFirst = false;
  for (const match of sentence.matchAll(KEYED_ANSWER)) {
    const topic = namedQuestions(match[2] ?? match[3], questions, read);
    if (!topic) return undefined;
    yesFirst ||= match[1] !== undefined;
    // The evidence opens at the answer's first word, not at the ";" before it.
    const from = start + match.index + match[0].search(/[\p{L}\p{N}(]/u);
    found.push({ span: { start: from, end: start + match.index + match[0].length }, topic, answer: (match[1] ?? match[4]).toLowerCase() as 'yes' | 'no' });
  }
  return found.length > 1 || (found.length === 1 && yesFirst) ? found : undefined;
}

/** Questions set apart by their numbers: "Excluding question 3", "bar questions 2 and 5", "Save for Q6". */
const QUESTIONS_SET_APART = new RegExp(
  String.raw`\b${EXCEPTION_WORDS}\s+(?:for\s+)?(?:(?:your\s+)?(?:questions?|parts?|items?|points?)\s+|Q[ \t]*)${keyList('[ \t]')}`,
  'iu',
);

/** A digit or an opening bracket, one of which every question set apart by its number or letter has. */
const NUMBER_OR_BRACKET = /[\d(]/;

/** Longest sentence read for {@link QUESTIONS_SET_APART}. */
const MAX_SET_APART = 400;

/**
 * The questions a sentence sets apart by their numbers from what it says of the rest ("the answer to each of your
 * questions is no, bar questions 2 and 5"), if it sets any apart.
 */
export function questionsSetApart(
  text: string,
  start: number,
  end: number,
  questions: ReadonlyMap<string, readonly string[]>,
  read: Map<string, NamedQuestions | undefined>,
): NamedQuestions | undefined {
  if (questions.size === 0 || end - start > MAX_SET_APART) return undefined;
  const sentence = text.slice(start, end);
  // A question is set apart by a number, or a letter in brackets; most sentences hold neither, and are passed over.
  if (!NUMBER_OR_BRACKET.test(sentence)) return undefined;
  const setApart = QUESTIONS_SET_APART.exec(sentence);
  return setApart ? namedQuestions(setApart[1], questions, read) : undefined;
}

/** A lettered part of a numbered question, named without a word before it: the "1(c)" of "In respect of 1(c), 1(d)". */
const SUB_PART_REFERENCE = new RegExp(String.raw`(?<![\p{L}\p{N}.(])(\d{1,2})\((${ROMAN}|[a-z])\)`, 'giu');

/**
 * The tools of the lettered parts of numbered questions a sentence names anywhere in it ("... of 1(c), 1(d) and the
 * covert part of 1(g)"): only parts the request lettered under its numbers, so "section 40(a)" names none.
 */
function subPartsWithin(sentence: string, questions: ReadonlyMap<string, readonly string[]>): NamedQuestions | undefined {
  const parts = Array.from(sentence.matchAll(SUB_PART_REFERENCE), ([, number, part]) => labelKey(number) + labelKey(part)).filter((key) =>
    questions.has(key),
  );
  return topicOfKeys(parts, parts.length, questions);
}

/** The topic of the questions an answer names, before the words of the answer after them are known. */
export type NamedQuestions = Omit<TopicContext, 'answerText'>;

/** What a list of numbers and letters names ({@link questionsContext}), read once a letter. */
function namedQuestions(keys: string, questions: ReadonlyMap<string, readonly string[]>, read: Map<string, NamedQuestions | undefined>): NamedQuestions | undefined {
  if (!read.has(keys)) read.set(keys, questionsContext(keys, questions));
  return read.get(keys);
}

/** The tools of the questions a list of numbers and letters names, as a topic; undefined when it names none. */
function questionsContext(keys: string, questions: ReadonlyMap<string, readonly string[]>): NamedQuestions | undefined {
  const { keys: read, named } = keysListed(keys, questions.has('ii'));
  return topicOfKeys(read, named, questions);
}

/**
 * The tools of the questions `keys` name, in order, as a topic; undefined when they have none. `named` is how many
 * questions the letter names (a range, "2 to 4", names two): several, and a bare answer answers each.
 */
function topicOfKeys(keys: readonly string[], named: number, questions: ReadonlyMap<string, readonly string[]>): NamedQuestions | undefined {
  const tools: string[] = [];
  for (const key of keys) for (const tool of questions.get(key) ?? []) addOnce(tools, tool);
  return tools.length > 0 ? { topic: tools, question: true, severalQuestions: named > 1 } : undefined;
}

/** An answer's label and number opening a sentence within a line: the "A2" of "A1 Yes. A2 No.". */
const INLINE_ANSWER_LABEL = /(?:A|Answer|Response)[ \t]*(?:to[ \t]+question[ \t]*)?(\d{1,2})(?:[ \t]*[.):\-–])?[ \t]+/y;

/**
 * The tools of the question a sentence answers when it opens with a numbered answer label in the middle of a line,
 * after another answer ("A1 Yes. A2 No."); labels opening a line are read with the line's topic.
 */
export function inlineAnswer(text: string, start: number, end: number, questions: ReadonlyMap<string, readonly string[]>): TopicContext | undefined {
  if (questions.size === 0 || opensLine(text, start)) return undefined;
  const opening = firstLetterAt(text, start, end);
  if (opening !== 'a' && opening !== 'r') return undefined;
  INLINE_ANSWER_LABEL.lastIndex = start;
  const label = INLINE_ANSWER_LABEL.exec(text);
  if (!label || INLINE_ANSWER_LABEL.lastIndex >= end) return undefined;
  const tools = questions.get(labelKey(label[1]));
  return tools ? { topic: tools, question: true, answerText: text.slice(INLINE_ANSWER_LABEL.lastIndex, end) } : undefined;
}

/** True when only spaces or tabs stand between `start` and the beginning of its line. */
function opensLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

