// Recognises "neither confirm nor deny" (NCND) statements: the authority's refusal to say whether it holds
// information at all. One statement per sentence, with its scope (full, or partial where overt use is answered
// and only covert use or "any other information" is NCND) and the sections it relies on.
//
// Headings such as "Factors favouring Neither Confirming Nor Denying" or "Harm for the partial NCND" name the
// subject of a passage; they are NCND language but not statements, so they are not returned.

import type { Citation, NcndStatement } from '../model';
import type { Span } from '../text';
import { citationsIn, GAP, OPTIONAL_GAP, hitsBySentence, leadIn, textOf, type SentenceHit } from './patterns';
import { phraseList } from './phraseScan';
import { looksLikeHeading, spansPageBreak, withoutPageFurniture } from './sentences';

const CONFIRM = 'confirm(?:s|ed)?';
const DENY = 'den(?:y|ies|ied)';

/**
 * What comes before the NCND formula when it names a response given before rather than giving one: "I therefore
 * withdraw the neither confirm nor deny response", "your complaint about the neither confirm nor deny response". A
 * response named as given ("the force gave a neither confirm nor deny response") is given. Also read by the tool
 * answers.
 */
export const NCND_NAMED_NOT_GIVEN = String.raw`(?<!\b(?:withdraw(?:s|n|ing)?|withdrew|about|against|regarding|concerning|challeng(?:e|es|ed|ing))[\s\u00a0]+(?:the|its|our|this|that|their|a|an)[\s\u00a0]+)`;

/** "nor", or the "or" letters often write in its place ("can neither confirm or deny", "cannot confirm nor deny"). */
const NOR = 'n?or';

/**
 * Finite, modal or passive forms: "can neither confirm nor deny", "neither confirms or denies", "is neither able to
 * ...", "can neither be confirmed nor denied".
 */
const NEITHER_NOR = new RegExp(
  // "nether": the commonest misspelling, read only before "confirm ... deny".
  `${NCND_NAMED_NOT_GIVEN}\\bne(?:i)?ther${GAP}(?:(?:able|in${GAP}a${GAP}position)${GAP}to${GAP}|be${GAP})?${CONFIRM}${GAP}${NOR}${GAP}${DENY}\\b`,
  'gi',
);
/**
 * Joint replies: "Neither Kent Police nor Essex Police is able to confirm or deny", "Neither the force nor the OPCC
 * can confirm or deny", a few words for each body. Also read by the tool answers.
 */
export const BODIES_NEITHER_CONFIRM = String.raw`\bne(?:i)?ther[\s\u00a0]+(?:[\w&'’-]+[\s\u00a0]+){1,6}?nor[\s\u00a0]+(?:[\w&'’-]+[\s\u00a0]+){1,6}?(?:is|are|can|will)[\s\u00a0]+(?:(?:able|in[\s\u00a0]+a[\s\u00a0]+position|prepared|willing)[\s\u00a0]+to[\s\u00a0]+)?confirm[\s\u00a0]+n?or[\s\u00a0]+deny\b`;
/** The gerund counts only as a predicate: "the force is neither confirming nor denying". */
const NEITHER_NOR_GERUND = new RegExp(
  `\\b(?:is|are|am|was|were|be|been|being)${GAP}(?:(?:therefore|also|now|currently)${GAP})?neither${GAP}confirming${GAP}nor${GAP}denying\\b`,
  'gi',
);
/** "the duty in Section 1(1)(a) ... does not apply", "the duty to confirm or deny does not arise". */
const DUTY_DOES_NOT_APPLY = new RegExp(
  `\\b(?:duty${GAP}to${GAP}confirm${GAP}or${GAP}deny|(?:section|s\\.?)${OPTIONAL_GAP}1${OPTIONAL_GAP}\\(1\\)${OPTIONAL_GAP}\\(a\\))[^.;:]{0,100}?\\b(?:does|do|did|will|would|shall)${GAP}not${GAP}(?:apply|arise)\\b`,
  'gi',
);
/** "is exempt from the duty to confirm or deny", "section 31(3) removes the duty to confirm or deny". */
const EXEMPT_FROM_DUTY = new RegExp(
  `\\b(?:(?:exempt(?:ed)?|excluded|relieved|released)${GAP}from|removes?|removed|removing|disappl(?:y|ies|ied))${GAP}(?:the|its|our|any|their)${GAP}(?:duty|requirement|obligation)${GAP}to${GAP}confirm${GAP}or${GAP}deny\\b`,
  'gi',
);
/**
 * "refuse to confirm or deny", "cannot confirm nor deny", "is not in a position (or not obliged) to confirm or deny",
 * "does not confirm or deny", "it is not possible (or appropriate) to confirm or deny", "does not wish to confirm nor
 * deny" (the Scottish letters' wording), "the practice of the NCA not to confirm or deny". Present tense only for "does
 * not": "if the force did not confirm or deny ..." argues about a response rather than giving one.
 */
