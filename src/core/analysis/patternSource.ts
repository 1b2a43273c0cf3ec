// Reading a regular expression's source as text: where its groups close, outside escapes and character classes.
// Shared by the phrase scan, which reads the openings of patterns, and the cue builder, which regroups them.

/**
 * Calls `visit` with each character of a pattern source from `from` on, outside escapes and character classes, and
 * the depth of groups around it (a parenthesis counted as outside the group it opens or closes), until it returns
 * false.
 */
export function forEachOutside(source: string, visit: (i: number, depth: number) => boolean, from = 0): void {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < source.length; i++) {
    const character = source[i];
    if (character === '\\') i++;
    else if (inClass) inClass = character !== ']';
    else if (character === '[') inClass = true;
    else if (character === '(') {
      if (!visit(i, depth++)) return;
    } else if (character === ')') {
      if (!visit(i, --depth)) return;
    } else if (!visit(i, depth)) return;
  }
}

/** Where the group opening at `start` ends (after its closing parenthesis), or -1 when it does not close. */
export function groupEnd(source: string, start: number): number {
  let end = -1;
  forEachOutside(
    source,
    (i, depth) => {
      if (depth === 0 && source[i] === ')') end = i + 1;
      return end < 0;
    },
    start,
  );
  return end;
}
