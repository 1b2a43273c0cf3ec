// Sidecar texts and helpers shared by the sidecar tests.

import type { Span } from '../../../src/core/text';

/** The example from the format's description, with every key filled in. */
export const EXAMPLE_SIDECAR = `# notes on the Hertfordshire letter
foi: 1
document: hertfordshire-2017-01696.txt
letter:
  authority: Hertfordshire Constabulary
  reference: FOI2017/01696
  date: 2018-01-15
  received: 2017-12-13
tools:
  facial-recognition:
    status: partial-ncnd
    exemptions: [s24(2), s31(3)]
    evidence:
      - exact: "Hertfordshire Constabulary neither confirms nor denies"
        prefix: "in the future.\\n\\n"
        suffix: " that it holds information"
        start: 1234   # offset hint
    note: covert use only
    by: alice
    at: 2026-11-22T10:00:00Z
annotations:
  - label: key-quote
    note: the NCND sentence
    anchor: { exact: "neither confirms nor denies", prefix: "Constabulary ", suffix: " that it", start: 1262 }
    by: alice
    at: 2026-11-22T10:00:00Z
`;

/** A hand-written sidecar with comments of every kind, odd spacing, a key nobody defined and a folded note. */
export const COMMENTED_SIDECAR = `# Sidecar kept by hand: comments matter here.
# Second line of the head comment.

foi: 1          # format version
document: letter.txt
# the letter's own facts
letter:
    authority: Example Police     # as printed on the letterhead
    date: 2019-07-04

reviewer: bob   # a key of our own
tools:
    # covert tools first
    hacking:
        status: ncnd      # checked twice
        note: >
            the letter cites
            s23(5) only
    # overt tools
    body-worn-video:
        status: used
# closing comment
`;

/** The span of the `occurrence`-th (0-based) `needle` in `text`. */
export function spanOf(text: string, needle: string, occurrence = 0): Span {
  let start = -1;
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(needle, start + 1);
    if (start < 0) throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
  }
  return { start, end: start + needle.length };
}

/** The comment lines of a YAML text (trimmed), from `#` to the end of the line. */
export function commentLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => /(?:^|\s)(#.*)$/.exec(line)?.[1].trim())
    .filter((comment): comment is string => comment !== undefined);
}

/** Milliseconds `run` takes (best of three, to keep a stray garbage collection out of timing tests). */
export function timeOf(run: () => void): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}