const REFUSES_TO = new RegExp(
  `\\b(?:refuses?|refused|refusing|declines?|declined|cannot|can${GAP}not|can['’]?t|unable${GAP}to|not${GAP}able${GAP}to|will${GAP}not|won['’]?t|would${GAP}not|(?:does|do)${GAP}not|doesn['’]?t|don['’]?t|not${GAP}possible${GAP}to|not${GAP}(?:be${GAP})?appropriate${GAP}(?:for${GAP}(?:(?:the|this|our)${GAP})?[\\w-]+${GAP})?to|not${GAP}in${GAP}a${GAP}position${GAP}to|not${GAP}(?:obliged|required)${GAP}to|not${GAP}(?:our|its|the${GAP}force['’]s)${GAP}(?:policy|practice)${GAP}to|(?:policy|practice)${GAP}(?:of${GAP}(?:the${GAP})?[\\w-]+${GAP})?not${GAP}to|(?:does|do)${GAP}not${GAP}wish${GAP}to|under${GAP}no${GAP}(?:obligation|duty)${GAP}to)${GAP}(?:(?:to|either)${GAP})?confirm${GAP}${NOR}${GAP}deny\\b`,
  'gi',
);
/**
 * The Scottish Act's wording of its NCND provision (FOISA s18), and others like it: "is not obliged to reveal whether
 * the information you have asked for exists or is held", "is not able to disclose whether the information ... exists".
 * Also read by the tool answers.
 */
export const NOT_REVEALING_WHETHER_HELD = String.raw`\b(?:not[\s\u00a0]+(?:obliged|required|able)[\s\u00a0]+to|unable[\s\u00a0]+to|cannot|can[\s\u00a0]*not)[\s\u00a0]+(?:reveal|disclose)[\s\u00a0]+whether[\s\u00a0]+(?:or[\s\u00a0]+not[\s\u00a0]+)?(?:the|any|such)[\s\u00a0]+information\b[^.;]{0,80}?\b(?:exists|is[\s\u00a0]+held|are[\s\u00a0]+held)\b`;
/**
 * The authority declining to say whether it holds anything: "Kent Police will not confirm whether or not it holds any
 * information about IMSI catchers". Not of another body ("cannot say whether the force holds"), which points there.
 * Also read by the tool answers.
 */
export const NOT_SAYING_WHETHER_IT_HOLDS = String.raw`\b(?:will[\s\u00a0]+not|won['’]t|unable[\s\u00a0]+to|not[\s\u00a0]+able[\s\u00a0]+to|cannot|can[\s\u00a0]*not)[\s\u00a0]+(?:confirm|say|state)[\s\u00a0]+whether[\s\u00a0]+or[\s\u00a0]+not[\s\u00a0]+(?:it|we|they)[\s\u00a0]+holds?[\s\u00a0]+(?:any[\s\u00a0]+)?(?:recorded[\s\u00a0]+)?information\b`;
/** The acronym used as a verb or a response: "we will NCND", "a partial NCND response", "NCND applies". */
const NCND_ACRONYM = new RegExp(
  `(?:\\b(?:will|would|must|to|we|is|are|apply|applying|applied|issue|issued|issuing|give|given|giving|provide|provided|providing)${GAP}(?:(?:a|an|this)${GAP})?(?:partial${GAP})?NCND\\b|\\bNCND${GAP}(?:applies|is${GAP}(?:applied|engaged|being${GAP}applied)|has${GAP}been${GAP}applied|response${GAP}(?:is|has))\\b)`,
  'g',
);

