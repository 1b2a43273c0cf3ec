// Builds the large alternations of cue phrases so V8 tests each opening letter once. Separate from the phrases
// themselves: this is about how a pattern source is split and regrouped, not about what a letter says.

import { forEachOutside, groupEnd } from '../patternSource';
import { firstMatch } from '../phraseScan';
import { groupBy } from './lists';

/**
 * A pattern matching any of `branches`, each a word boundary (`\b`) and then a word, or a group of words ("(?:is|are)
 * not"), opening what follows. The branches are gathered by their first letter, so that V8's engine tests the
 * boundary once at each place, and then only the branches opening with the letter there rather than every branch:
 * several times faster on prose. The matches are the same: at any place only the branches opening with its letter
 * can match, and those are tried in their order.
 */
export function anyOf(branches: readonly string[]): RegExp {
  return new RegExp(sourceOf(branches.map(openingsOf)), 'i');
}

/**
 * V8 stops optimising a regular expression whose source is longer than this (`kRegExpTooLargeToOptimize`); it then
 * runs several times slower, and a cue pattern runs over every letter.
 */
const MAX_OPTIMISED_SOURCE = 20 * 1024;

/**
 * {@link anyOf} of a list of branches too long for one pattern V8 optimises: the patterns of its consecutive parts,
 * each short enough. {@link firstMatchOfParts} finds in them the match that {@link anyOf} of the whole list would.
 * A part's length is bounded as it fills, each opening counted as a group of its own ("|x(?:...)"), within the
 * brackets round them all ("\b(?:...)"), so the sources are built once, when the parts are known.
 */
export function anyOfParts(branches: readonly string[]): readonly RegExp[] {
  const parts: Opening[][][] = [];
  let length = Number.POSITIVE_INFINITY;
  for (const openings of branches.map(openingsOf)) {
    const added = openings.reduce((sum, [, rest]) => sum + rest.length + GROUP_MARKS, 0);
    if (length + added > MAX_OPTIMISED_SOURCE) {
      parts.push([]);
      length = GROUP_MARKS;
    }
    parts[parts.length - 1].push(openings);
    length += added;
  }
  return parts.map((part) => new RegExp(sourceOf(part), 'i'));
}

/** The characters of a group besides what it holds: "|x(?:" and ")", or "\b(?:" and ")" round all the groups. */
const GROUP_MARKS = 6;

/**
 * The first match of {@link anyOfParts}' patterns: the leftmost, and at one place the earlier part's. That is the
 * match of the whole list: at a place only the branches opening with its letter can match, tried in list order,
 * and an earlier part's come before a later part's.
 */
export function firstMatchOfParts(text: string, parts: readonly RegExp[]): RegExpExecArray | null {
  let first: RegExpExecArray | null = null;
  for (const part of parts) {
    const match = firstMatch(text, part);
    if (match !== null && (first === null || match.index < first.index)) first = match;
  }
  return first;
}

/** A branch's openings: pairs of a lower-case first letter and what follows it (see {@link byFirstLetter}). */
type Opening = [string, string];

function openingsOf(branch: string): Opening[] {
  return alternativesOf(branch).flatMap((alternative) => {
    if (!alternative.startsWith(String.raw`\b`)) throw new Error(`A branch opening without \b: ${alternative}`);
    return byFirstLetter(alternative.slice(2));
  });
}

/** One source for all the branches' openings, gathered by first letter in their order. */
function sourceOf(branches: readonly Opening[][]): string {
  const groups = [...groupBy(branches.flat(), ([letter]) => letter)].map(
    ([letter, same]) => `${letter}(?:${same.map(([, rest]) => rest).join('|')})`,
  );
  return String.raw`\b(?:${groups.join('|')})`;
}

/**
 * A pattern source opening with a word or a group of words, as pairs of a lower-case first letter and what follows
 * it: "(?:is|are|do)\s+not" gives i "(?:s)\s+not", a "(?:re)\s+not" and d "(?:o)\s+not". Several words with one first
 * letter stay together, in their order.
 */
function byFirstLetter(source: string): Opening[] {
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
