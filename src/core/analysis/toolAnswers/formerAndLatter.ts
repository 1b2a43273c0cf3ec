// "The former is used; the latter is not.", "No to the first part, yes to the second.": answers naming the first or
// the second of the two tools their question names by their place in it. Separate because it reads a question's
// order, not what the answer says.

import type { Span } from '../../text';

/** What names one of two parts: "the first part", "the second half", "limb", "element". */
const PART = String.raw`\s+(?:part|half|limb|element)`;
/** A bare answer given to a part by its place: "No to the ...", "Yes for the ...". */
const ANSWER_TO = String.raw`\b(?:yes|no)\s+(?:to|for)\s+the\s+`;
/**
 * The first or second of two: "the former", "the latter", "the first part", and after a bare answer "to the second"
 * ("No to the first part, yes to the second"). Not "the first" alone elsewhere ("for the first time").
 */
const PLACE = String.raw`\bthe\s+(?:(former|first${PART})|latter|second${PART})\b|${ANSWER_TO}(?:(first)|second)\b`;
/** A {@link PLACE} in a sentence's first clause, after any answer's label ("1.", "A2:"). */
const FORMER_OR_LATTER = new RegExp(String.raw`^(\W*(?:(?:A|Answer|Q)?[ \t]*\d{1,2}[a-z]?[.):][ \t]*)?)[^.;:?]{0,80}?(?:${PLACE})`, 'i');

/** How far into a sentence its first clause is looked for. */
const MAX_PAIR_CLAUSE = 120;

/** Which of two a sentence's first clause is about, and its words after any label, which may be a bare answer. */
export interface PlaceInPair {
  /** 0 for the first ("the former"), 1 for the second ("the latter"). */
  readonly place: 0 | 1;
  readonly answerText: string;
}

/** The {@link PlaceInPair} of the sentence from `start` to `end`; undefined when its first clause names neither. */
export function formerOrLatter(text: string, start: number, end: number): PlaceInPair | undefined {
  const match = FORMER_OR_LATTER.exec(text.slice(start, Math.min(end, start + MAX_PAIR_CLAUSE)));
  if (!match) return undefined;
  return { place: match[2] !== undefined || match[3] !== undefined ? 0 : 1, answerText: text.slice(start + match[1].length, end) };
}

/** "the former" or the first part anywhere: most letters have none, and are passed over whole. */
const THE_FORMER = new RegExp(String.raw`\bthe\s+(?:former|first${PART})\b|${ANSWER_TO}first\b`, 'i');
/** "; the latter", ", whereas the latter", ", yes to the second": where a sentence about the first turns to the second. */
const TURN_TO_LATTER = /[;,][ \t]*(?:(?:while|whilst|whereas|but|and)[ \t]+)?(?:(?:yes|no)[ \t]+(?:to|for)[ \t]+)?the[ \t]+(?:latter|second)\b/gi;

/**
 * The sentences, each holding "the former" and then "; the latter" ("The former is used; the latter is not.", "No to
 * the first part, yes to the second.") split in two at the turn, so that each clause answers its own tool.
 */
export function splitAtLatter(text: string, sentences: readonly Span[]): readonly Span[] {
  if (!THE_FORMER.test(text)) return sentences;
  let split: Span[] | undefined;
  for (const [index, sentence] of sentences.entries()) {
    const words = text.slice(sentence.start, sentence.end);
    const former = words.search(THE_FORMER);
    TURN_TO_LATTER.lastIndex = Math.max(0, former);
    const turn = former < 0 ? null : TURN_TO_LATTER.exec(words);
    if (turn === null) {
      split?.push(sentence);
      continue;
    }
    split ??= sentences.slice(0, index);
    const at = sentence.start + turn.index + 1;
    split.push({ start: sentence.start, end: at }, { start: at, end: sentence.end });
  }
  return split ?? sentences;
}
