// Recognises the sentence-level answers a letter gives besides NCND: information not held, questions refused as
// opinion rather than recorded information, referrals to another body, and the presence of the exemption tests.

import type { Citation, Referral, Statement, TestPresence } from '../model';
import type { Span } from '../text';
import { findExemptionTests } from './exemptionTests';
import { citationsIn, GAP, hitsBySentence, leadIn, OPTIONAL_GAP, textOf, type SentenceHit } from './patterns';
import { phraseList } from './phraseScan';
import { findReferrals } from './referrals';

const INFORMATION = '(?:information|data|records?|documents?|documentation|details|figures|statistics)';
/** A document a request asks for a copy of: "any policy on ...", "the DPIA for ...". */
const DOCUMENT = `(?:polic(?:y|ies)|procedures?|guidance|DPIAs?|(?:impact${GAP})?assessments?|contracts?|reports?|evaluations?|business${GAP}cases?|minutes|correspondence|training${GAP}materials?)`;
/**
 * After "is not held" or "is not recorded": "in a way that could be retrieved", "in a searchable format", "in any
 * single system". That is the information held but costly to find, the argument of a cost refusal (s12), not its
 * absence. "Not recorded centrally" alone still says the authority has no record to give.
 */
const NOT_RETRIEVABLE = `(?!${GAP}(?:(?:centrally${GAP})?in${GAP}(?:a|an|any)${GAP}(?:[\\w-]+${GAP}){0,2}?(?:way|format|manner|form|system|database)\\b|(?:on|in)${GAP}(?:a|any|one)${GAP}(?:single|central)\\b))`;
/**
 * What a search found nothing of: "no information matching your request", "no records relevant to the request", "no
 * information in scope of your request", "no information falling within the scope of your request".
 */
const MATCHING_REQUEST = `(?:(?:matching|relevant${GAP}to|relating${GAP}to|(?:falling${GAP})?(?:with)?in${GAP}(?:the${GAP})?scope${GAP}of)${GAP}(?:your|the|this)${GAP}request${GAP})?`;

const NOT_HELD = phraseList([
  // "the information is not held", "information requested is not held by the Office of ...", "isn't held"
  new RegExp(`\\b(?:is|are|was|were)(?:${GAP}not|n['’]?t)${GAP}(?:currently${GAP})?held\\b${NOT_RETRIEVABLE}`, 'gi'),
  // "this information is not recorded" (but not "the meeting was not recorded")
  new RegExp(`\\b(?:is|are)(?:${GAP}not|n['’]?t)${GAP}(?:currently${GAP})?(?:recorded|retained)\\b${NOT_RETRIEVABLE}`, 'gi'),
  // "does not hold the information requested", "does not hold information on ...", "does not record this"
  new RegExp(
    `\\b(?:do|does|did)(?:${GAP}not|n['’]?t)${GAP}(?:currently${GAP}|actually${GAP})?(?:hold|retain|keep|record|collate)${GAP}(?:any|this|that|these|those|such|the|recorded|${INFORMATION})\\b`,
    'gi',
  ),
  // A national body's "does not hold a central record of which forces use ...": no list to give.
  new RegExp(`\\b(?:do|does|did)(?:${GAP}not|n['’]?t)${GAP}(?:hold|keep|maintain)${GAP}an?${GAP}(?:(?:central|national|single)${GAP})?(?:record|list|register)${GAP}of\\b`, 'gi'),
  // "we have been unable to locate any information", "searches found no relevant records"
  new RegExp(`\\b(?:unable|not${GAP}able)${GAP}to${GAP}(?:locate|find|identify|retrieve)${GAP}any${GAP}(?:(?:relevant|recorded)${GAP})?${INFORMATION}\\b`, 'gi'),
  new RegExp(`\\b(?:found|located|identified|returned)${GAP}no${GAP}(?:(?:relevant|recorded)${GAP})?${INFORMATION}\\b`, 'gi'),
  // "has not located any information held in respect of this question"
  new RegExp(`\\b(?:has|have)${GAP}not${GAP}(?:located|found|identified)${GAP}any${GAP}(?:(?:relevant|recorded)${GAP})?${INFORMATION}\\b`, 'gi'),
  // A search of a system finding nothing: "returned no transactions", "returned no matching results".
  new RegExp(`\\breturned${GAP}no${GAP}(?:(?:relevant|matching)${GAP})?(?:results|transactions|matches|entries|hits)\\b`, 'gi'),
  // "no information is held", "no record is held", "no relevant information was found", "No information held.", "No
  // record could be located".
  new RegExp(
    `\\bno${GAP}(?:(?:relevant|such|recorded|further|other)${GAP})?${INFORMATION}${GAP}${MATCHING_REQUEST}(?:(?:is|are|was|were|has${GAP}been|have${GAP}been|could${GAP}be|can${GAP}be)${GAP})?(?:held|found|located|retained|kept)\\b`,
    'gi',
  ),
  // "No policy on hacking is held", "no equality impact assessment is held for this subject": a document asked for.
  new RegExp(
    `\\bno${GAP}(?:(?:such|relevant|specific|separate|written|formal|equality|data${GAP}protection|privacy)${GAP}){0,2}${DOCUMENT}\\b[^.;:,\\n]{0,60}?\\b(?:is|are|was|were|has${GAP}been|have${GAP}been)${GAP}(?:currently${GAP})?(?:held|found|located|retained|kept)\\b`,
    'gi',
  ),
  // A search reported with doubt: "is not aware of holding any information", "does not believe that it holds any".
  new RegExp(
    `\\b(?:not${GAP}aware${GAP}of${GAP}holding|(?:do|does)${GAP}not${GAP}believe${GAP}(?:that${GAP})?(?:it|we|the${GAP}(?:force|office|constabulary))${GAP}holds?)${GAP}any${GAP}(?:(?:relevant|recorded|such)${GAP})?${INFORMATION}\\b`,
    'gi',
  ),
  // "there is no recorded information"
  new RegExp(`\\bno${GAP}recorded${GAP}information\\b`, 'gi'),
  // "MOPAC is not the holder of this information"
  new RegExp(`\\b(?:is|are)${GAP}not${GAP}the${GAP}holders?${GAP}of\\b`, 'gi'),
  // "we hold no information", "holds no information", "we have no records", "holds no other information"
  new RegExp(`\\b(?:hold|holds|held|retain|retains|have|has)${GAP}no${GAP}(?:(?:relevant|such|recorded|other|further)${GAP})?${INFORMATION}\\b`, 'gi'),
  // "does not have any information relating to ...", "do not possess any records"
  new RegExp(
    `\\b(?:do|does|did)(?:${GAP}not|n['’]?t)${GAP}(?:currently${GAP})?(?:have|possess)${GAP}(?:any${GAP})?(?:(?:relevant|such|recorded)${GAP})?${INFORMATION}\\b`,
    'gi',
  ),
  // terse answers: "Facial recognition – Not held.", "2) Not held.", "Q3. Not held", "| Not held |", "hacking (not
  // held)", "[Not held by the OPCC]". This one cannot be looked for word by word, so it scans the whole letter; the
  // lookahead, which repeats what follows it, lets the engine drop most positions about twice as fast.
  new RegExp(`(?:^|[–—:).|([-])[ \\t\\u00a0]*(?=not${GAP}held\\b)not${GAP}held\\b`, 'gim'),
  // A table's cell: "Information not held", "Data not held by this force".
  new RegExp(`\\b${INFORMATION}${GAP}not${GAP}held\\b`, 'gi'),
]);
/** "if no information is held", "whether any information is or is not held": conditions, not answers. */
const CONDITION_WORD = /\b(?:whether|if|unless)\b/i;
const OR_BEFORE = /\bor[\s\u00a0]+$/i;
const CONDITION_WINDOW = 80;

