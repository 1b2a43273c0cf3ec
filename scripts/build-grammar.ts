// Builds the TextMate grammar for FOI letters, `syntaxes/foi.tmLanguage.json`, from named regex pieces.
// Tool names come from the core's vocabulary matcher, so the editor colours exactly the phrases the analysis
// counts. Run with `npx tsx scripts/build-grammar.ts`; a unit test fails when the committed JSON is stale.
//
// Every pattern is written for Oniguruma and kept linear: bounded repetitions, no nested quantifiers over
// characters two parts could both take, and lookbehinds of fixed length.

import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { HEADING_BODY, HEADING_PHRASES } from '../src/core/analysis/outline';
import { GAP as CORE_GAP } from '../src/core/analysis/patterns';
import { buildVocabulary } from '../src/core/vocabulary/tools';

/** Where the grammar is written, relative to the repository root. */
export const GRAMMAR_FILE = 'syntaxes/foi.tmLanguage.json';

interface Capture {
  readonly name?: string;
  readonly patterns?: readonly Rule[];
}
type Captures = Readonly<Record<string, Capture>>;

/** The subset of the TextMate rule format this grammar uses. */
interface Rule {
  readonly include?: string;
  readonly name?: string;
  readonly match?: string;
  readonly begin?: string;
  readonly end?: string;
  readonly captures?: Captures;
  readonly beginCaptures?: Captures;
  readonly endCaptures?: Captures;
  readonly patterns?: readonly Rule[];
}

export interface Grammar {
  readonly information_for_contributors: readonly string[];
  readonly name: string;
  readonly scopeName: string;
  readonly patterns: readonly Rule[];
  readonly repository: Readonly<Record<string, Rule>>;
}

const include = (name: string): Rule => ({ include: `#${name}` });
/** Alternatives in a non-capturing group. */
const anyOf = (...alternatives: string[]): string => `(?:${alternatives.join('|')})`;
/** Case-insensitive group. */
const caseless = (source: string): string => `(?i:${source})`;
/** A short run of spaces between the words of a phrase. */
const SP = '\\s{1,3}';
/** Phrase words joined by short runs of spaces. */
const words = (...parts: string[]): string => parts.join(SP);
/** Not inside a word: no letter or digit before. */
const WORD_START = '(?<![\\p{L}\\p{N}])';
/** Not inside a word: no letter or digit after. */
const WORD_END = '(?![\\p{L}\\p{N}])';

// ---------------------------------------------------------------------------------------------------------------
// Citations of sections of the Act: "Section 24(2) National Security", "s.31(1)(a)&(b)", "Sections 24, and 31".
// These mirror the core's citation scanner (src/core/analysis/citations.ts) line for line, so the editor and the
// analysis agree on what is a citation; test/unit/grammarAgreement.test.ts checks they do.

/** No word, code, path or address runs into the keyword. */
const CITATION_START = "(?<![\\p{L}\\p{N}_'’/\\\\.@\\-])";
/** A bare "s" stands alone: only a space, an opening bracket or quote, or list punctuation may precede it. */
const BARE_S_START = '(?<![^\\s(\\[\\"“‘,;:*•])';
const HSPACE = '[ \\t\\u00a0\\u2009\\u202f]';
/** A section number, with an inserted-section letter when one follows ("22A"). */
const NUMBER = '\\d{1,3}(?:[A-Z](?!\\p{L}))?';
/** "(2)", "(5A)", "(a)", "(ii)", with at most one space before it. */
const SUBSECTION = `${HSPACE}?\\([ \\t]?(?:\\d{1,2}[A-Z]{0,2}|[a-z]{1,2}|[ivx]{1,5})[ \\t]?\\)`;
/** More of a word or code, a decimal, a range, a time or a thousands separator: not a section number. */
const BAD_AFTER_NUMBER = '(?:[\\p{L}\\p{N}_@]|/(?!\\()|[.:\\-]\\d|,\\d{3}(?!\\d))';
/** The "&" of "31(1)(a)&(b)", the ", " of "40(2), (3)". */
const SIBLING_JOINER = caseless(`${HSPACE}{0,3}(?:&|/|,${HSPACE}{0,3}(?:and|or)?|and/or|and|or)${HSPACE}{0,3}`);
/** One section: number, subsections, and alternatives to the last subsection. */
const SECTION = `${NUMBER}(?:${SUBSECTION}){0,8}(?!${BAD_AFTER_NUMBER})(?:(?<=\\))(?:${SIBLING_JOINER}${SUBSECTION}){1,4})?`;
/** Between the numbers of a list: ", ", ", and ", " and ", " or ", " & ". */
const LIST_JOINER = caseless(
  `${HSPACE}{0,3}(?:,${HSPACE}{0,3}(?:(?:and|or)${HSPACE}{1,3})?|(?:and|or)${HSPACE}{1,3}|&${HSPACE}{0,3})(?=\\d)`,
);
/** "30 days", "12 hours": a list that runs into a quantity has stopped being a list of sections. */
const QUANTITY_AFTER = caseless(
  `${HSPACE}{1,3}(?:working|calendar|days?|hours?|weeks?|months?|years?|minutes?|pages?|per\\b|percent|%|officers?|people|persons|members|staff)`,
);
/** A Sheffield postcode after a bare "s" ("S9 4EQ") is not section 9. */
const POSTCODE_TAIL = `(?<!\\))${HSPACE}\\d[A-Z]{2}\\b`;

