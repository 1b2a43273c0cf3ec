// Builds the large alternations of cue phrases so V8 tests each opening letter once. Separate from the phrases
// themselves: this is about how a pattern source is split and regrouped, not about what a letter says.

import { forEachOutside, groupEnd } from '../patternSource';
import { groupBy } from './lists';

/**
 * A pattern matching any of `branches`, each a word boundary (`\b`) and then a word, or a group of words ("(?:is|are)
 * not"), opening what follows. The branches are gathered by their first letter, so that V8's engine tests the
 * boundary once at each place, and then only the branches opening with the letter there rather than every branch:
 * several times faster on prose. The matches are the same: at any place only the branches opening with its letter
 * can match, and those are tried in their order.
 */
export function anyOf(branches: readonly string[]): RegExp {
  const openings = branches.flatMap(alternativesOf).flatMap((branch) => {
    if (!branch.startsWith(String.raw`\b`)) throw new Error(`A branch opening without \b: ${branch}`);
    return byFirstLetter(branch.slice(2));
  });
  const groups = [...groupBy(openings, ([letter]) => letter)].map(
    ([letter, same]) => `${letter}(?:${same.map(([, rest]) => rest).join('|')})`,
  );
  return new RegExp(String.raw`\b(?:${groups.join('|')})`, 'i');
}

/**
 * A pattern source opening with a word or a group of words, as pairs of a lower-case first letter and what follows
 * it: "(?:is|are|do)\s+not" gives i "(?:s)\s+not", a "(?:re)\s+not" and d "(?:o)\s+not". Several words with one first
 * letter stay together, in their order.
 */
function byFirstLetter(source: string): [string, string][] {
  if (isLetter(source[0])) return [[source[0].toLowerCase(), source.slice(1)]];
  const close = source.startsWith('(?:') ? groupEnd(source, 0) - 1 : -1;
  const words = close < 0 ? [] : alternativesOf(source.slice(3, close));
  const after = source.slice(close + 1);
  if (words.length === 0 || !words.every((word) => isLetter(word[0])) || /^[?*+{]/.test(after)) {
    throw new Error(`A branch opening with neither a word nor a group of words: ${source}`);
  }
  const byLetter = groupBy(words, (word) => word[0].toLowerCase());
  return [...byLetter].map(([letter, same]) => [letter, `(?:${same.map((word) => word.slice(1)).join('|')})${after}`]);
}

function isLetter(character: string | undefined): boolean {
  return character !== undefined && /^[a-z]$/i.test(character);
}

/** The alternatives of a pattern source, split at each `|` outside groups and character classes. */
function alternativesOf(source: string): string[] {
  const alternatives: string[] = [];
  let start = 0;
  forEachOutside(source, (i, depth) => {
    if (depth === 0 && source[i] === '|') {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
    return true;
  });
  alternatives.push(source.slice(start));
  return alternatives;
}
