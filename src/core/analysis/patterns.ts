// Helpers shared by the recognisers of statements: find phrase matches, keep one per sentence, and read the
// sentence around a match. The recognisers' phrase lists are matched together in one pass over the words of the
// letter (see phraseScan.ts) and matches are mapped to sentences by binary search, so cost stays linear in the
// letter plus a logarithm per match.

import type { Citation } from '../model';
import { partitionPoint, spanIndexAt } from '../sorted';
import type { Span } from '../text';
import { matchEach } from './phraseScan';

/** Whitespace inside a phrase, which in PDF text may include a line break. */
export const GAP = '[\\s\\u00a0]{1,6}';
/** Optional whitespace, as inside "Section 1 (1)(a)" or "Prejudice (Harm) test". */
export const OPTIONAL_GAP = '[\\s\\u00a0]{0,3}';

/** A sentence in which a recogniser found its phrase. */
export interface SentenceHit {
  /** Index into the sentences, or -1 when the match fell outside every sentence. */
  readonly index: number;
  /** The sentence, or the match itself when it fell outside every sentence. */
  readonly span: Span;
  /** The matched phrase. */
  readonly match: Span;
}

/**
 * Runs each expression over the text and returns, in text order, the first accepted match of each sentence.
 * Later matches in a sentence already hit are skipped without calling `accept`, which keeps the cost of a long
 * sentence full of matches linear.
 * @param patterns expressions with the `g` flag, in a constant array (see {@link matchEach}).
 * @param accept decides whether a match counts; by default every match does.
 */
export function hitsBySentence(
  text: string,
  sentences: readonly Span[],
  patterns: readonly RegExp[],
  accept: (match: RegExpExecArray, sentence: Span, index: number) => boolean = () => true,
): SentenceHit[] {
  const hits = new Map<number, SentenceHit>();
  const outside: SentenceHit[] = [];
  for (const matches of matchEach(text, patterns)) {
    for (const match of matches) {
      const start = match.index;
      const index = spanIndexAt(sentences, start);
      if (index >= 0 && hits.has(index)) continue;
      const span = index >= 0 ? sentences[index] : { start, end: start + match[0].length };
      if (!accept(match, span, index)) continue;
      const hit = { index, span, match: { start, end: start + match[0].length } };
      if (index >= 0) hits.set(index, hit);
      else outside.push(hit);
    }
  }
  return [...hits.values(), ...outside].sort((a, b) => a.span.start - b.span.start);
}

/** The text of a span. */
export function textOf(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The part of the sentence before the match, at most `limit` characters of it. */
export function leadIn(text: string, sentence: Span, matchStart: number, limit = 120): string {
  return text.slice(Math.max(sentence.start, matchStart - limit), matchStart);
}

/** The citations inside a span, by binary search over citations in text order. */
export function citationsIn(citations: readonly Citation[], span: Span): readonly Citation[] {
  const low = partitionPoint(citations.length, (i) => citations[i].span.start < span.start);
  let end = low;
  while (end < citations.length && citations[end].span.start < span.end) end++;
  return citations.slice(low, end);
}