/** "of the Freedom of Information Act", "of the Act", "of FOIA": this Act after all. */
const THIS_ACT = caseless(
  `Freedom${HSPACE}{1,3}of${HSPACE}{1,3}Information${HSPACE}{1,3}Act\\b|Freedom${HSPACE}{1,3}of${HSPACE}{1,3}Information\\b(?!${HSPACE}{0,3}\\()|FOI${HSPACE}{1,3}Act\\b|FOIA\\b|FOI\\b(?!${HSPACE}{0,3}\\()|(?:(?:this|that|said|above|above[ \\-]mentioned|same|2000)${HSPACE}{1,3})?Act\\b`,
);
/** A named Act, Regulations, Code..., an acronym, or a document of ours ("this letter", "our website"). */
const OTHER_DOCUMENT = anyOf(
  `(?:(?:\\p{Lu}[\\p{L}'’\\-]{0,30}|\\(\\p{Lu}\\p{L}{0,30}\\)|of|and|the|for|to|in|on|&|\\d{4})${HSPACE}{1,3}){0,10}?(?:Act|Acts|Regulations?|Order|Code|Rules|Directive|Convention|Bill|Measure|Schedule)\\b`,
  '[A-Z]{2,6}\\b',
  '(?:this|our|your|my|attached|enclosed)\\b',
  '(?:letter|response|website|web[ \\t]?site|document|report|request|form|e-?mail|leaflet|guide|guidance|manual|policy|procedure)\\b',
);
/**
 * "section 8 of the Data Protection Act 2018", "section 2 of this letter": another document's section. The "of the"
 * is taken whole (an atomic group), as the core's scanner takes it, so "of the Act" cannot be re-read as "the Act".
 */
const NOT_OF_OTHER_DOCUMENT = `(?!(?>${HSPACE}{0,3}${caseless('of')}${HSPACE}{1,3}(?:${caseless('the')}${HSPACE}{1,3})?)(?!${THIS_ACT})${OTHER_DOCUMENT})`;

/** Capitalised words that start the next clause rather than a section's title. */
const NOT_A_TITLE_WORD = '(?!(?:Sections?|Act|Freedom|FOI|FOIA|The|This|That|These|It|In|Of|And|Or)\\b)';
const TITLE_WORD = `${NOT_A_TITLE_WORD}[A-Z][a-z]{2,20}`;
/** A title in title case after the number: "National Security", "Health and Safety", "Cost of Compliance". */
const SECTION_TITLE = `${TITLE_WORD}(?:\\s(?:(?:and|of|to|by|for|&)\\s)?${TITLE_WORD}){0,5}`;
const TITLE_SEPARATOR = anyOf('\\s?[-–—:]\\s?', '\\s\\(', '\\s');
const TITLE = `(?:${TITLE_SEPARATOR}(${SECTION_TITLE})\\)?)?`;

/** Explicit groups for the first few numbers of a list, so each is scoped without re-tokenizing the capture. */
const LIST_GROUPS = 6;
/** Longer lists (rare) are scoped as one run from the seventh number on. */
const LIST_TAIL = 12;

/**
 * A citation rule: keyword, then the list of sections with one capture group per number, then an optional title.
 * Captures are named directly rather than re-tokenized: VS Code re-tokenizes a capture by copying the line up to
 * it, which on a long line full of citations would cost time in the square of the line's length.
 */
