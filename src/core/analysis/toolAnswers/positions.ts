// Tools named by their place in the request's list: "We can confirm the use of the first three technologies on your
// list", "does not hold any information about the last two", "The first and last items are used", "no information
// on items two to six". The list is the tools under discussion, in the order the request named them.

const NUMBER_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];
export const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
/** A count in words or figures: "three", "3". */
export const COUNT = String.raw`(?:${NUMBER_WORDS.join('|')}|\d{1,2})`;
/** A place in a list: "second", "last". */
export const ORDINAL = String.raw`(?:${ORDINAL_WORDS.join('|')}|last|final)`;

/**
 * What may follow a place in the list for it to be one: a noun for the things asked about, "on your list", or the
 * end of the clause or its verb. Not "the first three months" or "the last two years".
 */
const LIST_NOUN = String.raw`(?=\s+(?:(?:of\s+)?(?:the\s+|these\s+)?(?:items?|tools?|technolog(?:y|ies)|tactics?|techniques?|systems?|capabilit(?:y|ies)|questions?|parts?|ones?|products?|listed|mentioned|named|on\s+(?:your|the)\s+list|you\s+(?:list|listed|mention|mentioned|name|named))\b|(?:are|is|were|was)\b)|\s*[.;,:)]|\s*$)`;

/** "the first three", "the last two", "the first and last", "the second and fourth", "items two to six". */
const POSITIONS = new RegExp(
  String.raw`\b(?:the\s+(?:(first|last|final)\s+(${COUNT})|(${ORDINAL}(?:\s*(?:,|and|&)\s*(?:the\s+)?${ORDINAL})*))${LIST_NOUN}|items?\s+(${COUNT})\s+(?:to|-|–)\s+(${COUNT})\b)`,
  'gi',
);

/** A cheap test passing over the words of most units, which name no place in a list. */
const MAY_NAME_POSITION = /\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|items?)\b/i;

/**
 * The tools of `topic` that the words name by their place in it, in the list's order; undefined when they name none,
 * or name a place the list does not have.
 */
export function toolsByPosition(words: string, topic: readonly string[]): string[] | undefined {
  if (topic.length < 2 || !MAY_NAME_POSITION.test(words)) return undefined;
  const places = new Set<number>();
  for (const match of words.matchAll(POSITIONS)) {
    const [, end, count, ordinals, from, to] = match;
    if (count !== undefined) {
      const n = numberOf(count);
      if (n < 1 || n >= topic.length) return undefined;
      for (let k = 0; k < n; k++) places.add(end.toLowerCase() === 'first' ? k : topic.length - 1 - k);
    } else if (ordinals !== undefined) {
      for (const word of ordinals.toLowerCase().match(/[a-z]+/g) ?? []) {
        if (word === 'the' || word === 'and') continue;
        places.add(word === 'last' || word === 'final' ? topic.length - 1 : ORDINAL_WORDS.indexOf(word));
      }
    } else {
      for (let k = numberOf(from) - 1; k < numberOf(to); k++) places.add(k);
    }
  }
  if (places.size === 0 || [...places].some((place) => place < 0 || place >= topic.length)) return undefined;
  return [...places].sort((a, b) => a - b).map((place) => topic[place]);
}

/** The number a count in words or figures stands for: "three" is 3. */
export function numberOf(count: string): number {
  const word = NUMBER_WORDS.indexOf(count.toLowerCase());
  return word >= 0 ? word + 1 : Number(count);
}
