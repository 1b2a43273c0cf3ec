// A list or table of names announced by the sentence before it ("The force uses the following:", "The equipment
// below is in use."): the sentence's answer is that of every tool its list names, as if the names stood in it.

import { lineIndexAt, type Line } from '../lines';
import { QUESTION_OPENING } from './questions';

/** The sentence points to what follows it. */
const ANNOUNCES = /\b(?:following|below)\b/i;

/** Words of a request put in a sentence announcing its list ("please tell me which of the following are used:"). */
const ASKS = /\b(?:please|(?:can|could|would)\s+you|whether|which|if\s+any|you\s+(?:asked|requested|wanted))\b/i;

/**
 * Words of an answer inside a line of the list ("Drones - No", "Facial recognition   None", "✓"): each line then
 * says something of its own, and the list is no mere set of names.
 */
const ANSWER_IN_LINE = /\b(?:yes|no|none|nil|n\/a|not|never)\b|[✓✔✗✘×]/i;

/** Most lines read as one list: a list longer than this is a document of its own. */
const MAX_LIST_LINES = 30;

/**
 * Where the list announced by the sentence `[start, end)` ends: the lines from the one after the sentence (past one
 * run of blank lines) to the next blank line, when the sentence ends its line, ends with a colon or points to what
 * follows, and no line of the list holds answer words or asks; otherwise undefined. A question or request announcing
 * its list ("Does the force use:", "please say which of the following are used:") asks about the names, and tells
 * nothing.
 */
export function announcedListEnd(text: string, lines: readonly Line[], start: number, end: number): number | undefined {
  const last = lineIndexAt(lines, Math.max(start, end - 1));
  if (text.slice(end, lines[last].end).trim() !== '') return undefined;
  const words = text.slice(start, end).trimEnd();
  if ((!words.endsWith(':') && !ANNOUNCES.test(words)) || QUESTION_OPENING.test(words) || ASKS.test(words)) return undefined;
  let i = last + 1;
  while (i < lines.length && lines[i].blank) i++;
  const first = i;
  for (; i < lines.length && !lines[i].blank && i - first < MAX_LIST_LINES; i++) if (ANSWER_IN_LINE.test(lines[i].text) || lines[i].text.includes('?')) return undefined;
  if (i === first || (i < lines.length && !lines[i].blank)) return undefined;
  return lines[i - 1].end;
}
