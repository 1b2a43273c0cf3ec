// Answers that only point to another ("As above.", "See our response to question 1.", "See exemptions below."),
// and the signals they borrow once every unit is read. Separate because they are resolved after everything else.

import type { Span } from '../../text';
import { DITTO_MARK, NOTE_MARK, NUMBER_MARK, SYMBOL_MARK } from '../marks';
import { keyOf, labelKey, ROMAN } from './answerLabels';
import { CONFIDENCE, WHOLE_REQUEST_STATUSES, type PendingBlanket, type Signal } from './signal';

/** An answer that only points to another: "As above.", "As (iii) above.", "Please see our response to question 2." */
export interface BackReference {
  /** The tools of the question it answers. */
  readonly topic: readonly string[];
  /** The numbers or letters of the questions it points to; empty for the answer just above; {@link FORWARD}. */
  readonly keys: string;
  readonly span: Span;
}

/** The marks a note's own mark may not stand beside in a pointer to it: "*" is not the "*" of "**". */
const MARK_GLYPHS = String.raw`[*†‡§]`;

/** A question's label pointed to: "3", "(iii)", "b", or a number with its part: "5a", "2(b)". */
const REFERENCE_LABEL = String.raw`\(?(?:\d{1,2}(?:[a-z]|\([a-z]\))?(?![\p{L}\p{N}])|${ROMAN}|[a-z])\)?`;

/** What a pointer calls the question it points to: "question 2", "Request 1", "part (b)", "Q3". */
const QUESTION_WORD = String.raw`(?:question|request|part|point|item|Q)`;

/** The rest of a range or pair pointed to, after its first label: the " - Q3" of "As per Q1 - Q3". */
const FURTHER_REFERENCE = String.raw`(?:[ \t]*(?:[-–]|to|and|&)[ \t]*(?:Q[ \t]*)?${REFERENCE_LABEL}(?![\p{L}\p{N}]))?`;

/**
 * A sentence that is nothing but a pointer to another answer, after any label of its own: "As above.", "As (iii)
 * above.", "(c) See our response to (b).", "See note A", "Please refer to the answer given at question 2.", "Same
 * as Q1.", "As per A2.", "As per Q1 - Q3.", "The same response applies.", "See the response to (c) above, which
 * applies equally to this part". The numbers and letters pointed to are captured (of a range, the first).
 */