const STATEMENT_PATTERNS = phraseList([
  NEITHER_NOR,
  new RegExp(BODIES_NEITHER_CONFIRM, 'gi'),
  NEITHER_NOR_GERUND,
  DUTY_DOES_NOT_APPLY,
  EXEMPT_FROM_DUTY,
  REFUSES_TO,
  new RegExp(NOT_REVEALING_WHETHER_HELD, 'gi'),
  new RegExp(NOT_SAYING_WHETHER_IT_HOLDS, 'gi'),
  NCND_ACRONYM,
]);

/** "any other information": something was disclosed, and only the rest is NCND. */
const ANY_OTHER_INFORMATION =
  /\bany[\s\u00a0]{1,6}(?:other|further|additional)[\s\u00a0]{1,6}(?:information|(?:[\w-]+[\s\u00a0]{1,6}){0,3}?(?:monitoring|use|usage|activity|activities|deployments?|capabilit(?:y|ies)|tactics?|techniques?))\b/i;
const COVERT = /\bcovert(?:ly)?\b/i;
const OVERT = /\bovert(?:ly)?\b/i;

/** A following sentence that names the grounds: "By virtue of sections 24(2) and 31(3).", "This is under ...". */
const GROUNDS_SENTENCE = /^[\s*•-]{0,4}(?:(?:this|that)[\s\u00a0]+is[\s\u00a0]+)?(?:by[\s\u00a0]+virtue[\s\u00a0]+of|under|in[\s\u00a0]+accordance[\s\u00a0]+with|relying[\s\u00a0]+on|applying)\b/i;
/** A sentence that announces a list of exemptions on the following lines. */
const LIST_FOLLOWS = /(?::\s*$|\bfollowing[\s\u00a0]{1,6}(?:exemptions?|sections?|provisions?)\b)/i;
/** An item of such a list: it begins with its citation and is short. */
const LIST_ITEM_MAX_LENGTH = 100;
const LIST_ITEM_LEAD = 4;
const LIST_MAX_ITEMS = 8;
/**
 * What comes just before an NCND phrase that another body's answer, or a later one, is foretold with, not given: "the
 * force may neither confirm nor deny ...", "it may be necessary to neither confirm nor deny", "is likely to neither
 * confirm nor deny" (to a narrower request), "are likely to attract a neither confirm nor deny response", "may respond
 * to some of these questions by neither confirming nor denying", "even if it held the information, it is likely that
 * the force would neither confirm nor deny", as an office that holds nothing warns of what the force might say; what
 * "police forces generally" do; and what the Act "allows a public authority to" do, told in an acknowledgement. Lower
 * case only: "May" is as often the month.
 */
const FORETELLS_NCND =
  /\b(?:(?:may|might)[\s\u00a0]+(?:well[\s\u00a0]+|(?:choose|decide|need|wish)[\s\u00a0]+to[\s\u00a0]+|be[\s\u00a0]+(?:necessary|required|appropriate)[\s\u00a0]+to[\s\u00a0]+|(?:respond|reply)\b[^.;:]{0,80}?\bby[\s\u00a0]+)?|(?:is|are)[\s\u00a0]+(?:likely|expected)[\s\u00a0]+to[\s\u00a0]+(?:(?:attract|receive|result[\s\u00a0]+in|lead[\s\u00a0]+to|meet[\s\u00a0]+with)[\s\u00a0]+(?:an?[\s\u00a0]+)?)?|(?:likely|probable|expected)[\s\u00a0]+that[\s\u00a0]+(?:[\w-]+[\s\u00a0]+){1,4}?would[\s\u00a0]+|forces[\s\u00a0]+(?:generally|usually|normally|typically|often|tend[\s\u00a0]+to)[\s\u00a0]+|(?:allows?|permits?|enables?|entitles?)[\s\u00a0]+(?:a[\s\u00a0]+(?:public[\s\u00a0]+authority|force)|(?:public[\s\u00a0]+)?authorities|forces)[\s\u00a0]+to[\s\u00a0]+)$/;
