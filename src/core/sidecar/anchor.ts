// Anchors: recording a passage of a letter by its words, and finding it again after the letter has been edited
// or re-extracted. Matching runs on folded text (see foldedText.ts), first keeping punctuation, then on letters and
// digits alone; among several matches the one whose surrounding words agree best with the recorded prefix and
// suffix wins, then the one nearest the recorded start.

import * as l10n from '@vscode/l10n';
import type { Span } from '../text';
import type { TextQuoteAnchor } from './format';
import { foldText, type FoldLevel, type FoldedText } from './foldedText';

/** Characters of context recorded on each side of a quote. */
export const ANCHOR_CONTEXT = 32;

/** The fewest letters and digits a quote must keep for the letters-only search to be tried. */
const MIN_LOOSE_QUOTE = 4;

/**
 * The anchor for `text[span]`: the quoted words with up to `context` characters either side and the start offset.
 * Runs of whitespace become single spaces so quotes stay on one line in the sidecar; matching ignores whitespace.
 * @throws RangeError when the span holds nothing but whitespace.
 */
export function createAnchor(text: string, span: Span, context = ANCHOR_CONTEXT): TextQuoteAnchor {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const exact = collapseSpaces(text.slice(start, end));
  if (exact.trim() === '') throw new RangeError(l10n.t('Nothing to quote between offsets {0} and {1}.', start, end));
  // Take a wider raw window than needed, since collapsing whitespace shortens it.
  const prefix = lastCharacters(collapseSpaces(text.slice(Math.max(0, start - context * 4), start)), context);
  const suffix = firstCharacters(collapseSpaces(text.slice(end, end + context * 4)), context);
  return { exact, ...(prefix === '' ? {} : { prefix }), ...(suffix === '' ? {} : { suffix }), start };
}

/** Where `anchor` is in `text` now, or undefined when its words are no longer there. */
export function resolveAnchor(text: string, anchor: TextQuoteAnchor): Span | undefined {
  return new QuoteFinder(text).find(anchor);
}

/** Resolves many anchors in one text, folding the text once per level. */
export class QuoteFinder {
  readonly #text: string;
  readonly #folded = new Map<FoldLevel, FoldedText>();

  constructor(text: string) {
    this.#text = text;
  }

  /** Where `anchor` is in the text, or undefined when its words are no longer there. */
  find(anchor: TextQuoteAnchor): Span | undefined {
    const strict = foldText(anchor.exact, 'typographic').text;
    const found = this.#findAt('typographic', strict, anchor);
    if (found) return found;
    const loose = foldText(anchor.exact, 'letters').text;
    // Letters alone say too little about a short or mostly punctuation quote: "(a)" would match any "a".
    if (loose.length < Math.max(MIN_LOOSE_QUOTE, strict.length / 2)) return undefined;
    return this.#findAt('letters', loose, anchor);
  }

  #findAt(level: FoldLevel, needle: string, anchor: TextQuoteAnchor): Span | undefined {
    if (needle === '') return undefined;
    const hay = this.#fold(level);
    const prefix = anchor.prefix ? foldText(anchor.prefix, level).text : '';
    const suffix = anchor.suffix ? foldText(anchor.suffix, level).text : '';
    let best: { index: number; score: number; distance: number } | undefined;
    for (let index = hay.text.indexOf(needle); index >= 0; index = hay.text.indexOf(needle, index + 1)) {
      const score = agreeingBefore(hay.text, index, prefix) + agreeingAfter(hay.text, index + needle.length, suffix);
      const distance = anchor.start === undefined ? 0 : Math.abs(hay.starts[index] - anchor.start);
      if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { index, score, distance };
    }
    if (!best) return undefined;
    return { start: hay.starts[best.index], end: hay.ends[best.index + needle.length - 1] };
  }

  #fold(level: FoldLevel): FoldedText {
    let folded = this.#folded.get(level);
    if (!folded) {
      folded = foldText(this.#text, level);
      this.#folded.set(level, folded);
    }
    return folded;
  }
}

/** How many characters just before `end` in `text` agree with the end of `prefix`. */
function agreeingBefore(text: string, end: number, prefix: string): number {
  let n = 0;
  while (n < prefix.length && n < end && text[end - 1 - n] === prefix[prefix.length - 1 - n]) n++;
  return n;
}

/** How many characters from `start` in `text` agree with the start of `suffix`. */
function agreeingAfter(text: string, start: number, suffix: string): number {
  let n = 0;
  while (n < suffix.length && start + n < text.length && text[start + n] === suffix[n]) n++;
  return n;
}

function collapseSpaces(text: string): string {
  return text.replace(/\s+/gu, ' ');
}

/** The last `count` characters, without splitting a surrogate pair. */
function lastCharacters(text: string, count: number): string {
  let from = Math.max(0, text.length - count);
  if (from > 0 && isLowSurrogate(text.charCodeAt(from))) from++;
  return text.slice(from);
}

/** The first `count` characters, without splitting a surrogate pair. */
function firstCharacters(text: string, count: number): string {
  let to = Math.min(text.length, count);
  if (to < text.length && isLowSurrogate(text.charCodeAt(to))) to--;
  return text.slice(0, to);
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
