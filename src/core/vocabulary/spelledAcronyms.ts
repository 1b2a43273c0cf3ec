// Acronyms written letter by letter: with a stop after each letter ("A.N.P.R.", "I.M.S.I. catchers", "B.W.V."), as
// some writers and OCR give them, or with a space between capitals ("A N P R"), as PDF extraction gives letter-spaced
// headings. The vocabulary's patterns see single letters there. Where the letters make an acronym of some synonym,
// the name is read again in a short window with the stops and spaces taken out.

import { overlaps, type Span } from '../text';
import { findToolMentionsInShortText, withMentionsAdded, type ToolMatch, type Vocabulary } from './tools';

/**
 * Two to eight capitals each followed by a stop (the last stop optional, a space allowed after each), or three to
 * eight capitals with one space between each, backtracking from a letter or digit after them ("A.N.P.R. Service").
 * No lookbehind and no Unicode classes: with them, V8 ran this pattern some fifty times slower over a letter of
 * megabytes. What is just before a match is checked after it ({@link standsAlone}).
 */
const SPELLED = /(?:[A-Z](?:\.[ ]?[A-Z]){1,7}\.?|[A-Z](?: [A-Z]){2,7})(?![A-Za-z0-9])/g;
/** How much of the text after the letters is read with them: more than any synonym's words after its acronym. */
const REACH = 40;

/**
 * `mentions` (from `findToolMentions`) with the names whose acronym is spelled letter by letter added, in text order.
 * A mention inside such a name gives way to it.
 */
export function withSpelledAcronyms(text: string, vocabulary: Vocabulary, mentions: ToolMatch[]): ToolMatch[] {
  return withMentionsAdded(mentions, mentionsOfSpelledAcronyms(text, vocabulary));
}

function mentionsOfSpelledAcronyms(text: string, vocabulary: Vocabulary): ToolMatch[] {
  const found: ToolMatch[] = [];
  const known = acronymsOf(vocabulary);
  for (const match of text.matchAll(SPELLED)) {
    const letters = match[0].replace(/[. ]/g, '');
    if (!known.has(letters) || !standsAlone(text, match.index, match.index + match[0].length)) continue;
    // The letters closed up, then the words after them, where a synonym may go on ("I.M.S.I. catchers").
    const lettersEnd = match.index + match[0].replace(/ $/, '').length;
    const after = text.slice(lettersEnd, Math.min(text.length, lettersEnd + REACH));
    for (const mention of findToolMentionsInShortText(letters + after, vocabulary)) {
      if (mention.span.start !== 0) continue;
      const end = mention.span.end <= letters.length ? lettersEnd : lettersEnd + (mention.span.end - letters.length);
      const span: Span = { start: match.index, end };
      if (found.length === 0 || !overlaps(found[found.length - 1].span, span)) found.push({ tool: mention.tool, span });
      break;
    }
  }
  return found;
}

/** What may not stand just before spelled letters (a letter, digit or stop), and just after them (a letter or digit). */
const BEFORE_WORD = /[\p{L}\p{N}.]/u;
const AFTER_WORD = /[\p{L}\p{N}]/u;

/** Not inside a word or a longer run of initials ({@link BEFORE_WORD}, {@link AFTER_WORD}). */
function standsAlone(text: string, start: number, end: number): boolean {
  return (start === 0 || !BEFORE_WORD.test(text[start - 1])) && (end === text.length || !AFTER_WORD.test(text[end]));
}

const acronymsOfVocabulary = new WeakMap<Vocabulary, ReadonlySet<string>>();

/** Every word of the vocabulary's synonyms written in two or more capitals: "ANPR", "IMSI", "BWV". */
function acronymsOf(vocabulary: Vocabulary): ReadonlySet<string> {
  let acronyms = acronymsOfVocabulary.get(vocabulary);
  if (!acronyms) {
    const words = vocabulary.tools.flatMap((tool) => tool.synonyms.flatMap((synonym) => synonym.split(/[^\p{L}\p{N}]+/u)));
    acronyms = new Set(words.filter((word) => /^[A-Z]{2,8}$/.test(word)));
    acronymsOfVocabulary.set(vocabulary, acronyms);
  }
  return acronyms;
}