/** How far before an NCND phrase {@link FORETELLS_NCND} is looked for. */
const FORETOLD_REACH = 120;

/**
 * True when the NCND phrase at `at` is another body's answer foretold ({@link FORETELLS_NCND}), read back no further
 * than `from` (the start of its sentence or unit). The NCND statements and the tool answers both ask it.
 */
export function foretellsNcnd(text: string, from: number, at: number): boolean {
  return FORETELLS_NCND.test(text.slice(Math.max(from, at - FORETOLD_REACH), at));
}
/**
 * A sentence taking an NCND back, as an internal review or a decision notice does: "The NCND is withdrawn", "I
 * therefore withdraw the neither confirm nor deny response to question 1", "should not have been applied", "it was not
 * appropriate (or necessary) to neither confirm nor deny", "was not entitled to neither confirm nor deny", "we do not
 * need to apply the neither confirm nor deny exemptions that some forces have used"; or saying it is not relied
 * on here ("the force has not needed to rely on NCND in answering your request", "this is not a 'neither confirm nor
 * deny' response", "no longer considers that a neither confirm nor deny response is appropriate"), was put in by
 * mistake ("That paragraph was included in error and should be disregarded"), or was only weighed ("The force
 * considered whether it would be appropriate to neither confirm nor deny"). Not one upholding it in part ("partially
 * overturned", "was entitled to ... in respect of question 2, but not ..."), whose answers follow.
 */
const REVOKED_NCND =
  /^(?![^]*\b(?:partially|partly|in\s+part|uphold|upheld)\b)(?![^]*\bwas\s+entitled\b)[^]*\b(?:withdraw(?:n|s|ing)?|overturn(?:ed|s|ing)?|should\s+not\s+have\s+been\s+(?:applied|used|relied\s+(?:up)?on|given)|(?:has|have|had|did|does|do)\s+not\s+(?:needed?\s+to\s+)?rel(?:y|ied)\s+(?:up)?on|(?:is|are|am)\s+(?:therefore\s+|also\s+)?not\s+relying\s+(?:up)?on|(?:was|is)\s+not\s+(?:appropriate|justified|correct|necessary)|(?:(?:do|does|did)\s+not|no)\s+need\s+to\s+(?:apply|rely|use|give)\b|not\s+entitled\s+to|(?:was|is)\s+not\s+an?\s+\W?(?:neither|NCND)|(?:included|inserted|added)\s+in\s+error|should\s+be\s+disregarded|no\s+longer\s+(?:considers?|believes?|regards?|deems?|thinks?)\b[^.;]{0,80}?\b(?:appropriate|necessary|justified|required)|considered\s+whether\s+(?:it\s+(?:would\s+be|was|is)\s+(?:appropriate|necessary|right)\s+)?to)\b/i;
/** Longest sentence read for {@link REVOKED_NCND}. */
const MAX_REVOKING_SENTENCE = 400;

/** True when a sentence holding an NCND phrase takes it back ({@link REVOKED_NCND}). */
export function revokesNcnd(sentence: string): boolean {
  return sentence.length <= MAX_REVOKING_SENTENCE && REVOKED_NCND.test(sentence);
}

/**
 * Words of the cost limit: section 12 cited (of FOIA or FOISA), "the appropriate limit", "the cost limit", "18 hours".
 */
const COST_LIMIT = /\b(?:s(?:ections?|\.)?[\s\u00a0]*12\b(?!\.\d)|(?:appropriate|cost|fees?)[\s\u00a0]+limit\b|(?:18|eighteen)[\s\u00a0-]*hours?\b)/i;
/**
 * A Part II exemption cited, whose own NCND provision the sentence may rely on: "section 24", "s.31", or a subsection
 * anywhere in a list ("sections 12(2) and 24(2)").
 */