const BACK_REFERENCE = new RegExp(
  String.raw`[^\p{L}\p{N}]{0,4}(?:(?:${REFERENCE_LABEL}[.)]|(?:A|Answer|Response)[ \t]*(?:\d{0,2}[ \t]*[.:)\-–]|\d{1,2}[ \t]+)|Q[ \t]*\d{1,2}[ \t]*[.:)\-–]?)[ \t]*)?(?:please[ \t]+)?(?:` +
    [
      String.raw`(?:see|refer[ \t]+to)[ \t]+(?:(?:the|our|my)[ \t]+)?(?:(?:answer|response|reply)[ \t]+(?:(?:given[ \t]+)?(?:to|for|at|in)[ \t]+)?(?:${QUESTION_WORD}[ \t]*)?|(?:${QUESTION_WORD}|A(?=[ \t]*\d))[ \t]*)(${REFERENCE_LABEL})${FURTHER_REFERENCE}(?:[ \t]+(?:above|below))?`,
      String.raw`(?:see[ \t]+)?as[ \t]+(?:(${REFERENCE_LABEL})[ \t]+)?above(?:[ \t]+(?:in[ \t]+relation[ \t]+to|for)[ \t]+(?:question|part|Q)[ \t]*(${REFERENCE_LABEL}))?`,
      String.raw`(?:see[ \t]+)?(?:(?:the|our|my)[ \t]+)?(?:answer|response|reply)[ \t]+above`,
      // "Same as Q1", "As per question 2", "As Request 2", "As per A2", "As A1", "As with Question 1", "As per
      // questions 1 to 3".
      String.raw`(?:same[ \t]+(?:answer[ \t]+|response[ \t]+)?as|as[ \t]+(?:per|with)|as(?=[ \t]+(?:question|request|part|Q|A\d)))[ \t]+(?:above|(?:(?:for|to)[ \t]+)?(?:questions?|requests?|parts?|points?|items?|Q|A)[ \t]*(${REFERENCE_LABEL})${FURTHER_REFERENCE})`,
      // The answer just above, again: "The same response applies.", "Same answer.", "Ditto", a ditto mark or "do.",
      // with any columns after it in a table's row ("ANPR    "    2008").
      String.raw`(?:the[ \t]+)?same[ \t]+(?:response|answer|reply)(?:[ \t]+(?:applies|is[ \t]+given)(?:[ \t]+(?:here|again))?)?|(?:ditto|do\.|${DITTO_MARK})(?:(?:[ \t]{2,}|\t)[^\n|]{0,80})?`,
      // Forward: "See exemptions below.", "Please see the explanation below."
      String.raw`see[ \t]+(?:(?:the|our)[ \t]+)?(?:(?:exemptions?|sections?|explanation|reasons?|paragraphs?|notes?|details|response|refusal)[ \t]+)?(below)`,
      // A table's cell sending the reader to a note under it: "Note 1", "See note A", "See Note 2 below".
      String.raw`(?:see[ \t]+)?note[ \t]*(\d{1,2}|[A-Z])(?:[ \t]+below)?`,
      // A cell holding only a note's mark: "*", "**", "†", "³", "(2)", "[1]".
      String.raw`(${NOTE_MARK})`,
      // "Our response to 5a applies equally to 5b.", "The answer to question 2 also applies here."
      String.raw`(?:(?:the|our|my)[ \t]+)?(?:answer|response|reply)[ \t]+(?:given[ \t]+)?(?:to|for|at)[ \t]+(?:${QUESTION_WORD}[ \t]*)?(${REFERENCE_LABEL})(?:[ \t]+above)?[ \t]+(?:also[ \t]+|equally[ \t]+)?applies(?:[ \t]+(?:also|equally))?(?:[ \t]+(?:to|here|for)\b[^.;\n]{0,40})?`,
    ].join('|') +
    // ", which applies equally to this part of your request", ", which also applies here".
    // A table's row closes with a bar.
    String.raw`)(?:[ \t]*,?[ \t]+which[ \t]+(?:also[ \t]+|equally[ \t]+)?applies[^.;\n]{0,50})?[ \t]*[.;]?[ \t]*\|?[ \t]*$`,
  'iuy',
);

/** Pointers read per letter, which has a few: each reads every signal, so a text of thousands stays linear. */
export const MAX_BACK_REFERENCES = 64;

/** Longest sentence read as a pointer to another answer. */
export const MAX_BACK_REFERENCE = 120;

/**
 * The numbers or letters an answer that only points to another names ("" for "As above.", {@link FORWARD} for "See
 * exemptions below."), if it is one.
 */
export function backReference(words: string): string | undefined {
  if (words.length > MAX_BACK_REFERENCE) return undefined;
  BACK_REFERENCE.lastIndex = 0;
  const pointer = BACK_REFERENCE.exec(words.trim());
  if (!pointer) return undefined;
  if (pointer[5] !== undefined) return FORWARD;
  if (pointer[6] !== undefined) return `${FORWARD}${pointer[6]}`;
  if (pointer[7] !== undefined) return `${FORWARD}${pointer[7]}`;
  return (pointer[1] ?? pointer[2] ?? pointer[3] ?? pointer[4] ?? pointer[8] ?? '').replace(/[()]/g, '');
}

/**
 * A sentence giving the answer just above to every question left: "The same answer applies to your remaining
 * questions.", "This response applies equally to the rest of your request.", "The above also applies to the other
 * parts of your request."
 */