function citationRule(keyword: string, afterFirst = ''): Rule {
  const next = `${LIST_JOINER}(${SECTION})(?!${QUANTITY_AFTER})`;
  let list = '';
  for (let i = LIST_GROUPS - 1; i >= 1; i--) list = `(?:${next}${list})?`;
  const tail = `((?:${LIST_JOINER}${SECTION}(?!${QUANTITY_AFTER})){0,${LIST_TAIL}})`;
  const captures: Record<string, Capture> = { '1': { name: 'keyword.other.citation.foi' } };
  for (let group = 2; group <= LIST_GROUPS + 2; group++) captures[String(group)] = { name: 'constant.numeric.section.foi' };
  captures[String(LIST_GROUPS + 3)] = { name: 'entity.name.section.foi' };
  return {
    name: 'meta.citation.foi',
    match: `${CITATION_START}${keyword}(?=\\d)(${SECTION})${afterFirst}${list}${tail}${NOT_OF_OTHER_DOCUMENT}${TITLE}`,
    captures,
  };
}

/** "Section 24", "sections 30, 31 and 40(2)", "SECTION 43". */
const citationLong = citationRule(`(${caseless('sections?')})${HSPACE}{0,3}`);
/** "sec 31", "sect. 43", "Secs 30". */
const citationShort = citationRule(`(${caseless('sect?s?\\.?')})${HSPACE}?`);
/** "s8", "s.31(3)", "S. 23(5)", "ss.30 and 31" — never "s 24", which is more often a lost apostrophe. */
const citationBare = citationRule(`${BARE_S_START}(${caseless('s{1,2}')}(?:\\.${HSPACE}?)?)`, `(?!${POSTCODE_TAIL})`);
/**
 * "the Data Protection Act 2018, section 45", "RIPA s.29": a section of another Act named just before. Matched
 * (and left plain) so that the citation rules never start on its keyword.
 */
const otherActSection: Rule = {
  match:
    anyOf(
      `${caseless("(?<!information\\s|foi\\s|the\\s|this\\s|that\\s)")}\\bAct`,
      '\\b(?:RIPA|DPA|PACE|IPA|GDPR|CPIA|HRA|CMA|EIR)',
    ) +
    `(?:${HSPACE}{1,3}\\d{4})?${HSPACE}{0,3},?${HSPACE}{0,3}(?:\\(|${caseless('at|under')}${HSPACE}{1,3})?` +
    `${caseless('sections?|sect?s?\\.?|s{1,2}\\.?')}(?=${HSPACE}{0,3}\\d)`,
};

// ---------------------------------------------------------------------------------------------------------------
// Neither confirm nor deny. The statement forms mirror the core's recogniser (src/core/analysis/ncnd.ts); headings
// also take the looser forms ("Factors favouring Neither Confirming Nor Denying", "Harm for the partial NCND").

/** Whitespace inside a phrase, as the core allows it. */
const GAP = CORE_GAP;
const phrase = (...parts: string[]): string => parts.join(GAP);
const NEITHER_NOR = `neither${GAP}(?:(?:able|in${GAP}a${GAP}position)${GAP}to${GAP}|be${GAP})?${phrase('confirm(?:s|ed)?', 'n?or', 'den(?:y|ies|ied)')}`;
const BE_FORM = `(?:is|are|am|was|were|be|been|being)${GAP}(?:(?:therefore|also|now|currently)${GAP})?`;
const NEITHER_NOR_GERUND = phrase('neither', 'confirming', 'nor', 'denying');
const REFUSES_TO =
  anyOf(
    'refuses?',
    'refused',
    'refusing',
    'declines?',
    'declined',
    'cannot',
    phrase('can', 'not'),
    "can['’]t",
    phrase('unable', 'to'),
    phrase('not', 'able', 'to'),
    phrase('will', 'not'),
    "won['’]t",
    phrase('would', 'not'),
    phrase('(?:does|do)', 'not'),
    "doesn['’]t",
    "don['’]t",
    phrase('not', 'possible', 'to'),
    phrase('not', 'in', 'a', 'position', 'to'),
    phrase('not', '(?:obliged|required)', 'to'),
    phrase('under', 'no', '(?:obligation|duty)', 'to'),
  ) +
  `${GAP}(?:(?:to|either)${GAP})?${phrase('confirm', 'n?or', 'deny')}`;
const NCND_VERB =
  '(?:will|would|must|to|we|is|are|apply|applying|applied|issue|issued|issuing|give|given|giving|provide|provided|providing)';
const NCND_AFTER = anyOf(
  'applies',
  phrase('is', '(?:applied|engaged|being\\s{1,6}applied)'),
  phrase('has', 'been', 'applied'),
  phrase('response', '(?:is|has)'),
);

