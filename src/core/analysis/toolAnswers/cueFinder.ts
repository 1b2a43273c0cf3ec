// Finds once per letter where each cue pattern may match, so most units are never run through the costly patterns.
// Separate from the patterns (wording.ts) because it is a speed-up over them with its own correctness argument.

import { lowerBound } from '../../sorted';
import { matchStarts, startList } from '../phraseScan';
import { NOT_DISCLOSED, NOT_USED_CUE, OVERT, PLANS_TO, PROOF_OF_CONCEPT, REFUSAL_GROUND_WORDS, USED_CUES, WITHHOLDING_WORDS } from './wording';

/**
 * The bit of each phrase pattern {@link readCues} reads; a unit in which none may match has no cues. The use cues
 * are several patterns ({@link USED_CUES}), the last openings, and share the last bit.
 */
export const CUE = { ncnd: 1, overt: 2, withheld: 4, notUsed: 8, trial: 16, used: 32 } as const;

export const ALL_CUES = 63;

/**
 * Where the phrases of each cue pattern, by bit, may be: a match of the pattern here starts inside each of them, at
 * a word start. Mostly the cue patterns themselves; the phrases that open with a word common in any letter ("the
 * trial", "a pilot", "could not be provided", "cannot confirm or deny", "is being tested") are found from a rarer
 * word they all hold, so the words of a letter need not all be tried.
 */
const CUE_OPENINGS = startList([
  /\b(?:neither|NCND|N\/C\/N\/D|deny|denied|denies|denying|not\s+(?:apply|arise)|reveal|disclose|whether\s+or\s+not\s+(?:it|we|they)\s+holds?)\b/i,
  OVERT,
  new RegExp(String.raw`\b(?:${WITHHOLDING_WORDS}|be\s+(?:provided|disclosed|released)|${NOT_DISCLOSED}|${REFUSAL_GROUND_WORDS})\b`, 'i'),
  NOT_USED_CUE,
  new RegExp(
    String.raw`\btrial(?:l?ed|l?ing)?\b|\bpilot(?:ed|ted|ing|ting)?\b|\b${PROOF_OF_CONCEPT}\b|\b${PLANS_TO}|\b(?:evaluated|tested|evaluating|testing|exploring|considering|scoping|assessing|investigating)\b|\bbusiness\s+case\b|\b(?:funding|budget|explore|procurement|procured|procuring|purchasing|acquiring)\b|\bprocess\s+of\b|\bbeing\s+developed\b|\bdeveloping\b|\bevaluation\s+purposes\b|\b(?:expected|due|scheduled)\s+to\s+(?:become|go|be)\b|\bexpects?\b|\b(?:stage|phase)\b|\bwill\s+(?:be\s+(?:introduced|deployed|rolled)|go\s+live|become\s+operational|begin|start|commence)\b|\b(?:supplier|contractor|contract)\s+(?:is\s+)?(?:expected|due|scheduled)\b|\bordered\b|\bon\s+order\b|\btraining\s+(?:purposes\s+)?only\b|\b(?:enter|come\s+into|go\s+into)\s+(?:operational\s+)?service\b`,
    'i',
  ),
  ...USED_CUES,
]);

/**
 * Which cue patterns may match in a unit: those whose {@link CUE_OPENINGS} match inside it. The openings are found
 * once in the whole text; a phrase in a unit's words is one at the same place in the text, except in a unit cut
 * mid-word (where a word boundary in its own words is none in the text), in which all may be. Units are asked for
 * in increasing start order.
 */
export class CueFinder {
  readonly #text: string;
  readonly #starts: number[];
  /** The bits of the patterns matching at each start. */
  readonly #matching: number[];
  #next = 0;

  constructor(text: string) {
    this.#text = text;
    const { offsets, matching } = matchStarts(text, CUE_OPENINGS);
    this.#starts = offsets;
    // The bits of the use patterns after the first are folded into its bit.
    this.#matching = matching.map((bits) => (bits > ALL_CUES ? (bits & ALL_CUES) | CUE.used : bits));
  }

  /** The bits ({@link CUE}) of the patterns that may match in `[start, end)`. */
  patternsIn(start: number, end: number): number {
    const text = this.#text;
    const starts = this.#starts;
    while (this.#next < starts.length && starts[this.#next] < start) this.#next++;
    const cutMidWord = (start > 0 && isWordCode(text.charCodeAt(start - 1))) || (end < text.length && isWordCode(text.charCodeAt(end)));
    if (cutMidWord) return ALL_CUES;
    return this.#patternsFrom(this.#next, end);
  }

  /** {@link patternsIn} for a stretch asked out of order: a clause of a unit already read. Never cut mid-word. */
  patternsWithin(start: number, end: number): number {
    return this.#patternsFrom(lowerBound(this.#starts, start), end);
  }

  /** The bits of the patterns matching at the opening starts from index `first` up to `end`. */
  #patternsFrom(first: number, end: number): number {
    const starts = this.#starts;
    let present = 0;
    for (let i = first; i < starts.length && starts[i] < end; i++) present |= this.#matching[i];
    return present;
  }
}

/** A character `\b` counts as part of a word. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