const SAME_FOR_REST = new RegExp(
  String.raw`^[^\p{L}]{0,4}(?:the[ \t]+same|the[ \t]+above|this|that|my|our)(?:[ \t]+(?:answer|response|reply|position))?[ \t]+(?:also[ \t]+|equally[ \t]+)?applies[ \t]+(?:equally[ \t]+|also[ \t]+)?to[ \t]+` +
    String.raw`(?:(?:all[ \t]+)?(?:of[ \t]+)?(?:your|the)[ \t]+(?:(?:remaining|other)[ \t]+(?:questions|parts|points|items)|rest[ \t]+of[ \t]+your[ \t]+(?:request|questions))|(?:all[ \t]+)?(?:the[ \t]+)?(?:remaining|other)[ \t]+(?:questions|parts|points|items))` +
    String.raw`(?:[ \t]+(?:of|in)[ \t]+your[ \t]+request)?[ \t]*[.;]?[ \t]*$`,
  'iu',
);

/** The keys of a pointer giving the answer just above to every question left ({@link SAME_FOR_REST}). */
export const REST = '*';

/** True when the sentence gives the answer just above to every question left: a pointer keyed {@link REST}. */
export function pointsToRest(words: string): boolean {
  return words.length <= MAX_BACK_REFERENCE && SAME_FOR_REST.test(words.trim());
}

/**
 * The keys of a pointer to what the letter says below ("See exemptions below"), before the name of the note it points
 * to, if any ("See note A").
 */
const FORWARD = '>';

/** Furthest below its pointer a note is looked for. */
const NOTE_REACH = 4_000;

/**
 * Where the line of the note a pointer names begins below it: its label ("Note A", "Note 1:") closing a line or
 * before a colon or dash, not another pointer to it ("See note A").
 */
function noteStart(text: string, from: number, name: string): number | undefined {
  const label = /^[\p{L}\p{N}]+$/u.test(name)
    ? new RegExp(String.raw`(?<!\bsee[ \t]+)\bnote[ \t]*${name}\b[ \t]*(?:[:.–—-]|\r?$)`, 'im')
    : new RegExp(String.raw`^[ \t]*${escapeMark(name)}(?!${MARK_GLYPHS})`, 'mu');
  const found = label.exec(text.slice(from, from + NOTE_REACH));
  // From the start of its line: the note's answer may sit beside the label in another language.
  return found ? text.lastIndexOf('\n', from + found.index) + 1 : undefined;
}

/**
 * The signals a pointer gives `targets`, the tools of its question that have none of their own: those of the
 * questions it names, or, for "As above", those of the last answer before it about other tools. Each is read after
 * every unit, so a pointer may follow answers that blankets gave.
 */
export function referredSignals(
  text: string,
  reference: BackReference,
  targets: readonly string[],
  signals: readonly Signal[],
  blankets: readonly PendingBlanket[],
  questions: ReadonlyMap<string, readonly string[]>,
): Signal[] {
  if (reference.keys.startsWith(FORWARD)) {
    // What is said below of a set of tools, naming them or not: an NCND, a refusal, not held or a referral; under
    // the note the pointer names, when it names one.
    const noteName = reference.keys.slice(FORWARD.length);
    const note = noteName === '' ? reference.span.start : noteStart(text, reference.span.end, noteName);
    if (note === undefined) return [];
    const later = [...signals, ...blankets].filter((s) => s.unit.start >= note && s.unit.start > reference.span.start && WHOLE_REQUEST_STATUSES.has(s.status));
    const first = Math.min(...later.map((s) => s.unit.start));
    return later
      .filter((s) => s.unit.start === first)
      .flatMap(({ status, sections, partial }) =>
        targets.map((tool) => ({ tool, status, sections, partial, confidence: CONFIDENCE.anaphora, unit: reference.span, specific: true })),
      );
  }
  // A question's number the request does not give ("As (iii) above" below items set out one by one) points, as "As
  // above" does, to the answer just before.
  const pointed = reference.keys !== '' && reference.keys !== REST ? questions.get(pointedKey(reference.keys)) : undefined;
  let sources: Signal[];
  if (pointed !== undefined) {
    // The question pointed to may come below: "Q3 Please see our response to Q6 below."
    const answered = (s: Signal): boolean => pointed.includes(s.tool) && !reference.topic.includes(s.tool);
    sources = signals.filter((s) => s.unit.start !== reference.span.start && answered(s));
  } else {
    // The answer just above given to the questions left: the tools answered there are not among them.
    const earlier = signals.filter((s) => s.unit.start < reference.span.start && (reference.keys === REST || !reference.topic.includes(s.tool)));
    const last = Math.max(...earlier.map((s) => s.unit.start));
    sources = earlier.filter((s) => s.unit.start === last);
  }
  return targets.flatMap((tool) => sources.map((s) => ({ ...s, tool, confidence: CONFIDENCE.anaphora, unit: reference.span })));
}