/**
 * The phrase that makes a sentence an NCND statement. Keyword captures: 2 (the gerund after "is"), 3 ("neither
 * confirm nor deny", "cannot confirm or deny"), 5 and 6 (the acronym with the verb or words around it).
 */
const NCND_STATEMENT_BEGIN =
  '\\b' +
  anyOf(
    `(${caseless(BE_FORM)})(${caseless(NEITHER_NOR_GERUND)})\\b`,
    `(${caseless(anyOf(NEITHER_NOR, REFUSES_TO))})\\b`,
    `(${caseless(NCND_VERB)}${GAP}(?:${caseless('a|an|this')}${GAP})?(?:${caseless('partial')}${GAP})?)(NCND)\\b`,
    `(NCND)(?=${GAP}${caseless(NCND_AFTER)}\\b)`,
  );
const NCND_STATEMENT_CAPTURES: Captures = {
  '2': { name: 'keyword.control.ncnd.foi' },
  '3': { name: 'keyword.control.ncnd.foi' },
  '5': { name: 'keyword.control.ncnd.foi' },
  '6': { name: 'keyword.control.ncnd.foi' },
};

/** A section 1(1)(a) citation as the duty-disapplying clause starts it: "the duty in Section 1(1)(a) ...". */
const SECTION_1_1_A = caseless(`(?:section|s\\.?)${HSPACE}{0,3}1${HSPACE}{0,3}\\(1\\)${HSPACE}{0,3}\\(a\\)`);
/** "the duty to confirm or deny does not apply", "the duty in Section 1(1)(a) of the Act does not apply". */
const ncndDuty: Rule = {
  match:
    `\\b(?:(${caseless(phrase('duty', 'to', 'confirm', 'or', 'deny'))})|(?=${SECTION_1_1_A}))` +
    `((?:${SECTION_1_1_A})?[^.;:\\n]{0,100}?)\\b(${caseless(phrase('(?:does|do|did|will|would|shall)', 'not', '(?:apply|arise)'))})\\b`,
  captures: {
    '1': { name: 'keyword.control.ncnd.foi' },
    '2': { patterns: [include('citation'), include('facts')] },
    '3': { name: 'keyword.control.ncnd.foi' },
  },
};
/** "is exempt from the duty to confirm or deny", "removes the duty to confirm or deny". */
const ncndExempt: Rule = {
  name: 'keyword.control.ncnd.foi',
  match: `\\b${caseless(
    phrase(
      `(?:(?:exempt(?:ed)?|excluded|relieved|released)${GAP}from|removes?|removed|removing|disappl(?:y|ies|ied))`,
      '(?:the|its|our|any|their)',
      '(?:duty|requirement|obligation)',
      'to',
      'confirm',
      'or',
      'deny',
    ),
  )}\\b`,
};

/** In headings: any NCND wording, including the gerund and the bare acronym. */
const ncndPhrase: Rule = {
  name: 'keyword.control.ncnd.foi',
  match: anyOf(
    `\\b${caseless(phrase('neither', 'confirm(?:s|ing|ed)?', 'n?or', 'den(?:y|ies|ying|ied)'))}\\b`,
    `\\b${caseless(REFUSES_TO)}\\b`,
    '\\bNCND\\b',
  ),
};

/** The statement phrase alone, where a region cannot open (bold text). */
const ncndStatementPhrase: Rule = { match: NCND_STATEMENT_BEGIN, captures: NCND_STATEMENT_CAPTURES };

/**
 * An NCND statement to its full stop or the end of the line: inside it, "is used" is part of what is neither
 * confirmed nor denied, so answer phrases are not coloured there.
 */
