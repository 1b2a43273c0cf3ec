// A sentence answering some tools and then "the others": "Body worn video and drones are used; the others are not",
// "The first two are used, but the rest are not". Its two clauses are two answers, each read as a unit of its own.

import { readCues } from './readCues';
import type { Unit } from './units';

/**
 * A clause opening on the tools left over, after a semicolon, a comma or a contrast word: "; the others are not",
 * ", but the rest are not", "whereas the remaining two are". Not "the rest of the information", "the others in the
 * region".
 */
const REST_CLAUSE =
  /(?:[;,]\s*(?:(?:but|whereas|while|whilst|and)\s+)?|\s(?:but|whereas|while|whilst)\s+)(?=(?:the\s+(?:others\b(?!\s+(?:in|of|at|within|across)\b)|rest\b(?!\s+of\b)|remainder\b(?!\s+of\b)|remaining\s+(?:two|three|four|five|six|seven|eight|[2-9]|ones|tools|items|technologies)\b)|(?:none|all)\s+of\s+the\s+others\b))/i;

/**
 * The unit's two answers when it answers some tools and then the rest in a clause of its own, each clause saying
 * something; undefined otherwise. The first keeps what the unit names; the second names nothing and is read as "the
 * other tools".
 */
export function splitAtRest(text: string, unit: Unit): readonly [Unit, Unit] | undefined {
  if (unit.cues === 0 || unit.marked !== undefined) return undefined;
  const words = text.slice(unit.span.start, unit.span.end);
  const rest = REST_CLAUSE.exec(words);
  if (rest === null) return undefined;
  const at = unit.span.start + rest.index;
  const restStart = at + rest[0].length;
  // A tool named in the clause of the rest is an example of it ("the others, such as IMSI catchers, are not").
  if (unit.mentionsAt.some((mention) => mention.at >= at)) return undefined;
  if (!says(words.slice(0, rest.index), unit.cues) || !says(words.slice(rest.index), unit.cues)) return undefined;
  const head: Unit = { ...unit, span: { start: unit.span.start, end: at } };
  const tail: Unit = {
    ...unit,
    span: { start: restStart, end: unit.span.end },
    lineTool: undefined,
    named: [],
    mentionsAt: [],
    bare: undefined,
    notHeld: false,
    referred: undefined,
    setApart: undefined,
  };
  return [head, tail];
}

/** True when the words tell use, non-use, a trial or an NCND. */
function says(words: string, present: number): boolean {
  const cues = readCues(words, present);
  return cues.used || cues.notUsed || cues.trialled || cues.ncnd;
}