const EXEMPTION_CITED = /\bs(?:ections?|\.)?[\s\u00a0]*(?:2[1-9]|3\d|4[0-4])\b|\b(?:2[1-9]|3\d|4[0-4])\(\d\)/i;
/** A sentence drawing a consequence from the one before: "This means ...", "The force is therefore ...". */
const FOLLOWS_ON = /^[^\p{L}]{0,4}(?:(?:this|that|which)[\s\u00a0]+means\b|(?:accordingly|consequently|as[\s\u00a0]+such|so)\b)|\btherefore\b/iu;
/** How much of the text before a sentence is read for the sentence before it. */
const PREVIOUS_SENTENCE_REACH = 400;
/** The end of a sentence inside a text: a stop, then space. */
const SENTENCE_END = /[.!?][\s\u00a0]+/g;

/**
 * True when a sentence's "not required to confirm or deny" is the cost limit's release from that duty (FOIA
 * s12(2)), a refusal on cost rather than an NCND: "As section 12 applies to the request as a whole, PSNI is not
 * required to confirm or deny whether it holds ...", or "... section 12(2) applies. This means we are not required to
 * confirm or deny ...". Not where an exemption with its own NCND provision is cited beside it.
 * @param start where the sentence starts in `text`: the sentence before it is read when this one follows on from it.
 */
export function releasedByCost(sentence: string, text: string, start: number): boolean {
  if (EXEMPTION_CITED.test(sentence)) return false;
  if (COST_LIMIT.test(sentence)) return true;
  if (!FOLLOWS_ON.test(sentence)) return false;
  const tail = text.slice(Math.max(0, start - PREVIOUS_SENTENCE_REACH), start).trimEnd();
  let previousStart = 0;
  for (const end of tail.slice(0, -1).matchAll(SENTENCE_END)) previousStart = end.index + end[0].length;
  const previous = tail.slice(previousStart);
  return COST_LIMIT.test(previous) && !EXEMPTION_CITED.test(previous);
}

/** A dash or colon just before the phrase: the phrase answers what precedes it. */
const ANSWER_SEPARATOR = /(?:[\s\u00a0][–—-]|:)[\s\u00a0]*$/;
/** Sentences longer than this are never headings; the check then reads no text at all. */
const HEADING_CHECK_LENGTH = 90;
/** How far before the match to look for the overt answer in the same sentence. */
const OVERT_WINDOW = 400;

/**
 * The NCND statements of a letter, one per sentence, in order.
 * @param citations the letter's citations, from {@link findCitations}.
 * @param sentences the letter's sentences, from {@link splitSentences}.
 */
export function findNcnd(text: string, citations: readonly Citation[], sentences: readonly Span[]): NcndStatement[] {
  const hits = hitsBySentence(
    text,
    sentences,
    STATEMENT_PATTERNS,
    (match, sentence) =>
      !isHeading(text, sentence, match.index) &&
      !foretellsNcnd(text, sentence.start, match.index) &&
      !revokesNcnd(textOf(text, sentence)) &&
      !releasedByCost(textOf(text, sentence), text, sentence.start),
  );
  const split = hitsAcrossPageBreaks(text, sentences, hits);
  const all = split.length === 0 ? hits : [...hits, ...split].sort((a, b) => a.span.start - b.span.start);
  return all.map(({ index, span, match }) => ({
    scope: scopeOf(text, sentences, index, span, match),
    sections: sectionsRelied(text, citations, sentences, index, span),
    span,
    text: textOf(text, span),
  }));
}

/** A sentence that may hold a phrase: each one has "confirm" or "NCND" in it. */
const MAY_HOLD_PHRASE = /confirm|ncnd/i;

/**
 * Phrases a page break splits ("can neither confirm nor / OFFICIAL / Page 1 of 3 / deny"): the splitter keeps such a
 * sentence whole, furniture and all, and the phrase is looked for again with the furniture lines left out. Only
 * sentences without a hit and with "confirm" or "NCND" in them are read again.
 */