const ncndStatement: Rule = {
  name: 'meta.ncnd.foi',
  begin: NCND_STATEMENT_BEGIN,
  beginCaptures: NCND_STATEMENT_CAPTURES,
  end: '(?<=[.!?])(?=\\s|$)|$',
  patterns: [
    include('ncnd-statement-phrase'),
    include('ncnd-duty'),
    include('ncnd-exempt'),
    include('citation'),
    include('tool'),
    include('facts'),
    include('bold-marker'),
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// What the authority says about use: confirmations, denials, not held, referrals.

/** "is or is not held", "are or are not deployed": both sides of an argument, not a statement. */
const NOT_AFTER_OR = '(?<!\\bor\\s)';
const BE = '(?:is|are|was|were)';
const NEGATED_DO = anyOf(words('(?:does|do|did)', 'not'), 'doesn[\'’]t', 'don[\'’]t', 'didn[\'’]t');
const NEGATED_BE = `${BE}(?:\\s{1,3}not|n['’]t)`;
const ADVERB = '(?:currently|presently|routinely|overtly|now|still|already|also)\\s{1,3}';
const USE_VERB = '(?:use|deploy|operate|employ|utili[sz]e)';
const USED = '(?:used|deployed|utili[sz]ed|employed|operated|in\\s{1,3}use|in\\s{1,3}operation)';

/** Not in a question: "Which of these tools are in use?" asks, it does not confirm. */
const NOT_IN_A_QUESTION = '(?![^.?!\\n]{0,160}\\?)';

const confirmation: Rule = {
  name: 'markup.inserted.confirmation.foi',
  match: caseless(
    anyOf(
      // "I can confirm", "we can confirm that", "we are able to confirm" — but not "can confirm or deny".
      `\\b${anyOf('can', 'could', words('(?:am|is|are)', 'able', 'to'), words('(?:happy|pleased)', 'to'))}${SP}confirm(?:${SP}that)?\\b(?!${SP}(?:n?or|and)\\s)`,
      `\\b(?:I|we)${SP}(?:hereby${SP})?confirm(?:${SP}that)?\\b(?!${SP}(?:n?or|and)\\s)`,
      // "does use", "do currently use"
      `(?<!\\bnot\\s)\\b(?:does|do|did)${SP}(?:${ADVERB})?${USE_VERB}\\b`,
      // "is used", "are in use", "has been deployed" (progressive "is being used" is how questions ask, so left out)
      `${NOT_AFTER_OR}(?<!\\bnot\\s)\\b${anyOf(BE, words('(?:has|have)', 'been'))}${SP}(?:${ADVERB})?${USED}\\b`,
    ) + NOT_IN_A_QUESTION,
  ),
};

const denial: Rule = {
  name: 'markup.deleted.denial.foi',
  match: caseless(
    anyOf(
      `\\b${NEGATED_DO}${SP}(?:${ADVERB})?${USE_VERB}\\b`,
      `${NOT_AFTER_OR}\\b${NEGATED_BE}${SP}(?:${ADVERB}|being\\s{1,3}){0,2}(?:${USED}|using|deploying|utili[sz]ing|operating)\\b`,
      `\\b(?:has|have|had)(?:\\s{1,3}not|\\s{1,3}never|n['’]t)${SP}(?:been${SP})?(?:used|deployed|utili[sz]ed|employed)\\b`,
      `\\bno${SP}(?:overt|current|operational)${SP}use\\b`,
      `\\bno${SP}use${SP}(?:of|is${SP}made|has${SP}been${SP}made)\\b`,
      `\\bnot${SP}(?:currently${SP}|presently${SP})?in${SP}use\\b`,
    ),
  ),
};

const notHeld: Rule = {
  name: 'markup.changed.not-held.foi',
  match: caseless(
    anyOf(
      `\\b${NEGATED_DO}${SP}(?:currently${SP})?hold\\b`,
      `${NOT_AFTER_OR}\\b${NEGATED_BE}${SP}(?:currently${SP})?held\\b`,
      `\\bno${SP}(?:(?:relevant|recorded|such|further)${SP})?(?:information|records?|data|documents?)${SP}(?:${BE}${SP})?(?:held|recorded|retained|kept)\\b`,
      `\\bholds?${SP}no${SP}(?:(?:relevant|recorded)${SP})?(?:information|records?|data)\\b`,
    ),
  ),
};

const referral: Rule = {
  name: 'markup.italic.referral.foi',
  match: caseless(
    anyOf(
      `\\byou${SP}(?:may|might|could)${SP}(?:wish|want|like)${SP}to${SP}(?:contact|re-?submit|re-?direct|direct|approach|write${SP}to|submit|send|forward|address)\\b`,
      `\\b(?:may|might|would)${SP}be${SP}(?:able|better${SP}placed)${SP}to${SP}(?:assist|help)\\b`,
      `\\bmay${SP}hold${SP}(?:(?:some|any|all)${SP}(?:of${SP})?)?(?:(?:this|the|that|such|relevant)${SP})?information\\b`,
      `\\b(?:is|are)${SP}(?:(?:a|the)${SP})?responsibility${SP}of\\b`,
      `\\b(?:is|are)${SP}(?:(?:a|two)${SP})?separate${SP}(?:legal${SP})?(?:organi[sz]ations?|entit(?:y|ies)|bod(?:y|ies)|public${SP}authorit(?:y|ies)|data${SP}controllers?)\\b`,
      `\\b(?:transferred|forwarded|redirected|passed)${SP}your${SP}request${SP}to\\b`,
      `\\bshould${SP}be${SP}(?:re)?(?:directed|addressed|sent)${SP}to\\b`,
    ),
  ),
};

// ---------------------------------------------------------------------------------------------------------------
// Tools, taken from the core's vocabulary so both match the same phrases.

const tool: Rule = { name: 'entity.name.type.tool.foi', match: buildVocabulary().pattern.source };

// ---------------------------------------------------------------------------------------------------------------
// Facts: references, dates, links, telephone numbers, postcodes.

/** An identifier ending in a letter or digit, so a sentence's full stop stays outside. */
const IDENTIFIER = '[A-Za-z0-9](?:[A-Za-z0-9/_.\\-]{0,40}[A-Za-z0-9])?';
/** The next identifier holds a digit within its first few characters ("FOI/OPCC/19-026", not "and"). */
const WITH_DIGIT = '(?=[A-Za-z/._\\-]{0,12}\\d)';
/** A labelled reference: "Our Ref: FOI/OPCC/19-026-037, 19-040-043", "Reference No: FOI 007663-17", "Case number: 2019/4567". */
const referenceLabelled: Rule = {
  match:
    `\\b${caseless(anyOf(`(?:(?:our|your|request|case|foi)${SP})?ref(?:erence)?(?:\\.?${SP}(?:no\\.?|number))?`, `(?:request|case)${SP}(?:no\\.?|number)`))}` +
    `\\s{0,3}[:.\\-]?\\s{0,3}${WITH_DIGIT}` +
    `((?:[A-Z]{2,6}\\s(?=\\d))?${IDENTIFIER}(?:\\s{0,2}(?:,|&|and)\\s{0,2}${WITH_DIGIT}${IDENTIFIER}){0,6})`,
  captures: { '1': { name: 'constant.other.reference.foi' } },
};
/** Unlabelled: "FOI2017/01696", "FOI 007663-17", "FOI/OPCC/19-026-037", and year-numbered "2019-01031". */
const referenceBare: Rule = {
  name: 'constant.other.reference.foi',
  match: anyOf(
    `\\b(?:FOI[AR]?|RFI)[\\s/_\\-]?(?:[A-Z]{2,8}/){0,3}(?:\\d{1,8}(?:[/\\-][0-9A-Z]{1,8}){1,4}|\\d{5,10})${WORD_END}`,
    `(?<![\\p{L}\\p{N}/\\-])(?:19|20)\\d{2}[/\\-]\\d{5,6}${WORD_END}`,
  ),
};

const MONTH = caseless(
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?',
);
const WEEKDAY = caseless('(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s{1,3}');
const ORDINAL = caseless('(?:st|nd|rd|th)?');
const YEAR = '(?:19|20)\\d{2}(?!\\d)';
const date: Rule = {
  name: 'constant.numeric.date.foi',
  match:
    `(?<![\\p{L}\\p{N}/.\\-])` +
    anyOf(
      `(?:${WEEKDAY})?\\d{1,2}${ORDINAL}(?:\\s{1,3}of)?\\s{1,3}(?:${MONTH})\\.?(?![\\p{L}])(?:,?\\s{1,3}${YEAR})?`,
      `(?:${WEEKDAY})?(?:${MONTH})\\.?\\s{1,3}\\d{1,2}${ORDINAL},?\\s{1,3}${YEAR}`,
      `(?:${MONTH})\\s{1,3}${YEAR}`,
      `\\d{1,2}([/.\\-])\\d{1,2}\\1(?:19|20)?\\d{2}(?!\\d)`,
      `(?:19|20)\\d{2}-[01]\\d-[0-3]\\d(?!\\d)`,
    ),
};

/** Web addresses end on a letter, digit or slash, so trailing punctuation stays outside. */
const url: Rule = {
  name: 'markup.underline.link.foi',
  match: `${caseless('(?:https?://|mailto:|www\\.)')}[^\\s<>"“”()\\[\\]]{0,2000}[^\\s<>"“”()\\[\\].,;:!?'’*]`,
};
const email: Rule = {
  name: 'markup.underline.link.foi',
  match: '(?<![\\w.+\\-])[A-Za-z0-9._%+\\-]{1,64}@[A-Za-z0-9\\-]{1,63}(?:\\.[A-Za-z0-9\\-]{1,63}){1,8}',
};
/** UK numbers: "01234 842547", "0303 123 1113", "+44 (0)1625 545 700". */
const telephone: Rule = {
  name: 'constant.numeric.telephone.foi',
  match:
    '(?<![\\p{L}\\p{N}/.\\-])(?:\\+44\\s{0,2}(?:\\(0\\)\\s{0,2})?|\\(?0)\\d{2,4}\\)?(?:[ \\-]{0,2}\\d{3,4}){1,2}(?![\\p{L}\\p{N}/\\-])',
};
/** UK postcodes in capitals with their space, using the letters the Royal Mail allows in each place: "MK43 9AX". */
const postcode: Rule = {
  name: 'constant.other.postcode.foi',
  match: `${WORD_START}(?:GIR 0AA|[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? {1,2}\\d[ABD-HJLNP-UW-Z]{2})${WORD_END}`,
};

// ---------------------------------------------------------------------------------------------------------------
// Quotations, Markdown leftovers.

/** Curly quotes may span lines (a quoted request with its numbered questions); straight quotes close at the line end. */
const QUOTED_PATTERNS: readonly Rule[] = [
  include('question-number'),
  include('list-bullet'),
  include('tool'),
  include('citation'),
  include('facts'),
  include('bold-marker'),
];
const quoteCurly: Rule = {
  name: 'string.quoted.request.foi',
  begin: '“',
  end: '”',
  beginCaptures: { '0': { name: 'punctuation.definition.string.begin.foi' } },
  endCaptures: { '0': { name: 'punctuation.definition.string.end.foi' } },
  patterns: QUOTED_PATTERNS,
};
const quoteStraight: Rule = {
  name: 'string.quoted.request.foi',
  begin: '"',
  end: '"|$',
  beginCaptures: { '0': { name: 'punctuation.definition.string.begin.foi' } },
  endCaptures: { '0': { name: 'punctuation.definition.string.end.foi' } },
  patterns: QUOTED_PATTERNS.filter((rule) => rule.include !== '#question-number' && rule.include !== '#list-bullet'),
};

/** Bold text from a Markdown conversion: often the requester's words, so only facts are coloured inside. */
const bold: Rule = {
  name: 'markup.bold.foi',
  match: '(\\*\\*)([^*\\n]{1,2000})(\\*\\*)',
  captures: {
    '1': { name: 'punctuation.definition.bold.foi' },
    '2': {
      patterns: [
        include('ncnd-statement-phrase'),
        include('ncnd-duty'),
        include('ncnd-exempt'),
        include('citation'),
        include('tool'),
        include('facts'),
      ],
    },
    '3': { name: 'punctuation.definition.bold.foi' },
  },
};
/** A "**" left unpaired on its line. */
const boldMarker: Rule = { name: 'punctuation.definition.bold.foi', match: '\\*\\*' };

// ---------------------------------------------------------------------------------------------------------------
// Line-level structure: headings, question numbers, bullets, sign-offs.

/** What a heading holds besides its words. */
const HEADING_CONTENT: readonly Rule[] = [
  include('ncnd-phrase'),
  include('citation'),
  include('tool'),
  include('facts'),
  include('bold'),
  include('bold-marker'),
];

/**
 * A whole line that starts with `phrase`, after optional indentation, Markdown "#"s and "**", and has the shape of
 * a heading (see HEADING_BODY in the outline), so prose that begins with the same words is left alone. The outline
 * also asks for a blank line above a plain-text heading, which a line-by-line grammar cannot see.
 */
function headingLine(name: string, ...phrases: string[]): Rule {
  return {
    name,
    match: `^(\\s{0,12})(#{1,6}\\s{1,4})?(\\*\\*\\s?)?(?=${caseless(anyOf(...phrases))})(?=${HEADING_BODY})([^\\n]*)$`,
    captures: {
      '2': { name: 'punctuation.definition.heading.foi' },
      '3': { name: 'punctuation.definition.bold.foi' },
      '4': { patterns: HEADING_CONTENT },
    },
  };
}

const markdownHeading: Rule = {
  name: 'markup.heading.foi',
  match: '^(\\s{0,3})(#{1,6})(?=\\s)([^\\n]*)$',
  captures: {
    '2': { name: 'punctuation.definition.heading.foi' },
    '3': { patterns: HEADING_CONTENT },
  },
};

/** "Q1.", "1.", "2)", "a)", "(a)", "(ii)", "Question 3:" at the start of a line, after an optional bullet. */
const questionNumber: Rule = {
  match:
    '^(\\s{0,12})((?:[-•*▪◦·‣–]\\s{1,4})?)' +
    `(${anyOf('[Qq](?:uestion)?\\s?\\d{1,3}[.:)]?', '\\d{1,2}[.)]', '\\(\\d{1,2}\\)', '\\(?[a-z]\\)', '\\((?:i{1,3}|iv|vi{0,3}|ix|x)\\)')})` +
    '(?=\\s|[A-Z“"‘]|$)',
  captures: {
    '2': { name: 'punctuation.definition.list.begin.foi' },
    '3': { name: 'constant.numeric.question.foi' },
  },
};
const listBullet: Rule = {
  match: '^(\\s{0,12})([•▪◦·‣]|[-*–](?=\\s))',
  captures: { '2': { name: 'punctuation.definition.list.begin.foi' } },
};

/** "Yours sincerely" anywhere at a line's start; "Kind regards" and the like only as a line of their own. */
const signoff: Rule = {
  name: 'comment.line.signoff.foi',
  match: anyOf(
    `^\\s{0,12}${caseless(`yours${SP}(?:sincerely|faithfully|truly)`)}\\b,?`,
    `^\\s{0,12}${caseless(anyOf(`(?:kind|best|warm|with${SP}(?:kind|best))${SP}regards`, 'regards', `many${SP}thanks`))}[,.!]?(?=\\s*$)`,
  ),
};

// ---------------------------------------------------------------------------------------------------------------

/** The grammar as a plain object, ready to be written as JSON. */
export function buildGrammar(): Grammar {
  return {
    information_for_contributors: [
      'Generated by scripts/build-grammar.ts; edit that script and run `npx tsx scripts/build-grammar.ts`.',
    ],
    name: 'FOI Letter',
    scopeName: 'source.foi',
    patterns: [
      include('heading-factors'),
      include('heading-test'),
      include('heading-review'),
      include('heading-markdown'),
      include('signoff'),
      include('question-number'),
      include('list-bullet'),
      include('statements'),
      include('inline'),
    ],
    repository: {
      'heading-factors': headingLine('markup.heading.factors.foi', HEADING_PHRASES.factorsFor, HEADING_PHRASES.factorsAgainst),
      'heading-test': headingLine(
        'markup.heading.test.foi',
        HEADING_PHRASES.harmTest,
        HEADING_PHRASES.balanceTest,
        HEADING_PHRASES.publicInterestTest,
      ),
      'heading-review': headingLine('markup.heading.review.foi', HEADING_PHRASES.review),
      'heading-markdown': markdownHeading,
      signoff,
      'question-number': questionNumber,
      'list-bullet': listBullet,
      statements: {
        patterns: [
          include('ncnd-statement'),
          include('ncnd-duty'),
          include('ncnd-exempt'),
          include('not-held'),
          include('denial'),
          include('confirmation'),
          include('referral'),
        ],
      },
      inline: {
        patterns: [
          include('citation'),
          include('tool'),
          include('facts'),
          include('quote-curly'),
          include('quote-straight'),
          include('bold'),
          include('bold-marker'),
        ],
      },
      'ncnd-statement': ncndStatement,
      'ncnd-statement-phrase': ncndStatementPhrase,
      'ncnd-duty': ncndDuty,
      'ncnd-exempt': ncndExempt,
      'ncnd-phrase': ncndPhrase,
      'not-held': notHeld,
      denial,
      confirmation,
      referral,
      citation: { patterns: [include('other-act-section'), include('citation-long'), include('citation-short'), include('citation-bare')] },
      'other-act-section': otherActSection,
      'citation-long': citationLong,
      'citation-short': citationShort,
      'citation-bare': citationBare,
      tool,
      facts: {
        patterns: [
          include('url'),
          include('email'),
          include('reference-labelled'),
          include('reference-bare'),
          include('date'),
          include('telephone'),
          include('postcode'),
        ],
      },
      url,
      email,
      'reference-labelled': referenceLabelled,
      'reference-bare': referenceBare,
      date,
      telephone,
      postcode,
      'quote-curly': quoteCurly,
      'quote-straight': quoteStraight,
      bold,
      'bold-marker': boldMarker,
    },
  };
}

/** The grammar file's exact text. */
export function renderGrammar(): string {
  return `${JSON.stringify(buildGrammar(), null, 2)}\n`;
}

if (require.main === module) {
  const target = join(__dirname, '..', GRAMMAR_FILE);
  writeFileSync(target, renderGrammar());
  console.log(`wrote ${GRAMMAR_FILE}`);
}