const OPINION = phraseList([
  // "an opinion based question", "opinion-based"
  new RegExp(`\\bopinion${OPTIONAL_GAP}[-–]?${OPTIONAL_GAP}based\\b`, 'gi'),
  // "asks for an opinion", "seeks our views or opinions"
  new RegExp(
    `\\b(?:asks?|asking|seeks?|seeking|requests?|requesting)${GAP}(?:for${GAP})?(?:(?:an?|our|the|my)${GAP})?(?:(?:personal|professional|views?${GAP}or)${GAP})?opinions?\\b`,
    'gi',
  ),
  // "not a request for recorded information", "rather than a request for information held"
  new RegExp(`\\b(?:not|rather${GAP}than)${GAP}(?:a${GAP})?(?:valid${GAP})?requests?${GAP}for${GAP}(?:recorded${GAP})?information\\b`, 'gi'),
]);
/** "not valid under s8 of the Act", "not a valid request under section 8": counts when section 8 is cited with it. */
const NOT_VALID = new RegExp(`\\bnot${GAP}(?:a${GAP})?valid\\b`, 'gi');
const NOT_VALID_LIST = phraseList([NOT_VALID]);
const REQUEST_SECTION = 's8';

/** Everything {@link findStatements} recognises. */
export interface LetterStatements {
  readonly notHeld: Statement[];
  readonly referrals: Referral[];
  readonly opinionQuestions: Statement[];
  readonly publicInterestTest: TestPresence;
  readonly harmTest: TestPresence;
  readonly balanceTest: TestPresence;
}

/**
 * Not-held statements, referrals, opinion questions and the exemption tests of a letter. Each statement is a
 * whole sentence; adjacent sentences making one point ("This is an opinion based question. This question is not
 * valid under section 8 ...") are one statement.
 * @param citations the letter's citations, from {@link findCitations}: a refusal as invalid counts as an opinion
 * question only when it cites section 8.
 * @param sentences the letter's sentences, from {@link splitSentences}.
 */
export function findStatements(text: string, citations: readonly Citation[], sentences: readonly Span[]): LetterStatements {
  const notHeld = hitsBySentence(text, sentences, NOT_HELD, (match, sentence) => {
    const lead = leadIn(text, sentence, match.index, CONDITION_WINDOW);
    return !CONDITION_WORD.test(lead) && !OR_BEFORE.test(lead);
  });
  const opinion = [
    ...hitsBySentence(text, sentences, OPINION),
    ...hitsBySentence(text, sentences, NOT_VALID_LIST, (_match, sentence) =>
      citationsIn(citations, sentence).some((citation) => citation.base === REQUEST_SECTION),
    ),
  ].sort((a, b) => a.span.start - b.span.start);
  return {
    notHeld: notHeld.map((hit) => statementOf(text, hit.span)),
    referrals: findReferrals(text, sentences),
    opinionQuestions: mergeAdjacent(opinion).map((span) => statementOf(text, span)),
    ...findExemptionTests(text, sentences),
  };
}

function statementOf(text: string, span: Span): Statement {
  return { span, text: textOf(text, span) };
}

/** Joins hits in consecutive sentences into one span. */
function mergeAdjacent(hits: readonly SentenceHit[]): Span[] {
  const spans: Span[] = [];
  let previous: SentenceHit | undefined;
  for (const hit of hits) {
    if (previous && previous.index >= 0 && hit.index === previous.index) continue;
    if (previous && previous.index >= 0 && hit.index === previous.index + 1) {
      spans[spans.length - 1] = { start: spans[spans.length - 1].start, end: hit.span.end };
    } else {
      spans.push(hit.span);
    }
    previous = hit;
  }
  return spans;
}