function hitsAcrossPageBreaks(text: string, sentences: readonly Span[], hits: readonly SentenceHit[]): SentenceHit[] {
  const found = new Set(hits.map((hit) => hit.index));
  const more: SentenceHit[] = [];
  for (const [index, sentence] of sentences.entries()) {
    if (!spansPageBreak(sentence) || found.has(index) || !MAY_HOLD_PHRASE.test(textOf(text, sentence))) continue;
    const free = withoutPageFurniture(text, sentence);
    const match = free && firstPhrase(free.text);
    if (!free || !match) continue;
    const start = free.offsets[match.start];
    if (!isHeading(text, sentence, start)) more.push({ index, span: sentence, match: { start, end: free.offsets[match.end - 1] + 1 } });
  }
  return more;
}

/** The earliest match of any of the statement patterns in a short text (one sentence). */
function firstPhrase(sentence: string): Span | undefined {
  let first: Span | undefined;
  for (const pattern of STATEMENT_PATTERNS) {
    // matchAll works on a copy of the pattern, so the shared pattern's lastIndex is left alone.
    const match = sentence.matchAll(pattern).next().value;
    if (match && (!first || match.index < first.start)) first = { start: match.index, end: match.index + match[0].length };
  }
  return first;
}

/** A heading, unless the phrase is the answer on a line such as "Facial Recognition – Neither Confirm Nor Deny". */
function isHeading(text: string, sentence: Span, matchStart: number): boolean {
  if (sentence.end - sentence.start > HEADING_CHECK_LENGTH || ANSWER_SEPARATOR.test(leadIn(text, sentence, matchStart))) return false;
  return looksLikeHeading(textOf(text, sentence));
}

function scopeOf(text: string, sentences: readonly Span[], index: number, sentence: Span, match: Span): 'full' | 'partial' {
  const own = text.slice(Math.max(sentence.start, match.start - OVERT_WINDOW), Math.min(sentence.end, match.end + OVERT_WINDOW));
  if (ANY_OTHER_INFORMATION.test(own)) return 'partial';
  if (!COVERT.test(own)) return 'full';
  if (OVERT.test(own)) return 'partial';
  const previous = index > 0 ? sentences[index - 1] : undefined;
  const before = previous ? text.slice(Math.max(previous.start, previous.end - OVERT_WINDOW), previous.end) : '';
  return OVERT.test(before) ? 'partial' : 'full';
}

/**
 * Sections cited in the sentence itself, in a list of exemptions announced at its end, or in a following sentence
 * that begins "by virtue of". Procedural sections (such as s1(1)(a), the duty being disapplied) are not grounds.
 */
function sectionsRelied(text: string, citations: readonly Citation[], sentences: readonly Span[], index: number, sentence: Span): string[] {
  const grounds = new Set<string>();
  const addFrom = (span: Span): void => {
    for (const citation of citationsIn(citations, span)) if (citation.kind !== 'procedural') grounds.add(citation.section);
  };
  addFrom(sentence);
  if (index < 0) return [...grounds];
  const tail = text.slice(Math.max(sentence.start, sentence.end - 160), sentence.end);
  if (LIST_FOLLOWS.test(tail)) {
    for (let k = index + 1; k < sentences.length && k <= index + LIST_MAX_ITEMS; k++) {
      if (!isListItem(citations, sentences[k])) break;
      addFrom(sentences[k]);
    }
  } else {
    const next = sentences[index + 1];
    if (next && GROUNDS_SENTENCE.test(text.slice(next.start, Math.min(next.end, next.start + 60)))) addFrom(next);
  }
  return [...grounds];
}

function isListItem(citations: readonly Citation[], sentence: Span): boolean {
  if (sentence.end - sentence.start > LIST_ITEM_MAX_LENGTH) return false;
  const first = citationsIn(citations, sentence)[0];
  return first !== undefined && first.span.start - sentence.start <= LIST_ITEM_LEAD;
}
