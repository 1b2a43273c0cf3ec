// "The former is used; the latter is not.": answers naming the first or the second of the two tools their question
// names by their place in it. Separate because it reads a question's order, not what the answer says.

import type { Span } from '../../text';

/** "the former" or "the latter" in a sentence's first clause, after any answer's label ("1.", "A2:"). */
const FORMER_OR_LATTER = /^\W*(?:(?:A|Answer|Q)?[ \t]*\d{1,2}[a-z]?[.):][ \t]*)?[^.;:?]{0,80}?\bthe\s+(former|latter)\b/i;

/** How far into a sentence its first clause is looked for. */
const MAX_PAIR_CLAUSE = 120;

/** 0 when the sentence's first clause is about "the former", 1 when about "the latter"; otherwise undefined. */
export function formerOrLatter(text: string, start: number, end: number): number | undefined {
  const match = FORMER_OR_LATTER.exec(text.slice(start, Math.min(end, start + MAX_PAIR_CLAUSE)));
  return match ? (match[1].toLowerCase() === 'former' ? 0 : 1) : undefined;
}

/** "the former" anywhere: most letters have none, and are passed over whole. */
const THE_FORMER = /\bthe\s+former\b/i;
/** "; the latter", ", whereas the latter": where a sentence about the former turns to the latter. */
const TURN_TO_LATTER = /[;,][ \t]*(?:(?:while|whilst|whereas|but|and)[ \t]+)?the[ \t]+latter\b/gi;

/**
 * The sentences, each holding "the former" and then "; the latter" ("The former is used; the latter is not.") split in
 * two at the turn, so that each clause answers its own tool.
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