/** The question key of a label pointed to: "03" is "3", "B" is "b", "5a" is "5a". */
function pointedKey(label: string): string {
  const part = /^(\d{1,2})([a-z])$/i.exec(label);
  return part ? keyOf(part[1], part[2]) : labelKey(label);
}

/** A note's label opening what it says: "Note 2:", "Note B –", "NOTE 1." */
const NOTE_LABEL = /^[^\p{L}\p{N}]{0,4}note[ \t]*(\d{1,2}|[A-Z])[ \t]*[:.–—-]/iu;
/**
 * A note's mark opening what it says: "* Overt use only ...", "*This answer ...", "(2) The NCA ...", "[1] ..."; not
 * the stars round words in bold ("*Social media intelligence* - ...").
 */
const MARKED_NOTE = new RegExp(String.raw`^[ \t]*(?:(${SYMBOL_MARK})(?=[ \t\p{L}])(?![^*\n]*\*)|(${NUMBER_MARK})[ \t])`, 'u');

/** True when a line opens a note, with its label ("Note 2:") or mark ("* Overt use only"). */
export function opensNote(line: string): boolean {
  return NOTE_LABEL.test(line) || MARKED_NOTE.test(line);
}

/**
 * What points to the note a unit opens, elsewhere than at a line's start: "note 2" for "Note 2:"; the mark itself
 * for a note opening with one ("Facial recognition   Y*" for "* Overt use only").
 */
function pointerTo(words: string): RegExp | undefined {
  const label = NOTE_LABEL.exec(words);
  if (label) return new RegExp(String.raw`(?<!^[ \t]*)\bnote[ \t]*${label[1]}(?![\p{L}\p{N}])`, 'gimu');
  const found = MARKED_NOTE.exec(words);
  if (!found) return undefined;
  const mark = found[1] ?? found[2];
  return new RegExp(String.raw`(?<!^[ \t]*)(?<!${MARK_GLYPHS})${escapeMark(mark)}(?!${MARK_GLYPHS})`, 'gmu');
}

/** A mark as a pattern matching it. */
function escapeMark(mark: string): string {
  return mark.replace(/[*()[\]]/g, (c) => `\\${c}`);
}

/**
 * The tools whose answers point to the note a unit opens ("SOCMINT | Overt research only. See note 2 in respect of
 * covert activity." above "Note 2: ... neither confirms nor denies ... covert online activity"): what the note says
 * is theirs, not every tool of the table above it. Undefined when the unit opens no note, or no answer points to it.
 */
export function toolsPointingToNote(text: string, unit: Span, words: string, signals: readonly Signal[]): string[] | undefined {
  const pointer = pointerTo(words);
  if (!pointer) return undefined;
  const from = Math.max(0, unit.start - NOTE_REACH);
  const tools: string[] = [];
  for (const { index } of text.slice(from, unit.start).matchAll(pointer)) {
    const at = from + index;
    for (const s of signals) if (s.unit.start <= at && at < s.unit.end && !tools.includes(s.tool)) tools.push(s.tool);
  }
  return tools.length > 0 ? tools : undefined;
}
