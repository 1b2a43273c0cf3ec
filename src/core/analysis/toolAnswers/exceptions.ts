// One statement about every tool asked about but a few it sets apart: "With the exception of body worn video and
// ANPR, the force does not use any of the tools you mention", "The force uses all of the technologies listed with
// the exception of predictive policing", "neither confirms nor denies use of any of the tools listed, save for body
// worn video, which is used". The tools set apart are named; the rest are not, and are answered by the rule.

import type { Unit } from './units';

/**
 * The words setting tools apart from a statement about all of them: "with the exception of", "but for", "barring",
 * and "the exception is" after the statement ("All bar one ... are used; the exception is ..."). Not the "bar one" of
 * that statement, which names no tool.
 */
export const EXCEPTION_WORDS = String.raw`(?:with\s+the\s+exception\s+of|the\s+(?:only\s+|one\s+)?exception\s+(?:is|being)|except(?:ing|\s+for)?|apart\s+from|aside\s+from|other\s+than|save\s+for|save|but\s+for|excluding|bar(?:ring)?(?!\s+(?:one|two|three)\b))`;
const EXCEPTION = new RegExp(String.raw`\b${EXCEPTION_WORDS}\s`, 'i');
/**
 * Words covering every tool asked about: "any of the tools you mention", "all of the overt camera technologies",
 * "none of these", "any information relevant to your request", "no information in scope of your request", a bare
 * answer to all ("Yes to all", "No, all", "No, except ..."), and all but some: "all bar one of the listed tools".
 */
const EVERY_LISTED =
  /\b(?:(?:any|all|none|each|every)(?:\s+(?:bar|but|except|save)\s+(?:one|two|three))?(?:\s+of)?(?:\s+(?:the|these|those|your))?(?:\s+other)?(?:\s+(?!(?:above|listed|mentioned|named)\b)[\w-]+){0,2}?\s+(?:above|tools?|technolog(?:y|ies)|tactics?|techniques?|systems?|capabilit(?:y|ies)|items?|products?|equipment|listed|mentioned|named)|(?:any|all|none)\s+of\s+(?:them|these|those)|(?:yes|no)(?:[ \t]*[,;:–—-]?[ \t]*(?:(?:to|for)[ \t]+)?(?:all|each|every[ \t]*one)|(?=[ \t]*,?[ \t]*(?:except|apart|save|other[ \t]+than)\b))|every\s*thing|(?:(?:relevant|relating|in\s+relation)\s+to|(?:with)?in\s+(?:the\s+)?scope\s+of)\s+(?:your|the|this)\s+request)\b/i;
/** How far after the exception words the first tool set apart may be named: "with the exception of the use of ...". */
const NAMED_WITHIN = 40;

/** A statement's rule and the tools it sets apart, in the unit's own words. */
export interface SetApart {
  /** The tools the statement sets apart, named after the exception words. */
  readonly excepted: readonly string[];
  /** The statement without the words setting the tools apart: what it says of all the others. */
  readonly rule: string;
  /** The words setting the tools apart, which may say what they are ("save for body worn video, which is used"). */
  readonly exception: string;
}

/**
 * The tools a unit's statement sets apart from a rule about every tool `covered`, or undefined when it sets none
 * apart. The tools set apart are those named after the exception words: up to the words covering every tool when
 * the exception comes first ("Apart from ANPR, none of the tools ..."), else to the end.
 */
export function setApart(words: string, unit: Unit, covered: readonly string[]): SetApart | undefined {
  if (unit.named.length === 0 || covered.length <= unit.named.length) return undefined;
  const exception = EXCEPTION.exec(words);
  if (!exception) return undefined;
  const every = EVERY_LISTED.exec(words);
  if (!every) return undefined;
  const from = exception.index + exception[0].length;
  const to = every.index > exception.index ? every.index : words.length;
  const named = unit.mentionsAt.map((m) => ({ tool: m.tool, at: m.at - unit.span.start, end: m.end - unit.span.start })).filter((m) => m.at >= from && m.at < to);
  if (named.length === 0 || named[0].at - from > NAMED_WITHIN) return undefined;
  const excepted = [...new Set(named.map((m) => m.tool))].filter((tool) => covered.includes(tool));
  if (excepted.length === 0 || excepted.length === covered.length) return undefined;
  // Coming first, the exception ends at the last break before the rule's clause; coming last, it runs to the end.
  const lastNamed = named[named.length - 1].end;
  const exceptionEnd = every.index > exception.index ? Math.max(lastNamed, words.lastIndexOf(',', every.index)) : words.length;
  return {
    excepted,
    rule: `${words.slice(0, exception.index)} ${words.slice(exceptionEnd)}`,
    exception: words.slice(exception.index, exceptionEnd),
  };
}

/**
 * The words of a unit's statement split at the exception words, for questions it sets apart by their numbers or
 * letters ("The force uses all of the above, apart from items (c) and (d), in respect of which the force neither
 * confirms nor denies ..."): `excepted` are those questions' tools. Undefined when there are no exception words.
 */
export function setApartByKey(words: string, excepted: readonly string[]): SetApart | undefined {
  const exception = EXCEPTION.exec(words);
  if (!exception) return undefined;
  const every = EVERY_LISTED.exec(words);
  // Coming first, the exception ends at the last break before the words covering every tool, or, opening the
  // statement, at the break after it and any clause of its own ("With the exception of question 2, which is answered
  // below, ..."); coming last, it runs to the end.
  const exceptionEnd =
    every !== null && every.index > exception.index
      ? Math.max(words.lastIndexOf(',', every.index), exception.index)
      : OPENING.test(words.slice(0, exception.index))
        ? openingExceptionEnd(words, exception.index)
        : words.length;
  return { excepted, rule: `${words.slice(0, exception.index)} ${words.slice(exceptionEnd)}`, exception: words.slice(exception.index, exceptionEnd) };
}

/** Nothing but marks and spaces before exception words: they open the statement. */
const OPENING = /^[^\p{L}\p{N}]*$/u;
/** A clause of the exception's own after its first break: ", which is answered below,". */
const OWN_CLAUSE = /^,\s*(?:which|that|where|as|for\s+which|in\s+respect\s+of\s+which)\b[^,]*,/i;

/** Where exception words opening a statement end: at the first comma, or after a clause of their own that follows. */
function openingExceptionEnd(words: string, from: number): number {
  const comma = words.indexOf(',', from);
  if (comma < 0) return words.length;
  const own = OWN_CLAUSE.exec(words.slice(comma));
  return own ? comma + own[0].length - 1 : comma;
}
