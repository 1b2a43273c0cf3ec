// Tool names that a PDF's line wrap broke inside a word with a hyphen ("social media moni-" / "toring"). The
// vocabulary's own patterns (and the grammar, which reads a line at a time) see two words there. Where the two halves
// make a word of some synonym, the break is read again in a short window of the text with the hyphen and the line
// break taken out. A letter without such a break costs one search for "-" before a line break.

import { HYPHEN_LINE_BREAK, isAsciiLetter } from '../analysis/lines';
import { overlaps, type Span } from '../text';
import { findToolMentionsInShortText, withMentionsAdded, type ToolMatch, type Vocabulary } from './tools';

/** A hyphen line break (sticky: tried at each hyphen). */
const HYPHEN_BREAK = new RegExp(HYPHEN_LINE_BREAK, 'y');
/** How much of the text on either side of a break is read with it: more than any tool name's length. */
const REACH = 60;

/**
 * `mentions` (from `findToolMentions`) with the names found across hyphenated line breaks added, in text order.
 * A mention inside such a name ("social media" of "social media moni-toring") gives way to it.
 */
export function withBrokenWords(text: string, vocabulary: Vocabulary, mentions: ToolMatch[]): ToolMatch[] {
  return withMentionsAdded(mentions, mentionsAcrossBreaks(text, vocabulary));
}

function mentionsAcrossBreaks(text: string, vocabulary: Vocabulary): ToolMatch[] {
  const found: ToolMatch[] = [];
  for (const { at, after } of hyphenBreaks(text)) {
    // Only a word broken in two: a letter before the hyphen, a lower-case letter after the break.
    if (!isAsciiLetter(text.charCodeAt(at - 1)) || !isLowerCase(text.charCodeAt(after))) continue;
    if (!synonymWords(vocabulary).has(stem(wordBefore(text, at) + wordAfter(text, after)))) continue;
    const start = windowStart(text, at);
    const end = Math.min(text.length, after + REACH);
    const joined = text.slice(start, at) + text.slice(after, end);
    const join = at - start;
    for (const mention of findToolMentionsInShortText(joined, vocabulary)) {
      if (mention.span.start >= join || mention.span.end <= join) continue;
      const span: Span = { start: start + mention.span.start, end: after + (mention.span.end - join) };
      // Windows of breaks close together overlap, and may find one name twice.
      const last = found.length > 0 ? found[found.length - 1] : undefined;
      if (!last || !overlaps(last.span, span)) found.push({ tool: mention.tool, span });
    }
  }
  return found;
}

/**
 * Each hyphen break of the text: where its hyphen is, and where the next line's text starts. Found from the hyphens,
 * which indexOf finds many times faster than a pattern scanning every character.
 */
function* hyphenBreaks(text: string): Generator<{ at: number; after: number }> {
  for (let at = text.indexOf('-'); at !== -1; at = text.indexOf('-', at + 1)) {
    HYPHEN_BREAK.lastIndex = at;
    if (!HYPHEN_BREAK.test(text)) continue;
    const after = HYPHEN_BREAK.lastIndex;
    yield { at, after };
    at = after - 1;
  }
}

const wordsOfVocabulary = new WeakMap<Vocabulary, ReadonlySet<string>>();

/** Every word of the vocabulary's synonyms, lower-cased and without a plural "s". */
function synonymWords(vocabulary: Vocabulary): ReadonlySet<string> {
  let words = wordsOfVocabulary.get(vocabulary);
  if (!words) {
    words = new Set(vocabulary.tools.flatMap((tool) => tool.synonyms.flatMap((synonym) => synonym.split(/[^\p{L}\p{N}]+/u).map(stem))));
    wordsOfVocabulary.set(vocabulary, words);
  }
  return words;
}

/** A word lower-cased, without the "s" that may make it plural. */
function stem(word: string): string {
  const lower = word.toLowerCase();
  return lower.length > 3 && lower.endsWith('s') ? lower.slice(0, -1) : lower;
}

/** The letters just before `at`: the first half of a broken word. */
function wordBefore(text: string, at: number): string {
  let start = at;
  while (start > 0 && at - start < REACH && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return text.slice(start, at);
}

/** The letters from `at` on: the second half of a broken word. */
function wordAfter(text: string, at: number): string {
  let end = at;
  while (end < text.length && end - at < REACH && isAsciiLetter(text.charCodeAt(end))) end++;
  return text.slice(at, end);
}

/** Where the window before a break at `at` starts: after a space or line break, so it never opens inside a word. */
function windowStart(text: string, at: number): number {
  const from = Math.max(0, at - REACH);
  if (from === 0) return 0;
  for (let i = from; i < at; i++) if (isSpace(text.charCodeAt(i))) return i + 1;
  return at;
}

const isLowerCase = (code: number): boolean => code >= 97 && code <= 122;
const isSpace = (code: number): boolean => code === 32 || code === 9 || code === 10 || code === 13;
