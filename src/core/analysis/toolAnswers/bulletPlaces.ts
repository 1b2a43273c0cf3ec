// Bullet points of the request named by their place: "Bullet two", "the fifth bullet point", "Bullets one to four",
// "your third and fourth bullet points", "the first three bullet points". The request's unnumbered bullets are keyed
// by the same places (see numberedQuestions), so an answer naming them finds their tools as it would a number's.

import { COUNT, numberOf, ORDINAL, ORDINAL_WORDS } from './positions';

const PLACE = String.raw`(?:${ORDINAL}|penultimate)`;
const BULLET = String.raw`bullet(?:[\s-]?points?|s)?`;

/**
 * A bullet or bullets named by place. Group 1 holds numbers after the word ("Bullets two and four"), groups 2 and 3
 * a run from one end ("the first three"), group 4 places before it ("the third and fourth bullet points").
 */
export const BULLET_REFERENCE = String.raw`(?:${BULLET}\s+(${COUNT}(?:\s*(?:,|&|and|to|-|–)\s*${COUNT}){0,8})|(?:(?:the|your|our)\s+)?(?:(first|last|final)\s+(${COUNT})|(${PLACE}(?:\s*(?:,|&|and)\s*(?:the\s+)?${PLACE}){0,8}))\s+${BULLET})(?![\p{L}\p{N}])`;

/** The word every {@link BULLET_REFERENCE} holds: a cheap test passes most sentences over. */
export const MAY_NAME_BULLET = /\bbullet/i;

/**
 * The keys ("1", "2" ...) of the bullets a {@link BULLET_REFERENCE} match names, as a list the question readers take
 * ("1, 2, 3"); undefined when it names a place past `count`, the number of bullets.
 */
export function bulletKeys(numbers: string | undefined, end: string | undefined, run: string | undefined, places: string | undefined, count: number): string | undefined {
  const keys: number[] = [];
  if (numbers !== undefined) {
    let range = false;
    for (const token of numbers.toLowerCase().match(/[a-z]+|\d+|[-–]/g) ?? []) {
      if (token === 'and') continue;
      if (token === 'to' || token === '-' || token === '–') {
        range = true;
        continue;
      }
      const n = numberOf(token);
      if (range) for (let k = keys[keys.length - 1] + 1; k < n; k++) keys.push(k);
      keys.push(n);
      range = false;
    }
  } else if (run !== undefined) {
    const n = numberOf(run);
    for (let k = 0; k < n; k++) keys.push(end!.toLowerCase() === 'first' ? k + 1 : count - k);
  } else {
    for (const word of places!.toLowerCase().match(/[a-z]+/g) ?? []) {
      if (word === 'the' || word === 'and') continue;
      keys.push(word === 'last' || word === 'final' ? count : word === 'penultimate' ? count - 1 : ORDINAL_WORDS.indexOf(word) + 1);
    }
  }
  if (keys.length === 0 || keys.some((key) => key < 1 || key > count)) return undefined;
  return keys.join(', ');
}
