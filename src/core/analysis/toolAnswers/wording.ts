// The cue wording: the phrases of NCND, use, non-use, trial and withholding, the hedges that make a clause argument
// rather than answer, and the words that say whom a unit is about. Changes when letters are found saying things
// another way; the code that reads units with these patterns lives elsewhere.

import type { Span } from '../../text';
import { BODIES_NEITHER_CONFIRM, NCND_NAMED_NOT_GIVEN, NOT_REVEALING_WHETHER_HELD, NOT_SAYING_WHETHER_IT_HOLDS } from '../ncnd';
import { anyOf, anyOfParts } from './anyOf';
import { numberOf } from './positions';

/**
 * The NCND formulas, with the "or" letters often write for "nor" ("neither confirm or deny"), the passive ("can
 * neither be confirmed nor denied"), the refusals ("will not / is unable to confirm or deny") and the duty disapplied.
 * Each opens at a word boundary, tested once before them all rather than once per formula (see {@link anyOf}).
 */
const NCND_CUE = new RegExp(
  `\\b(?:${[
    // Not the conclusion of a balance test, "the balance favours (or lies in) neither confirming nor denying", nor
    // the heading of its side, "Public interest in neither confirming nor denying". Nor a response named, not
    // given: "withdraw the neither confirm nor deny response".
    `(?<!\\b(?:favou?r(?:s|ing|\\s+of)?|(?:lies|lie|rests|rest)\\s+(?:in|with)|interest\\s+in)\\s+)${NCND_NAMED_NOT_GIVEN}ne(?:i)?ther\\s+(?:(?:able|in\\s+a\\s+position)\\s+to\\s+)?(?:be\\s+)?(?:confirms?|confirming|confirmed)\\s+n?or\\s+den(?:y|ies|ying|ied)\\b`,
    // Joint replies: "Neither Kent Police nor Essex Police is able to confirm or deny".
    BODIES_NEITHER_CONFIRM,
    // Not the noun of a heading or an argument: "Reasons for NCND:", "factors favouring NCND", "Nothing in this NCND".
    'NCND\\b(?<!\\b(?:for|of|in|favouring|favoring|against|about|behind|regarding|re)\\s+(?:an\\s+|the\\s+|this\\s+|any\\s+)?NCND)',
    // A table's cell: "N/C/N/D".
    'N\\/C\\/N\\/D\\b',
    // A past refusal counts with the authority as its subject ("Police Scotland refused to confirm or deny"), not a
    // force in an argument ("where a force declined to ...") nor a complaint ("should not have refused ..."). The
    // Scottish letters' "does not wish to confirm nor deny"; "the practice of the NCA not to confirm or deny".
    "(?:can\\s*not|can['’]?t|will\\s+not|won['’]?t|unable\\s+to|not\\s+able\\s+to|(?:not\\s+)?possible\\s+to|impossible\\s+to|do(?:es)?\\s+not|not\\s+in\\s+a\\s+position\\s+to|not\\s+(?:be\\s+)?appropriate\\s+(?:for\\s+(?:(?:the|this|our)\\s+)?[\\w-]+\\s+)?to|not\\s+(?:obliged|required)\\s+to|not\\s+(?:our|its|the\\s+force['’]s)\\s+(?:policy|practice)\\s+to|(?:policy|practice)\\s+(?:of\\s+(?:the\\s+)?[\\w-]+\\s+)?not\\s+to|do(?:es)?\\s+not\\s+wish\\s+to|refuses?\\s+to|declines?\\s+to|(?<=\\b(?:we|I|it|(?:the|this|our)\\s+(?:force|constabulary|service|office|commissioner|OPCC|authority)|police|constabulary|scotland|service)\\s+(?:\\w+ly\\s+)?)(?:refused|declined)\\s+to)\\s+(?:either\\s+)?confirm\\s+n?or\\s+deny\\b",
    '(?:duty\\s+to\\s+confirm\\s+or\\s+deny|(?:section|s\\.?)\\s?1\\s?\\(1\\)\\s?\\(a\\))[^.;:]{0,100}?\\b(?:does|do|will)\\s+not\\s+(?:apply|arise)\\b',
    // The Scottish Act's wording (FOISA s18): "not obliged to reveal whether the information ... exists or is held".
    NOT_REVEALING_WHETHER_HELD,
    // "Kent Police will not confirm whether or not it holds any information about IMSI catchers".
    NOT_SAYING_WHETHER_IT_HOLDS,
  ].join('|')})`,
  'i',
);

/**
 * Words each branch of {@link NCND_CUE} holds: "neither" and a space, "confirm or deny", "NCND" or "N/C/N/D", "not
 * apply", "reveal (or disclose) whether", "whether or not it holds". Most texts read for NCND lack them all, and this,
 * opening with few letters, scans many times faster than the cue.
 */
const NCND_CORE = /\bne(?:i)?ther\s|confirm\s+n?or\s+deny\b|NCND\b|N\/C\/N\/D\b|not\s+(?:apply|arise)\b|\b(?:reveal|disclose)\s+whether\b|\bwhether\s+or\s+not\s+(?:it|we|they)\s+hold/i;

export function ncndCue(value: string): RegExpExecArray | null {
  return NCND_CORE.test(value) ? NCND_CUE.exec(value) : null;
}

export const COVERT = /\bcovert(?:ly)?\b/i;

export const OVERT = /\bovert(?:ly)?\b/i;

/**
 * What may follow "has no", "there is no" or "does not have" when the absence is of information, a duty or a role
 * rather than of the tool ("has no information", "there is no requirement"), or of a way to find records, as a cost
 * refusal explains ("there is no flag on our systems", "no central register", "no easy way to search"), or of a
 * document or money for it ("does not have a separate DPIA", "no policy", "no budget lines for these"): those are other
 * answers.
 */
const NOT_A_TOOL_ABSENT =
  '(?!\\s+(?:(?:a|an|the|any|such|further|other|relevant|recorded|specific|central|single|separate|operational|automated|easy|simple|reliable|practical|quick|electronic|written|formal|published)\\s+)*(?:information|records?|data|details|documents?|documentation|knowledge|recorded|requirement|obligation|duty|need|reason|role|responsibility|remit|jurisdiction|comment|trace|evidence|doubt|question|suggestion|dispute|flags?|markers?|fields?|registers?|lists?|logs?|inventor(?:y|ies)|catalogues?|categor(?:y|ies)|codes?|way|means|method|mechanism|facility|search|database|index|repository|DPIAs?|policy|policies|procedures?|guidance|assessments?|impact\\s+assessments?|business\\s+case|budgets?|budget\\s+lines?|funding|spend|expenditure)\\b)';

/** What a force decided not to do with a tool it tried: "continue", "procure", "take it forward". */
const NOT_TAKEN_UP = String.raw`(?:continue|proceed|adopt|pursue|renew|use|purchase|procure|buy|roll\s+out|take\s+(?:it|this|the\s+\w+)\s+forward)\b`;

/** A year of the last century or this one. */
const YEAR = String.raw`(?:19|20)\d\d`;

/** The end of a period: "until 2018", "up to March 2021". */
const UNTIL_YEAR = String.raw`(?:until|till|up\s+to)\s+(?:\w+\s+)?${YEAR}`;

/** A month's name, as a period's start may give it without the year: "between April and October 2018". */
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;

/** A period from one time to another: "between 2013 and 2018", "from 2016 to 2020", "between April and October 2018". */
const RANGE = String.raw`(?:between|from)\s+(?:(?:\w+\s+)?${YEAR}|(?:\d{1,2}\s+)?${MONTH})\s*(?:and|to|until|till|-|–)\s*(?:\w+\s+)?${YEAR}`;

/**
 * A period that closed: a {@link RANGE}, or "until 2018". Use told over it may be a count for the period asked about
 * ("used 300 times between 2019 and 2021") as well as use that ended.
 */
export const CLOSED_PERIOD = new RegExp(String.raw`\b(?:${RANGE}|${UNTIL_YEAR})\b`, 'i');

/** A {@link RANGE} alone: "until March 2025" may be the end of a trial still running. */
export const PERIOD_BETWEEN = new RegExp(String.raw`\b${RANGE}\b`, 'i');

/** Words telling of what goes on or is yet to come: a period told with them has not closed ("will run from May"). */
export const NOT_YET_OVER =
  /\b(?:will|shall|currently|ongoing|runs|running|continues|is\s+due|are\s+due|is\s+planned|are\s+planned|is\s+scheduled|are\s+scheduled|is\s+expected|are\s+expected)\b/i;

/** A document of the force's about a tool: its policy, procedure, guidance or impact assessment. */
const TOOL_DOCUMENT = String.raw`(?:polic(?:y|ies)|procedures?|guidance|DPIAs?|data\s+protection\s+impact\s+assessments?|impact\s+assessments?|SOPs?)`;

/**
 * A use cue that tells of information published about the tool ("is published on our website"), of a licence held
 * for it ("holds a licence for ..."), of its document given ("The BWV policy is attached"), or of its purchase ("has
 * procured two drones"), rather than of its use: a denial of use or a trial beside it outweighs it.
 */
export const INDIRECT_USE = new RegExp(
  String.raw`\b(?:publicly\s+available|published|licen[cs]es?|${TOOL_DOCUMENT}|procured|purchased|acquired|bought)\b`,
  'i',
);

/** Words calling what follows "that" untrue: "not the case", "incorrect to say". */
const SAID_UNTRUE = String.raw`(?:not\s+the\s+case|(?:untrue|incorrect|wrong)(?:\s+to\s+say)?)`;

/**
 * Denial of what follows is denied: "It is not the case that the force does not use ANPR"; an ending denied straight
 * before it: "has not stopped using ANPR", "has never ceased to use". Read on the words before a denial's cue.
 */
export const DOUBLE_NEGATION = new RegExp(String.raw`\b(?:not\s+)?${SAID_UNTRUE}\s+that\b|\b(?:not|never)\s+$`, 'i');

/**
 * Words before the use told that deny it: "It is not the case that the force uses ...", "The force holds no information
 * to suggest that ... is being used", "There is nothing to indicate that ...".
 */
export const USE_DENIED_BEFORE = new RegExp(
  String.raw`\b(?:(?:is|was)\s+${SAID_UNTRUE}|(?:no|nothing|not\s+(?:hold|have|find|found)\s+any)\b[^.;:]{0,60}?\b(?:to\s+(?:suggest|indicate|show)|suggest(?:s|ing)?|indicat(?:es|ing)|show(?:s|ing)?))\s+that\b`,
  'i',
);

/**
 * A denial limited by the purposes it leaves out, which are the tool's use: "Other than for missing person searches,
 * drones are not deployed", "does not use drones except in searches for missing people".
 */
export const EXCEPT_FOR_PURPOSE = /\b(?:except|other\s+than|apart\s+from|aside\s+from|save)\s+(?:for|in|to|when|where|during|within|on)\b(?!\s+(?:the\s+above|these|those|them)\b)/i;

/** What "no such ..." denies when it is the tool rather than information: "no such equipment", "no such software". */
const SUCH_EQUIPMENT = String.raw`no\s+such\s+(?:equipment|technolog(?:y|ies)|tools?|systems?|software|devices?|capabilit(?:y|ies)|kit)`;

/** "... predict where crime is likely to occur" after a negation (see {@link NOT_USED_CUE}). */
const PREDICTS_CRIME = String.raw`\s+(?:currently\s+|actually\s+|themselves\s+)?(?:predict|forecast)\s+(?:where|when|who|which|future|crimes?|offen[cd]|re-?offend)`;

export const NOT_USED_CUE = anyOf(
  [
    '\\b(?:do|does|did)(?:\\s+not|n[\'’]?t)\\s+(?:currently\\s+|presently\\s+|at\\s+present\\s+|(?:as\\s+)?yet\\s+|overtly\\s+|routinely\\s+|actively\\s+|itself\\s+|themselves\\s+)?(?:(?:hold|have|own|purchase|buy|procure|acquire)\\s+or\\s+)?(?:use|utili[sz]e|deploy|operate|employ|own|possess|undertake|conduct|perform|extract|fly|carry\\s+out|make\\s+(?:any\\s+)?(?:overt\\s+|operational\\s+|routine\\s+)?use\\s+of)\\b',
    // "does not monitor individuals' social media", "does not download the contents of mobile phones": the verb a
    // denial of these two tools takes, read only before their objects.
    "\\b(?:do|does|did)(?:\\s+not|n['’]?t)\\s+(?:currently\\s+|routinely\\s+|actively\\s+)?(?:monitor|download)\\b(?=\\s+(?:[\\w'’]+\\s+){0,3}?(?:social\\s+media|(?:mobile\\s+)?phones?|devices?)\\b)",
    // "no longer has drones": equipment given up.
    '\\bno\\s+longer\\s+(?:uses?|used|in\\s+use|deploys?|deployed|operates?|operated|utili[sz]e[sd]?|employs?|employed|has|have|holds?|owns?|possess(?:es)?|retains?)\\b',
    // "analytical tools, which do not predict where crime is likely to occur": what the tools used do is not the tool.
    `\\b(?:do|does|did)(?:\\s+not|n['’]?t)${PREDICTS_CRIME}`,
    `\\bcan(?:not|\\s+not|['’]t)${PREDICTS_CRIME}`,
    // "uses analytical products, but none of these forecast crime": what is used is not the tool.
    `\\bnone\\s+of\\s+(?:these|them|those|which|the\\s+above)${PREDICTS_CRIME}`,
    '\\b(?:stopped|ceased|discontinued|ended)\\s+(?:using|deploying|operating|(?:the\\s+)?use\\s+of|to\\s+use)\\b',
    '\\b(?:ceased|disbanded)\\b',
    // "use has since ended", "its use ceased in 2019".
    '\\b(?:use|usage|deployment)\\s+(?:has\\s+|had\\s+)?(?:since\\s+|now\\s+|subsequently\\s+|then\\s+)?(?:ended|ceased|stopped)\\b',
    // "Facial recognition is not.", "... is not, although ...": the verb of an answer just given, denied.
    '\\b(?:is|are|does|do)\\s+not(?=\\s*(?:[.;]|$|,\\s*(?:although|though|but|as|since|because|while|whilst|nor)\\b))',
    // "was discontinued", "has since been decommissioned".
    '\\b(?:was|were|has\\s+(?:since\\s+|now\\s+|subsequently\\s+)?been|have\\s+(?:since\\s+|now\\s+|subsequently\\s+)?been)\\s+(?:then\\s+|subsequently\\s+|later\\s+|since\\s+)?(?:discontinued|decommissioned|withdrawn|phased\\s+out|retired|stopped|disposed\\s+of|scrapped)\\b',
    `\\b(?:has|have|possess(?:es)?|owns?)\\s+no\\b${NOT_A_TOOL_ABSENT}`,
    `\\bthere\\s+(?:is|are)\\s+(?:currently\\s+|presently\\s+)?no\\b${NOT_A_TOOL_ABSENT}`,
    `\\b(?:do|does|did)(?:\\s+not|n['’]?t)\\s+(?:currently\\s+|presently\\s+|at\\s+present\\s+|(?:as\\s+)?yet\\s+)?have\\b${NOT_A_TOOL_ABSENT}`,
    // "is not something the force uses", "is not something North Wales Police has ever adopted", "isn't something we
    // use".
    '\\b(?:not|isn[\'’]t|aren[\'’]t)\\s+something\\s+(?:that\\s+|which\\s+)?(?:[\\w-]+\\s+){1,4}?(?:has\\s+|have\\s+)?(?:ever\\s+|currently\\s+)?(?:uses?|used|utili[sz]e[sd]?|deploys?|deployed|operates?|operated|employs?|employed|adopted|has|have|does|do|did|undertakes?|undertook|undertaken|carries\\s+out)\\b',
    // "The MDP has neither facial recognition nor drones"; "At no time has the force deployed ...".
    '\\b(?:has|have|holds?|owns?|uses?|operates?|deploys?|employs?)\\s+neither\\b',
    '\\bat\\s+no\\s+(?:time|point|stage)\\b',
    // "The force trialled no such product either", "uses none of these tools"; not "used no more than five times".
    '\\b(?:uses|used|deploys|deployed|operates|operated|trialled|trialed|tested|piloted|procured|purchased)\\s+(?:no|none\\s+of)\\b(?!\\s+(?:more|less|fewer|later|earlier|longer|sooner)\\b)',
    // "No such equipment is held by the Office": equipment, not information, is what is not held. "No such tool has
    // been procured or trialled": not bought or tried either.
    `\\b${SUCH_EQUIPMENT}\\s+(?:(?:is|are|was|were|has\\s+(?:ever\\s+)?been|have\\s+(?:ever\\s+)?been)\\s+(?:held|owned|used|deployed|operated|in\\s+use|employed|procured|purchased|acquired|bought|adopted|introduced|trialled|trialed|piloted|tested)|in\\s+use)\\b`,
    // "No drone has been bought", "no predictive software has ever been procured": nothing to use was got; not "no new
    // cameras have been purchased", which adds to what is held.
    '\\bno\\s+(?!(?:new|additional|further|more|replacement|extra|other)\\b)(?:[\\w-]+\\s+){1,4}?(?:has|have)\\s+(?:ever\\s+|yet\\s+)?been\\s+(?:bought|purchased|procured|acquired|leased|licensed)\\b',
    // "No records indicate that the force uses ...", "nothing to suggest that": no sign of use found.
    '\\b(?:no\\s+(?:records?|information|evidence|indication)|nothing)\\s+(?:\\w+\\s+){0,2}?(?:indicates?|shows?|suggests?|to\\s+(?:indicate|show|suggest))\\s+that\\b',
    '\\b(?:is|are|was|were|has|have)\\s+not\\s+(?:currently\\s+|presently\\s+|been\\s+)?(?:using|used|in\\s+use|deployed|deploying|utili[sz]ing|utili[sz]ed|operating|operated)\\b',
    // "does not issue body-worn video cameras to its officers"; not paperwork ("does not issue warrants for").
    '\\b(?:do|does|did)(?:\\s+not|n[\'’]?t)\\s+(?:currently\\s+|routinely\\s+)?issue\\b(?!\\s+(?:any\\s+|its\\s+|the\\s+)?(?:[\\w-]+\\s+){0,3}?' +
      '(?:warrants?|authori[sz]ations?|statements?|guidance|advice|comments?|details|information|figures|statistics|licen[cs]es|notices?|press\\s+releases?)\\b)',
    // "Officers are not issued with body worn cameras."
    '\\b(?:is|are|was|were|has|have)\\s+not\\s+(?:been\\s+)?(?:issued|equipped|supplied)\\s+with\\b',
    // "has not purchased any facial recognition software", "has not procured, tested or deployed"; not what adds to
    // equipment held ("has not purchased any new cameras since 2019").
    '\\b(?:has|have|had)\\s+not\\s+(?:yet\\s+|ever\\s+|previously\\s+)?(?:purchased|procured|acquired|bought|leased|licensed)\\b(?!\\s+(?:any\\s+)?(?:new|additional|further|more|replacement|another|extra)\\b)',
    '\\bno\\s+(?:overt\\s+|current\\s+)?(?:use|deployments?)\\s+(?:of|by)\\b',
    // "not in use"; and "Facial recognition - not used overtly", a label's answer with no verb before it.
    '\\bnot\\s+(?:currently\\s+|presently\\s+|yet\\s+)?(?:in\\s+(?:operational\\s+|active\\s+)?use|used|deployed|utili[sz]ed)\\b',
    '\\bnot\\s+(?:yet\\s+|been\\s+){0,2}(?:put|brought|taken)\\s+into\\s+(?:operational\\s+|active\\s+|live\\s+)?(?:use|service|operation)\\b',
    '\\b(?:has|have)\\s+never\\s+(?:been\\s+)?(?:used|deployed|utili[sz]ed|adopted|operated|employed)\\b',
    // "Never procured", "was never introduced": a status told with no verb of use.
    '\\bnever\\s+(?:been\\s+)?(?:procured|purchased|acquired|bought|adopted|introduced)\\b',
    // "... are not capabilities which the CNC uses", "not a tool that the force has".
    '\\bnot\\s+(?:(?:a|an)\\s+)?(?:[\\w-]+\\s+)?(?:tactics?|tools?|techniques?|technolog(?:y|ies)|capabilit(?:y|ies)|methods?|practices?)\\s+(?:that|which)\\s+(?:[\\w-]+\\s+){1,4}?(?:(?:currently|ever)\\s+)?(?:uses?|has|have|deploys?|operates?|employs?|utili[sz]es?)\\b',
    // "This is not a tactic employed by the force", "not a tactic that is carried out by the force".
    '\\bnot\\s+(?:a|an)\\s+(?:[\\w-]+\\s+)?(?:tactic|tool|technique|technology|capability|method|practice|approach)\\s+(?:that\\s+|which\\s+)?(?:is\\s+)?(?:currently\\s+)?(?:used|employed|deployed|utili[sz]ed|operated|adopted|carried\\s+out|undertaken|conducted)\\b',
    // "... but discontinued it", "ceased its use"; "The model was not adopted", "The trial was not extended", "decided
    // not to continue", "a decision was taken not to procure the product".
    '\\b(?:stopped|ceased|discontinued|ended|abandoned)\\s+(?:it|them|its\\s+use|their\\s+use)\\b',
    '\\b(?:was|were)\\s+not\\s+(?:taken\\s+forward|adopted|renewed|continued|extended|pursued|progressed|rolled\\s+out)\\b',
    '\\b(?:did|does)\\s+not\\s+(?:proceed|go\\s+ahead|progress)\\b',
    `\\bdecided\\s+not\\s+to\\s+${NOT_TAKEN_UP}`,
    `\\b(?:decision|choice)\\s+(?:was\\s+|has\\s+been\\s+)?(?:taken|made)\\s+not\\s+to\\s+${NOT_TAKEN_UP}`,
    `\\b(?:took|take|made|make|reached)\\s+(?:the|a)\\s+decision\\s+not\\s+to\\s+${NOT_TAKEN_UP}`,
    '\\b(?:contract|licen[cs]e|agreement|subscription)\\s+(?:was|were|has\\s+been|had\\s+been)\\s+(?:ended|terminated|cancelled|canceled|not\\s+renewed)\\b',
    // "holds no licences for predictive policing software", "does not hold any licences for": nothing paid for to use it.
    '\\b(?:holds|has)\\s+no\\s+(?:[\\w-]+\\s+)?licen[cs]es?\\s+(?:for|to\\s+use)\\b',
    '\\b(?:does|do)\\s+not\\s+(?:hold|have)\\s+any\\s+(?:[\\w-]+\\s+)?licen[cs]es?\\s+(?:for|to\\s+use)\\b',
    // "The contract with PredPol came to an end in March 2018", "the licence lapsed": what bought the tool ran out.
    '\\b(?:contract|licen[cs]es?|agreement|subscription)\\s+(?:(?:with|for)\\s+(?:[\\w-]+\\s+){1,4}?)?(?:came\\s+to\\s+an\\s+end|ended|expired|lapsed|was\\s+allowed\\s+to\\s+lapse)\\b',
    '\\bnever\\s+(?:been\\s+)?(?:used|deployed|issued|activated|operated|flown)\\b',
    // "no longer forms part of the force's investigative toolkit".
    '\\bno\\s+longer\\s+(?:forms?\\s+|is\\s+|are\\s+)?(?:a\\s+)?part\\s+of\\b',
    // "does not monitor social media": the tool's own verb denied.
    '\\b(?:do|does|did)(?:\\s+not|n[\'’]?t)\\s+(?:currently\\s+|actively\\s+|proactively\\s+)?monitor\\s+social\\s+media\\b',
    // Use that ended: "used the PredPol product from 2013 until 2018", "were deployed until March 2021"; not what
    // will go on ("will be used until 2025").
    `\\b(?:used|deployed|operated|utili[sz]ed|employed)\\b(?<!\\b(?:be|being|is|are)\\s+\\w+)[^.;]{0,80}?\\b${UNTIL_YEAR}\\b`,
    // "is not aware of any use of", "not aware of any trial or use of".
    '\\bnot\\s+aware\\s+of\\s+(?:any\\s+)?(?:(?:trial|testing|procurement)\\s+(?:or|and)\\s+)?(?:use|deployment)\\s+of\\b',
    // "the team have confirmed that none are in use".
    '\\bnone\\s+(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:currently\\s+)?(?:in\\s+use|used|deployed|operated)\\b',
    // "I am not aware that the force has ever used predictive policing tools".
    '\\bnot\\s+aware\\s+(?:that|of)\\s+(?:the\\s+(?:force|constabulary|service)|it|we|us)\\s+(?:(?:has|have)\\s+)?(?:ever\\s+)?(?:used|deployed|using|deploying)\\b',
    // "is not aware of any predictive policing algorithm in use".
    '\\bnot\\s+aware\\s+of\\s+any\\b[^.;]{0,80}?\\b(?:in\\s+use|being\\s+used|(?:that|which)\\s+(?:is|are|has\\s+been|have\\s+been)\\s+(?:used|deployed))\\b',
    // "would not describe any of them as predictive policing": none of what is used is the tool.
    '\\b(?:would|does|do|did)\\s+not\\s+(?:describe|class(?:ify)?|characteri[sz]e|regard|consider|define|categori[sz]e|term|label)\\s+any\\s+(?:of\\s+(?:them|these|those|its|their|the|our)\\s+)?(?:[\\w-]+\\s+){0,3}?as\\b',
    // "no current plans to introduce", "no business case to introduce", "no proposal to procure".
    '\\bno\\s+(?:current\\s+|immediate\\s+|future\\s+)?(?:plans?|intentions?|business\\s+case|proposals?|projects?)\\s+to\\s+(?:use|introduce|deploy|trial|procure|purchase|implement|acquire|adopt)\\b',
    '\\bnot\\s+(?:currently\\s+)?(?:planning|intending)\\s+to\\s+(?:use|introduce|deploy|trial|procure|purchase|implement|acquire|adopt)\\b',
  ],
);

/** How often use is told to happen: "are routinely used", "are occasionally carried out", "are seldom used". */
const HOW_OFTEN = String.raw`(?:routinely|regularly|occasionally|sometimes|seldom|rarely|frequently|often)\s+`;

/** "makes use of", "made operational use of", "makes retrospective use of". */
const MAKES_USE_OF = String.raw`(?:makes?|made)\s+(?:overt\s+|operational\s+|routine\s+|regular\s+|extensive\s+|retrospective\s+|limited\s+|occasional\s+)?use\s+of\b`;

/** A count of one or more, with or without thousands' commas: "96", "1,140", "10212". */
const COUNT = String.raw`[1-9]\d{0,2}(?:,?\d{3})*`;

/** "more than 1,000 missions", "96 deployments": a count of what was done with a tool, after a verb of doing. */
const COUNT_OF_MISSIONS = String.raw`(?:more\s+than\s+|over\s+|nearly\s+|around\s+|about\s+|some\s+)?${COUNT}\s+(?:missions|flights|deployments|sorties|call-?outs|launches|examinations|extractions)\b`;

/** A sum of money above nought: "£298,612", "£1.2m", "£ 48,260". */
const MONEY_SPENT = String.raw`£\s?[1-9][\d,]*(?:\.\d+)?(?:\s?(?:k|m|million)\b)?`;

/** The Act's own steps, which an authority carries out on a request, not on a tool: "a public interest test". */
const PROCEDURE_DONE = String.raw`\s+(?:(?:a|an|the|any)\s+)?(?:(?:public\s+interest|balance|balancing|harm|prejudice)\s+tests?|internal\s+reviews?)\b`;

/** The ways of telling use, too many for one pattern: see {@link anyOfParts}. */
export const USED_CUES = anyOfParts(
  [
    // "does use", "does, however, use" (a contrast set off by commas), "does still use", "does continue to use".
    '\\b(?:do|does|did)(?:\\s*,\\s*(?:however|though|nonetheless|nevertheless)\\s*,)?\\s+(?:currently\\s+|presently\\s+|still\\s+|also\\s+|indeed\\s+|continue\\s+to\\s+)?(?:use|utili[sz]e|deploy|operate|employ|undertake|conduct|carry\\s+out|run|extract|download|examine|monitor|triage)\\b',
    '\\bcontinu(?:e|es|ed)\\s+(?:to\\s+(?:use|utili[sz]e|deploy|operate|employ)|using|deploying|operating)\\b',
    // "research continues to be conducted by trained staff", "officers continue to be equipped with BWV".
    '\\bcontinu(?:e|es|ed)\\s+to\\s+be\\s+(?:used|utili[sz]ed|deployed|operated|employed|conducted|carried\\s+out|undertaken|equipped\\s+with|issued)\\b',
    // "ANPR is in place at the entrances to the site", "a drone capability has been in place since 2019".
    '\\b(?:is|are|has\\s+been|have\\s+been)\\s+(?:now\\s+|currently\\s+)?in\\s+place\\b',
    '\\b(?:uses|utili[sz]es|employs|operates|deploys|owns)\\b',
    // The tool's own verb, said of the authority: "extracts data from mobile devices", "monitors social media"; not
    // the plural noun ("records of device downloads are kept", "monitors in the control room").
    '\\b(?:extracts|downloads|examines|monitors|triages)\\b(?!\\s*(?:[.,;:)]|$|(?:are|were|is|was|have|had|of|and|or|per|by|to|in|on|for|from|with)\\b))',
    // Equipment where it stands: "kiosks located at investigation hubs".
    '\\b(?:kiosks|cameras|drones|aircraft)\\s+(?:located|installed|based|stationed|sited)\\s+(?:at|in|across|throughout)\\b',
    `\\b(?:do|does|did)\\s+${MAKES_USE_OF}`,
    `\\b${MAKES_USE_OF}`,
    // Not a letter issued: "the original response ... was issued in error".
    '\\b(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been)\\s+(?:(?:first|now|currently|only|being)\\s+){0,2}issued\\b(?<!\\b(?:the|this|that|our|an?)\\s+(?:(?:original|earlier|previous|first|initial)\\s+)?(?:response|letter|reply|notice|answer|decision)\\b[^.;\\n]{0,60}?\\s(?:is|are|was|were|has\\s+been|have\\s+been|had\\s+been)\\s+issued)',
    // "1,960 body worn video cameras are allocated to officers": equipment handed out, as issued.
    '\\b(?:cameras|devices|drones|aircraft|kiosks|licen[cs]es)\\s+(?:are|were|have\\s+been|has\\s+been|had\\s+been)\\s+(?:currently\\s+|now\\s+)?(?:allocated|assigned|distributed)\\s+to\\b',
    // "ANPR cameras are supplied and maintained under a contract with ...": the force's own, bought.
    '\\b(?:is|are|were)\\s+(?:supplied|maintained|provided|installed|serviced)(?:\\s+and\\s+(?:supplied|maintained|installed|serviced))?\\s+under\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+)?(?:contract|agreement|framework)\\b',
    // "has equipped (equips) its response officers with body worn video", "the drones are now operational" (not
    // "these are operational matters"), "phones are examined by the Digital Forensic Unit", "1,206 handsets were
    // triaged on the kiosks".
    '\\b(?:has|have)\\s+(?:now\\s+|fully\\s+)?equipped\\b',
    // "the renewal of the body worn video contract": a contract for the tool renewed, which the force goes on using;
    // not "decided against the renewal of its licence".
    '\\b(?:renewal|extension)(?<!\\b(?:against|no|without)\\s+(?:the\\s+|any\\s+)?(?:renewal|extension))\\s+of\\s+(?:the|its|our)\\s+(?:[\\w-]+\\s+){0,4}?(?:contract|licen[cs]e|subscription)\\b',
    // "every frontline officer was equipped with a camera by October 2018".
    '\\b(?:officers?|PCSOs?|constables?)\\s+(?:(?:was|were|is|are|has\\s+been|have\\s+been)\\s+)(?:now\\s+|all\\s+|fully\\s+)?equipped\\s+with\\b',
    '\\bequips\\b',
    // "has been operational since 2020", "became operational in 2019"; not "expected to become operational", nor
    // "has never been operational".
    '\\b(?:is|are|was|were|been|became)(?<!\\b(?:not|never)\\s+\\w+)\\s+(?:now\\s+|fully\\s+)?operational\\b(?!\\s+(?:matters?|decisions?|issues?|questions?|details|reasons|requirements?|needs|policing|information|data|records?)\\b)',
    '\\b(?:is|are|was|were)\\s+(?:' + HOW_OFTEN + ')?(?:examined|triaged|downloaded|extracted|monitored|viewed|searched)\\s+(?:by|using|with|on|at)\\b',
    // Equipment the force holds, named as existing: "the replacement of West Yorkshire Police's existing drone fleet".
    "\\b(?:its|our|force['’]s|police['’]s|constabulary['’]s)\\s+existing\\s+(?:[\\w-]+\\s+){0,3}?(?:fleet|network|cameras|drones|aircraft|kiosks|devices)\\b",
    // "maintains a network of fixed and vehicle-mounted cameras", "operates a fleet of six aircraft".
    '\\b(?:maintains|operates|runs|has)\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:network|fleet)\\s+of\\b',
    // "Its use of facial recognition is limited to retrospective searches", "its use is confined to one district".
    '\\buse\\s+(?:of\\s+(?:[\\w-]+\\s+){1,4}?)?(?:is|are|has\\s+been|remains)\\s+(?:currently\\s+|now\\s+)?(?:limited|restricted|confined)\\s+to\\b',
    // "Social media is monitored only in connection with public order events".
    '\\bsocial\\s+media\\s+(?:accounts\\s+|platforms\\s+)?(?:is|are)\\s+(?:' + HOW_OFTEN + '|only\\s+|also\\s+)?monitored\\b',
    // "Immigration Enforcement teams extract and examine data from mobile phones", "officers download the contents".
    '\\b(?:officers|staff|teams?|units?|investigators|examiners|analysts)\\s+(?:(?:also|routinely|currently)\\s+)?(?:extract|download|examine)\\s+(?:and\\s+(?:examine|analyse|analyze|review)\\s+)?(?:the\\s+)?(?:data|contents?)\\b',
    // "Officers will look at publicly available social media accounts", "Trading Standards may look at publicly
    // available social media content", "may view open social media profiles", "may use open source information"; what
    // they look at is left out of the match, where "publicly available" would tell of something published.
    '\\b(?:officers|staff|analysts|investigators|teams?|standards|directorate)\\s+(?:will\\s+|do\\s+|may\\s+|routinely\\s+|also\\s+)?(?:look\\s+at|view|search|check|review|research|use)(?=\\s+(?:publicly\\s+available|open\\s+source|open\\s+social|online)\\b)',
    // "Officers view information that is openly available on social media", "public posts were monitored openly",
    // "officers overtly monitored the public posts of ...": use in the open, which an NCND of covert use leaves apart.
    '\\b(?:look(?:s|ed)?\\s+at|view(?:s|ed)?|search(?:es|ed)?|check(?:s|ed)?|review(?:s|ed)?|research(?:es|ed)?|monitor(?:s|ed)?|access(?:es|ed)?)\\s+(?:[\\w-]+\\s+){0,2}?(?:that\\s+(?:is|are)\\s+)?(?:openly|publicly|freely)\\s+(?:available|accessible)\\b',
    '\\b(?:overtly|openly)\\s+(?:monitor(?:s|ed)?|view(?:s|ed)?|research(?:es|ed)?)\\b',
    '\\b(?:are|is|were|was)\\s+(?:monitored|viewed|researched)\\s+(?:overtly|openly)\\b',
    // "All our frontline officers have body worn video": equipment officers hold; not "officers have no ...", "have
    // been trained", "have a duty to" or "have powers".
    '\\b(?:officers|PCSOs|constables)\\s+(?:now\\s+|all\\s+|also\\s+)?have\\s+(?!(?:no|not|never|been|had|a|an|the|powers?|discretion|nothing|neither|any)\\b)',
    // "All frontline officers have personal issue body worn video".
    '\\bpersonal[\\s-]+issue\\b',
    // "has been standard equipment since 2016", "is standard issue".
    '\\b(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:now\\s+)?standard\\s+(?:issue|equipment|kit)\\b',
    // "has access to", "officers have had access to an operator initiated facial recognition application".
    '\\b(?:has|have)\\s+(?:had\\s+)?access\\s+to\\b',
    // "We can confirm the use of the first three", "I confirm the use of drones"; not "cannot confirm".
    '\\b(?:can|do|hereby|I|we)\\s+(?:now\\s+|also\\s+)?confirm\\s+(?:the\\s+)?(?:use|deployment|operation)\\s+of\\b',
    '\\b(?:is|are)\\s+(?:now\\s+|currently\\s+)?(?:' + HOW_OFTEN + '|only\\s+|also\\s+)?(?:carried\\s+out|undertaken|conducted|flown)\\b',
    // "holds 10,212 body worn video devices": equipment counted, not "holds 40 pages of information".
    `\\b(?:holds|possesses)\\s+${COUNT}\\s(?!\\s*(?:\\w+\\s+)?(?:documents?|records?|pages?|files?|items?|reports?|e-?mails?|polic(?:y|ies)|contracts?|invoices?|pieces?)\\b)`,
    '\\b(?:has|have)\\s+(?:[1-9]\\d{0,2}(?:,\\d{3})+|\\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|dozens\\s+of|hundreds\\s+of|a\\s+number\\s+of|a\\s+fleet\\s+of)\\s',
    // "The drone team has flown more than 1,000 missions", "the drone unit flew 1,140 sorties in 2023", "made 96
    // deployments" (and "has made"): a count of what was done with the tool.
    `\\b(?:has|have|had)\\s+(?:flown|undertaken)\\s+${COUNT_OF_MISSIONS}`,
    `\\b(?:flew|completed|undertook|carried\\s+out|made)\\s+${COUNT_OF_MISSIONS}`,
    // Money spent on the tool, above nought: "expenditure in 2021/22 was £298,612", "£48,260 was spent", "spent
    // £1.2m".
    `\\b(?:expenditure|spend|spending)\\b[^.;\\n]{0,60}?\\b(?:was|were|totall?ed|amounted\\s+to|came\\s+to)\\s+${MONEY_SPENT}`,
    `\\bspent\\b(?<=${MONEY_SPENT}\\s+(?:was|were|has\\s+been|have\\s+been)\\s+spent)`,
    `\\bspent\\s+${MONEY_SPENT}`,
    // "1,382 such searches were made", "412 phone extractions have been carried out": the count told before its verb.
    `\\b(?:were|have\\s+been|had\\s+been)(?<=\\b${COUNT}\\s+(?:[\\w-]+\\s+){0,3}(?:searches|missions|flights|deployments|sorties|extractions|examinations|downloads)\\s+(?:were|have\\s+been|had\\s+been))\\s+(?:made|carried\\s+out|conducted|undertaken|run|completed|flown)\\b`,
    // "The ANPR network comprises 128 fixed camera sites", "the drone unit is made up of 26 pilots and 11 aircraft".
    '\\b(?:comprises|consists\\s+of|is\\s+made\\s+up\\s+of)\\s+(?:[1-9]\\d{0,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\\s',
    // "There are 112 fixed ANPR cameras", "there are 3,480 body worn video cameras": a count of the equipment, not "a
    // number of reasons" or of the people on a list ("there were 1,018 individuals recorded on the Matrix").
    `\\bthere\\s+(?:are|were)\\s+(?:currently\\s+)?(?:${COUNT}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\\s(?!\\s*(?:[\\w-]+\\s+)?(?:individuals|people|persons|nominals|offenders|suspects|victims)\\b)`,
    // "The drones entered service in March 2021", "were brought into operational service"; not "will enter service".
    '\\b(?:entered|came\\s+into|went\\s+into)\\s+(?:operational\\s+|active\\s+|full\\s+)?service\\b',
    '\\b(?:was|were|been)\\s+(?:brought|put|taken)\\s+into\\s+(?:operational\\s+|active\\s+|full\\s+)?service\\b',
    // Not of people or resources: "Resources are deployed on the basis of analysis", "officers are deployed".
    '\\b(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:currently\\s+|presently\\s+|' + HOW_OFTEN + '|widely\\s+|being\\s+|both\\s+|also\\s+|now\\s+)?(?:used|utili[sz]ed|deployed|operated|employed|in\\s+use|in\\s+operation)\\b' +
      '(?<!\\b(?:resources|officers|staff|personnel|patrols|constables)\\s+(?:are|were|have\\s+been)\\s+(?:\\w+\\s+)?\\w+)',
    // The unit that runs the tool: "The ANPR network is managed by the Force ANPR Bureau", "the drone capability is
    // delivered by the Roads and Crime Unit"; not what runs information or requests about it.
    '\\b(?:is|are)\\s+(?:managed|run|delivered|administered|overseen|coordinated|co-ordinated)\\s+by\\s+(?:the|a|an|our|its)\\s+(?:[\\w-]+\\s+){0,4}?(?:unit|team|bureau|department|branch|section|hub|division|command)\\b' +
      '(?<!\\b(?:information|data|records?|documents?|documentation|details|requests?|enquiries|queries|polic(?:y|ies)|accounts?|pages?|channels?|websites?)\\b[^.;]{0,120})',
    // Not in a relative clause naming whose records are meant: "no flag identifies officers who carry out ..."; nor
    // the Act's own procedure: "there is no requirement to carry out a public interest test".
    '\\b(?:carries|carry)\\s+out\\b(?<!\\b(?:who|that|which)\\s+carry\\s+out)(?!' + PROCEDURE_DONE + ')|\\b(?:conducts|undertakes)\\b(?!' + PROCEDURE_DONE + ')',
    '\\b(?:is|are)\\s+being\\s+(?:rolled\\s+out|introduced|implemented)\\b',
    // "Police Scotland began national roll-out to officers in 2024": the equipment is being issued.
    '\\b(?:began|begun|started|commenced)\\s+(?:the\\s+|its\\s+|a\\s+)?(?:national\\s+|force-?wide\\s+|phased\\s+|full\\s+)?roll-?\\s?out\\b',
    // "has begun operational deployments of live facial recognition", "started using drones in 2019".
    '\\b(?:began|begun|started|commenced)\\s+(?:(?:operational|live|routine|regular)\\s+)?(?:deployments?|deploying|using|operating)\\b',
    // "now rolled out to all custody suites", a label's answer with no verb before it.
    '\\brolled\\s+out\\s+(?:to|across|throughout)\\s+(?:all|every|each|the\\s+whole)\\b',
    '\\b(?:is|are)\\s+(?:currently\\s+|now\\s+)?(?:rolling\\s+out|introducing|implementing)\\b',
    '\\b(?:is|are)\\s+(?:currently\\s+|presently\\s+)?(?:using|utili[sz]ing|deploying|operating)\\b',
    '\\b(?:has|have)\\s+(?:deployed|used|utili[sz]ed|introduced|adopted|rolled\\s+out|procured|purchased|operated|employed|acquired|installed|monitored)\\b',
    // "first introduced body worn video in 2015": when use began.
    '\\b(?:first|originally)\\s+(?:introduced|deployed|adopted|issued|used)\\b',
    // "Officers use body worn video", "Officers do, however, use ...", "Officers are able to use ..."; not "police
    // forces use covert tactics", the opening of many harm arguments.
    '\\b(?:officers|staff|teams|units)\\s+(?:(?:within|in|of|from)\\s+(?:the\\s+|our\\s+|its\\s+)?(?:[\\w-]+\\s+){1,4}?)?(?:currently\\s+|routinely\\s+|also\\s+|do(?:,?\\s+however,)?\\s+|are\\s+(?:also\\s+)?able\\s+to\\s+)?(?:use|utili[sz]e|deploy|operate|employ|conduct|undertake|carry(?!\\s+out\\b)|have\\s+(?:carried|worn|used))\\b',
    // "Both forces are able to use retrospective facial searching", "the Constabulary is able to deploy".
    '\\b(?:force|forces|constabulary|service)\\s+(?:is|are)\\s+(?:also\\s+)?able\\s+to\\s+(?:use|deploy|conduct|undertake|access)\\b',
    // What officers are allowed to do, as research is told: "Officers and staff may carry out open source research".
    '\\b(?:officers|staff|investigators|analysts)\\s+(?:and\\s+(?:staff|officers|investigators)\\s+)?may\\s+(?:also\\s+)?(?:carry\\s+out|conduct|undertake|view|access|use|search|monitor)\\b',
    // "Body worn video is available to all officers", "has been made available to all response officers": issued,
    // whether or not its use is required.
    '\\b(?:is|are|has\\s+been|have\\s+been)\\s+(?:now\\s+)?(?:made\\s+)?available\\s+to\\s+(?:all\\s+|every\\s+|trained\\s+|frontline\\s+|front-line\\s+|response\\s+|patrol\\s+|neighbourhood\\s+)*(?:officers|staff|PCSOs|constables|investigators)\\b',
    // Not the paperwork "we use": "set out in the attached document, which we use for all requests on this subject".
    '\\bwe(?<!\\b(?:documents?|templates?|forms?|process(?:es)?|procedures?|approach|tests?|wording|responses?|letters?|guidance|polic(?:y|ies)|criteria),?\\s+(?:which|that)\\s+we)' +
      '\\s+(?:currently\\s+|presently\\s+)?(?:use|utili[sz]e|deploy|operate|employ)\\b',
    // A joint reply's forces together: "Both forces use ANPR", "All three forces operate drones", "both forces issue
    // body worn video".
    '\\b(?:both|the\\s+two|all\\s+(?:three|four|five|six|seven)|all\\s+the)\\s+(?:forces|constabularies|services)\\s+(?:currently\\s+|also\\s+|now\\s+)?(?:use|utili[sz]e|deploy|operate|employ|issue)\\b',
    // "Sussex Police operate drones", "Essex Police used LFR on three occasions"; not "police use of" or "used to", nor
    // "the Independent Office for Police Conduct".
    '\\b(?:police|constabulary)(?<!\\bfor\\s+(?:police|constabulary))\\s+(?:currently\\s+|routinely\\s+|also\\s+|now\\s+)?(?:use|utili[sz]e|deploy|operate|employ|conduct|undertake|used|utili[sz]ed|deployed|operated|employed|conducted|undertook)\\b(?!\\s+(?:of|by|to|for|in|as)\\b)',
    // Not what a search found: "no information has been located".
    '\\b(?:is|are|been)(?<!\\b(?:information|data|records?|documents?|documentation|details)\\s+(?:has\\s+|have\\s+)?\\w+)\\s+(?:(?:now|all|fully)\\s+)?(?:equipped\\s+with|fitted\\s+(?:with|to|in|on)|installed|located|stationed)\\b',
    // Not what an office issues: "has issued guidance to forces".
    '\\b(?:has|have)\\s+issued\\b(?!\\s+(?:(?:national|new|updated|further|its)\\s+)?(?:guidance|advice|statements?|instructions?|polic(?:y|ies)|responses?|notices?|press\\s+releases?|directions?|an?\\s+(?:statement|response|notice|press\\s+release|decision))\\b)',
    // "holds licences for a social media monitoring tool": paid for, to be used ("does not hold" is not "holds").
    '\\b(?:holds|has)\\s+(?:a\\s+|the\\s+)?(?:(?!no\\b)[\\w-]+\\s+)?licen[cs]es?\\s+(?:for|to\\s+use)\\b',
    // "The force holds 14 Cellebrite UFED licences": a count of licences held.
    '\\b(?:holds|has)\\s+(?:[1-9]\\d{0,3}|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty)\\s+(?:[\\w-]+\\s+){0,3}?licen[cs]es\\b',
    // "issues body worn cameras to all frontline officers"; "issues" alone is as often a noun.
    '\\bissues\\s+(?:[\\w-]+\\s+){1,4}?to\\s+(?:all\\s+|its\\s+|every\\s+|each\\s+)?(?:[\\w-]+\\s+)?(?:officers?|staff|PCSOs?|constables?|personnel|teams?)\\b',
    '\\b(?:has|have|do\\s+have|does\\s+have)\\s+(?:the|a)\\s+(?:capability|capacity)\\s+to\\b',
    // "has a drone unit", "has had a dedicated ANPR team since 2015"
    '\\b(?:has|have|shares?)\\s+(?:had\\s+)?(?:a|an)\\s+(?:\\(?[\\w-]+\\)?\\s+){0,5}?(?:unit|team|capability|fleet)\\b',
    '\\b(?:kiosks|cameras|drones|aircraft)\\s+(?:are|is)\\s+(?:now\\s+)?available\\b',
    // "The force has drones", "has self-service digital kiosks": equipment it holds, not information about it.
    '\\b(?:has|have)\\s+(?:had\\s+)?(?:(?!(?:no|not|never|been|any|information|details|data|records?|knowledge)\\b)(?![\\w-]*ed\\s)[\\w-]+\\s+){0,3}?(?:drones|kiosks|cameras|aircraft)\\b',
    '\\b(?:wears?|wearing)\\b',
    // "all frontline officers now carry them": kit officers carry; not "officers carry out".
    '\\b(?:officers|officer|staff|constables|PCSOs)\\s+(?:now\\s+|all\\s+|also\\s+|routinely\\s+)?carry\\b(?!\\s+out\\b)',
    // Information about the tool published by the force: "Information on the force's use of ANPR is publicly
    // available", "is published on our website (section 21)"; not what another body publishes, "is published
    // annually by the Investigatory Powers Commissioner".
    '\\b(?:is|are)(?<!\\b(?:the|this|that|such)\\s+(?:requested\\s+)?information\\s+(?:(?:you\\s+(?:have\\s+)?)?(?:requested|asked\\s+for|seek)\\s+)?(?:is|are))\\s+(?:already\\s+)?(?:publicly\\s+available|published)\\b(?!\\s+(?:\\w+\\s+)?by\\b)',
    // The force's own document on the tool, given: "The force's BWV policy is attached", "The DPIA for the kiosks is
    // enclosed", "ANPR Procedure: https://...".
    `\\b${TOOL_DOCUMENT}\\b[^.;]{0,60}?\\b(?:is|are|has\\s+been|have\\s+been)\\s+(?:attached|enclosed)\\b`,
    `\\b${TOOL_DOCUMENT}\\b(?:[ \\t]*\\([^)\\n]{0,60}\\))?[ \\t]*[:\\-–][ \\t]*(?:https?:\\/\\/|www\\.)`,
    // "cameras, which are now carried by all frontline officers", "is worn overtly by"; "have been replaced by
    // body-worn cameras".
    '\\b(?:is|are)\\s+(?:now\\s+|currently\\s+)?(?:carried|worn)\\s+(?:overtly\\s+|openly\\s+|routinely\\s+)?by\\b',
    // Not "It has not been replaced by any other tool", which tells nothing of the replacement's use, nor an answer
    // replaced: "It is replaced with the following:", "replaced with a neither confirm nor deny response".
    '\\b(?:replaced|superseded)(?<!\\b(?:not|never)\\s+been\\s+\\w+)\\s+(?:by|with)\\b(?!\\s+(?:the\\s+following|(?:an?|the|this)\\s+(?:[\\w-]+\\s+){0,4}?(?:response|answer|reply|statement))\\b)',
    // "was put into operational use in 2019"; "none has been put into use" is denied by its subject.
    '\\b(?:put|brought|taken)\\s+into\\s+(?:operational\\s+|active\\s+|live\\s+)?(?:use|service|operation)\\b',
    '\\b(?:was|were|has\\s+been|have\\s+been)\\s+(?:first\\s+|then\\s+|later\\s+|subsequently\\s+)?(?:rolled\\s+out|introduced|implemented|adopted|procured|purchased|acquired)\\b',
    // "cameras in use": a bare "in use" unless a negation stands just before it ("never been in use", "has not yet been
    // adopted in routine use"), which is looked for behind the match, once it is found, rather than at every character.
    "\\bin\\s+(?:(?:operational|active|regular|routine|daily|everyday|frontline|widespread)\\s+)?(?:use|operation|service(?!\\s+(?:of|delivery|levels?|provision|standards?|areas?|plans?|users?)\\b))\\b(?<!\\b(?:not|never|no\\s+longer)\\s+(?:(?:yet|been|currently|presently)\\s+){0,2}(?:\\w+\\s+)?in\\s+(?:\\w+\\s+)?(?:use|operation|service))",
  ],
);

/** "a proof of concept", "a proof-of-concept": read by {@link TRIAL_CUE} and found by {@link CUE_OPENINGS}. */
export const PROOF_OF_CONCEPT = String.raw`proof[\s-]+of[\s-]+concept`;

/**
 * "plans to introduce", "is looking to procure", "is preparing to introduce": read by {@link TRIAL_CUE} and found by
 * {@link CUE_OPENINGS}. Not "any plans to introduce", which asks or denies ("No information is held regarding any plans
 * to ...").
 */
export const PLANS_TO = String.raw`(?:plan(?:s|ning)?(?<!\bany\s+plans?)|intend(?:s|ing)?|propos(?:es|ing)|looking|preparing|aim(?:s|ing)?|working(?:\s+(?:jointly|closely|together))?(?:\s+with\s+[\w-]+(?:\s+[\w-]+){0,3}?)?)\s+to\s+(?:introduce|use|deploy|trial|procure|purchase|implement|acquire|adopt|roll\s+out|(?:begin|start|commence)\s+(?:using|deploying|operations|operating|to\s+(?:use|deploy)|(?:[\w-]+\s+){0,4}?deployments))\b`;

/** What a plan is expected to come to: "become operational", "go live", "be in service". */
const GOES_LIVE = String.raw`(?:become\s+operational|go\s+live|be\s+(?:introduced|deployed|operational|rolled\s+out|in\s+(?:use|service|operation)))\b`;

/** A stage short of use: "evaluation", "development", "procurement", "proof of concept". */
const TRIAL_STAGE = String.raw`(?:evaluation|testing|trial|pilot|development|research|procurement|tender(?:ing)?|scoping|feasibility|${PROOF_OF_CONCEPT})`;

export const TRIAL_CUE = anyOf(
  [
    '\\btrial(?:l?ed|l?ing)\\b',
    // Equipment bought but not yet in use: "two drones have been ordered", "are on order", "expected to enter service".
    '\\b(?:has|have)\\s+been\\s+ordered\\b',
    // Equipment held but flown for training only until it goes into service: "are being used for training only"; not
    // "were used for training only", told of equipment since sold.
    '\\b(?:is|are)\\s+(?:currently\\s+|still\\s+)?(?:being\\s+)?(?:used|flown|operated)\\s+(?:for|in)\\s+training\\s+(?:purposes\\s+)?only\\b',
    '\\bon\\s+order\\b',
    '\\b(?:will|to)\\s+(?:enter|come\\s+into|go\\s+into)\\s+(?:operational\\s+)?service\\b',
    // "a trial", "a six-week trial", "a drone trial"; not a criminal trial in court.
    '\\b(?:a|an|the)\\s+(?!(?:criminal|court|jury)\\b)(?:[\\w-]+\\s+){0,2}?trial\\b',
    // "a short pilot of", "a six-week pilot in"; a pilot alone may be the person flying a drone.
    '\\b(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?pilot\\s+(?:of|in|at|with|for|using)\\b',
    // Not another's trial the requester refers to: "you refer to the MPS's trial deployments of live facial recognition".
    "\\btrial(?<!\\b(?:refer|refers|referred|mention|mentions|mentioned)\\s+to\\s+(?:[\\w'’]+\\s+){0,6}trial)\\s+(?:of|basis|periods?|deployments?|phases?|schemes?)\\b",
    // Not "remotely piloted aircraft", the standard name for drones.
    '\\bpilot(?:ed|ted|ing|ting)\\b(?<!\\bremotely\\s+pilot(?:ed|ted|ing|ting))',
    '\\bpilot\\s+(?:scheme|project|study|programme|program|phase|basis|period|deployment)\\b',
    // "a three-month pilot ran at one station", "the pilot began in May".
    '\\bpilot\\s+(?:ran|took\\s+place|began|started|was\\s+(?:run|held|carried\\s+out|completed|conducted))\\b',
    '\\bas\\s+a\\s+pilot\\b',
    // "as part of a time-limited pilot", "during the six-month pilot".
    '\\b(?:as\\s+part\\s+of|during|under)\\s+(?:a|an|the|its|our)\\s+(?:[\\w-]+\\s+){0,2}?pilot\\b(?!\\s*[\'’]s\\b)',
    '\\ba\\s+pilot\\b',
    // "is currently the subject of a limited pilot", "a small-scale pilot".
    '\\bsubject\\s+of\\s+(?:a|an)\\s+(?:[\\w-]+\\s+){0,2}?(?:pilot|trial)\\b',
    '\\ba\\s+(?:limited|small(?:-scale)?|short|time-limited|local)\\s+pilot\\b',
    `\\b${PROOF_OF_CONCEPT}\\b`,
    `\\b${PLANS_TO}`,
    '\\bin\\s+the\\s+process\\s+of\\s+(?:procuring|purchasing|acquiring|introducing|buying|implementing)\\b',
    '\\b(?:being|was|were)\\s+(?:evaluated|tested)\\b',
    // "The National Data Analytics Solution is being developed by West Midlands Police".
    '\\b(?:is|are)\\s+(?:currently\\s+|still\\s+)?being\\s+developed\\b',
    '\\b(?:is|are)\\s+(?:currently\\s+)?(?:evaluating|testing)\\b',
    // "West Midlands Police is developing predictive analytics models", "the force is developing a facial recognition
    // capability": the authority's own model, tool or system; not another body's ("the Home Office is developing").
    '\\b(?:is|are)(?<=\\b(?:police|constabulary|force|service|we|it)\\s+(?:is|are))\\s+(?:currently\\s+)?developing\\s+(?:(?:a|an|its|the|new)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:models?|tools?|capabilit(?:y|ies)|systems?|software|algorithms?|applications?|apps?|platforms?)\\b',
    // "has approved the procurement of a live facial recognition capability".
    '\\b(?:approved|agreed)\\s+(?:the\\s+)?(?:procurement|purchase)\\s+of\\b',
    // "installed for evaluation purposes only", "held for trial purposes": kept short of use.
    '\\bfor\\s+(?:evaluation|testing|trial|pilot)\\s+purposes\\b',
    '\\b(?:is|are)\\s+(?:currently\\s+|actively\\s+)?(?:exploring|considering|scoping|assessing|investigating)\\s+(?:(?:the\\s+)?(?:use|introduction|procurement|purchase|adoption|potential|possibility|feasibility)|(?:it|them|its\\s+use|their\\s+use)(?=\\s*(?:[.;,]|$|\\s+(?:for|as|with)\\b))|(?:introducing|using|adopting|deploying|procuring|purchasing|acquiring)\\b)',
    // "a business case (for cyber kiosks) is being developed": a plan on its way to a decision.
    // Funded, or on its way: "Funding has been approved for a drone capability", "has allocated funding ... to
    // explore", "is expected to become operational next year", "will be rolled out in 2021".
    '\\b(?:funding|budget)\\s+(?:for\\s+(?:[\\w/-]+\\s+){1,8}?)?(?:(?:has|have)\\s+been\\s+|was\\s+|is\\s+)?(?:approved|allocated|secured|agreed|earmarked)\\b',
    // Being bought: "procurement is under way", "the kiosks are being procured".
    // "a procurement exercise for digital forensic kiosks is under way", "a procurement exercise began in January".
    '\\bprocurement\\s+(?:(?:exercise|process)\\s+)?(?:(?:for|to)\\s+(?:[\\w/-]+\\s+){1,5}?)?(?:(?:is|has)\\s+(?:now\\s+)?(?:under\\s*way|begun|started|commenced|ongoing|in\\s+progress)|began|started|commenced)\\b',
    '\\b(?:is|are)\\s+(?:currently\\s+)?being\\s+procured\\b',
    '\\b(?:is|are)\\s+(?:currently\\s+|now\\s+|jointly\\s+)?(?:procuring|purchasing|acquiring)\\b',
    '\\b(?:allocated|approved|secured|earmarked)\\s+(?:[\\w/-]+\\s+)?funding\\b',
    '\\bto\\s+explore\\b',
    `\\b(?:expected|due|scheduled)\\s+to\\s+${GOES_LIVE}`,
    // "expects the first aircraft to be in service next spring".
    `\\bexpects?\\s+(?:[\\w-]+\\s+){1,4}?to\\s+${GOES_LIVE}`,
    // "will be rolled out in 2021", "will begin using drones from April", "will start deploying them next year".
    '\\bwill\\s+(?:be\\s+(?:introduced|deployed|rolled\\s+out)|go\\s+live|become\\s+operational|(?:begin|start|commence)\\s+(?:using|deploying|operating|to\\s+(?:use|deploy|operate)))\\b',
    // "a supplier is expected to be appointed", "the contract is due to be awarded in May".
    '\\b(?:supplier|contractor|contract)\\s+(?:is\\s+)?(?:expected|due|scheduled)\\s+to\\s+be\\s+(?:appointed|awarded|signed|let)\\b',
    // "a project exploring the use of data analytics"
    '\\bexploring\\s+(?:the\\s+)?(?:use|potential|possibility|feasibility)\\s+of\\b',
    // "this work is at an evaluation stage", "remains at the research stage", "is at the development and testing
    // stage".
    `\\b(?:at|in)\\s+(?:an?\\s+|the\\s+)?(?:early\\s+)?${TRIAL_STAGE}(?:\\s+(?:and|or)\\s+${TRIAL_STAGE})?\\s+(?:stage|phase)\\b`,
    '\\b(?:approved|developed|prepared|drafted|submitted|agreed)\\s+(?:a|the)\\s+business\\s+case\\b',
    '\\bbusiness\\s+case\\s+(?:for\\s+(?:[\\w-]+\\s+){1,8}?)?(?:(?:is|was|has\\s+been)\\s+)?(?:being\\s+)?(?:developed|prepared|drafted|written|submitted|approved)\\b',
  ],
);

export const NEGATION_BEFORE = /\b(?:not|no|never|none)\b[^,;.]{0,25}$|n['’]t\b[^,;.]{0,25}$/i;

/**
 * Refusals on the cost limit (s12) or as vexatious (s14): grounds of their own, with or without the section cited
 * ("would exceed the appropriate limit", "the upper cost limit", "cost limit exceeded", "s12(1) applies", "Section
 * 12(1) of the Act therefore applies", "not required to comply with this part of your request"). Not a request for
 * clarification under s1(3): "not obliged to comply with your request until the further information is received".
 */
export const REFUSAL_GROUND_WORDS = String.raw`exceed(?:s|ed)?\s+the\s+(?:(?:appropriate|upper|cost|fees?|18|eighteen)[\s-]+(?:hours?[\s-]+)?){1,3}limit|not\s+(?:obliged|required)\s+to\s+comply\s+with\b(?![^.;\n]{0,60}?\buntil\b)|(?:appropriate|cost|fees?)\s+limit\s+(?:(?:is|was|would\s+be|has\s+been)\s+)?exceeded|s(?:ection)?\.?\s?1[24](?:\(\d\))?\s+(?:of\s+(?:the\s+)?(?:Act|FOIA|FOISA)\s+)?(?:therefore\s+|also\s+|thus\s+)?(?:applies|is\s+engaged|has\s+been\s+applied)|(?:applying|relying\s+(?:up)?on|engaging)\s+s(?:ection)?\.?\s?1[24]\b|vexatious|repeated\s+requests?`;

/** Words of a withholding, less how non-disclosure is said ({@link WITHHELD_CUE} and its opening differ there). */
export const WITHHOLDING_WORDS = String.raw`withheld|withhold(?:ing)?|(?:is|are)\s+(?:already\s+)?reasonably\s+accessible|(?:consider|deem|regard|believe)(?:s|ed|d)?\s+(?:it|this|that|them|the\s+information)\s+(?:to\s+be\s+)?exempt|(?:is|are|being|remains?)\s+(?:therefore\s+|also\s+|thus\s+|consequently\s+)?exempt|exempt\s+from\s+disclosure|refus(?:e|ed|ing|al)|not\s+(?:required|obliged)\s+to\s+(?:provide|disclose|supply)\s+(?:it|this|that|them|the\s+information)`;

export const NOT_DISCLOSED = String.raw`(?:is|are)\s+not\s+(?:being\s+)?(?:provided|disclosed|released)`;

export const WITHHELD_CUE = new RegExp(
  String.raw`\b(?:${WITHHOLDING_WORDS}|(?:will|can|cannot|could)\s*not\s+be\s+(?:provided|disclosed|released)|${NOT_DISCLOSED}|${REFUSAL_GROUND_WORDS})\b`,
  'i',
);

/**
 * A sentence opening with a condition on the cost of answering: "If the cost of complying with your request would exceed
 * the appropriate limit, we will write to you", as an acknowledgement explains the Act; or warning of it: "a request of
 * this breadth is likely to exceed the appropriate cost limit", "it is likely that the cost of compliance would exceed
 * the appropriate limit". It refuses nothing.
 */
export const IF_COST =
  /^[^\p{L}]{0,4}(?:if|where|should)\s+(?:the\s+cost|compl(?:ying|iance)|(?:we|it)\s+(?:estimate|find|is\s+estimated|is\s+found))\b|\b(?:is|are|would\s+be)\s+likely\s+to\s+exceed\b|\bis\s+likely\s+that\b[^.;]{0,80}?\bwould\s+exceed\b/iu;

/**
 * A withholding supposed of information that may not exist, as an NCND explains its grounds: "if the information
 * existed and was held, it would be exempt from disclosure", "The information, if held, would be exempt". It
 * withholds nothing.
 */
export const HELD_SUPPOSED = /\b(?:if|were\s+(?:it|this|the\s+information|such\s+information))\b[^.;:]{0,60}?\b(?:held|holds?|existed|exists?)\b/i;

export const REFUSAL_GROUND = new RegExp(String.raw`\b(?:${REFUSAL_GROUND_WORDS})\b`, 'i');

/**
 * Words that make a clause hypothetical or argumentative ("would show criminals whether ... is used"); not "able to
 * tell you", which opens an answer.
 */
const HEDGE = /\b(?:would|could|might|whether|if|should|able\s+to(?!\s+(?:tell|confirm|advise|inform|say|state|provide|disclose|release)\b))\b/i;

/**
 * A sentence opening as a supposition about disclosure ("Were the force to state that ...", "Any confirmation that
 * ... is used, or is not used, would ...", "Confirming or denying whether ...", "If we confirmed, for example, that
 * ...", "Where a force confirms that a tactic is used, ..."), or with a question as its subject ("Whether, and how,
 * the force makes use of ... is an operational matter"), or supposing an answer anywhere in it ("Suppose GMP were to
 * reply ...", "Consider what would follow if Sussex Police were to reply ..."): every clause of it is argument, not
 * answer.
 */
export const SUPPOSITION = /^[^\p{L}]{0,4}(?:whether\b|suppos(?:e|ing)\b|imagine\b|were[ \t]+(?:the|it|we|they|this)\b|(?:any|a)[ \t]+(?:confirmation|denial)\b|(?:confirming|denying|stating|disclosing|revealing)(?:[ \t]+(?:or|and)[ \t]+(?:confirming|denying|stating|disclosing|revealing))?[ \t]+(?:that|whether)\b|if[ \t]+(?:we|it|they|the[ \t]+(?:force|constabulary|service|police|office|commissioner))[ \t]+(?:were[ \t]+to[ \t]+|was[ \t]+to[ \t]+)?(?:confirm(?:ed|s)?|den(?:y|ied|ies)|stated?|says?|said|disclosed?|revealed?)\b|(?:where|when|once|if)[ \t]+(?:a|an|any|one)[ \t]+(?:[\w-]+[ \t]+)?(?:force|authority|constabulary|body)[ \t]+(?:confirms?|denies|deny|states?|discloses?|reveals?)\b)|\b(?:were|was)[ \t]+(?:[\p{L}'’-]+[ \t]+){0,3}?to[ \t]+(?:reply|respond|answer|state|say|confirm|deny|disclose|reveal|announce|admit)\b/iu;

/**
 * "Neither ... nor" denying both; not the NCND formula, named where it is taken back ("I withdraw the neither confirm
 * nor deny response").
 */
export const NEITHER = /\bneither\b(?!\s+confirm)/i;

/**
 * A clause whose subject is "no ...", perhaps after "and" or "or", given as a reason, or reported: "no such software
 * has been procured", "and no drones are operated", "as no predictive policing software has been purchased", "none
 * has been put into operational use", "I can confirm that none of the above are currently used".
 */
export const NO_SUBJECT =
  /^[^\p{L}]*(?:(?:and|or|as|since|because)\s+)?(?:(?:[\w'’]+\s+){0,4}?(?:that|confirms?|advises?|states?)\s+)?(?:no|none\s+of|none(?=\s+(?:has|have|is|are|was|were)\b))\s+(?!(?:longer|doubt|matter)\b)/iu;

/**
 * Use done by another body, told in the passive: "the examination is carried out by the local Home Office police
 * force", "these are operated by the train operating companies"; by forces in general ("where it is used by any police
 * force"), or by those the police pursue ("the county is used by organised crime groups"). Not "by officers" or "by our
 * digital forensics unit", nor use by another body "on behalf of the force", which is the force's.
 */
export const BY_ANOTHER_BODY = new RegExp(
  String.raw`^(?![^.;]{0,200}?\bon[\s\u00a0]+behalf[\s\u00a0]+of[\s\u00a0]+(?:the|this|our)[\s\u00a0]+(?:force|constabulary)\b)[\s\u00a0]+by[\s\u00a0]+(?:(?:the|a|an|one|each)[\s\u00a0]+)?(?:(?:local|regional|national|neighbouring|partner|another|other|commercial|external|private|third[\s-]party|specialist|independent)\b|(?:[\w-]+[\s\u00a0]+){0,3}?(?:compan(?:y|ies)|providers?|suppliers?|contractors?|councils?|agenc(?:y|ies)|operators?)\b|Home[\s\u00a0]+Office\b|National[\s\u00a0]+Highways\b|NPAS\b|any[\s\u00a0]+(?:police[\s\u00a0]+)?(?:force|service|body)\b|police[\s\u00a0]+forces\b|(?:organised[\s\u00a0]+)?(?:crime[\s\u00a0]+groups|criminals|offenders|gangs)\b)`,
  'i',
);

/** "of these two technologies", "of them": the tools a "neither" or "either" answer covers. */
const OF_THE_TWO = String.raw`of\s+(?:(?:these|those|the)(?:\s+two)?\s+(?:tools|technologies|systems|tactics|techniques|capabilities)|these|them|those|the\s+two)`;

/**
 * "Neither technology is used", "neither of these is used", "we use neither", "we do not use either (of these
 * technologies)", "we don't use any of these", "No such equipment is held": a denial of each tool the question asked
 * about.
 */
const NEITHER_OF_THEM = new RegExp(
  String.raw`\bneither\s+(?:${OF_THE_TWO}|technology|tool|system|tactic|capability|(?:is|are|was|were|has|have)\b)|\b(?:use|uses|used|deploy|deploys|operate|operates)\s+neither\b|\beither(?:\s+(?:${OF_THE_TWO}|technology|tool|system|tactic|capability))?(?=\s*(?:[.;,]|$))|\b(?:any|none)\s+of\s+(?:these|them|those|the\s+above|the\s+(?:tools|technologies|systems|tactics))\b|\b${SUCH_EQUIPMENT}\b`,
  'i',
);

/** "may" in lower case only: "May" is as often the month ("piloted between May and August"). */
const HEDGE_MAY = /\bmay\b/;

/**
 * True when a clause is hypothetical or argument rather than answer. A "may" counts only before the cue's end: after
 * it, it belongs to what the tool is for ("... tools to forecast where crime may occur").
 */
export function isHedged(clause: string, cueEnd = clause.length): boolean {
  return HEDGE.test(clause) || HEDGE_MAY.test(cueEnd < clause.length ? clause.slice(0, cueEnd) : clause);
}

/**
 * Where one clause ends and the next begins; not at the comma of a number ("1,000 missions"), nor at a web address's
 * colon or the one before it ("ANPR Procedure: https://...").
 */
export const CLAUSE_BREAK = /(?<!\d),|,(?!\d{3}\b)|;|:(?![ \t]*(?:https?:|www\.)|\/\/)|[.!?](?=\s)|\b(?:but|however|although|though|whereas|whilst|while)\b/i;

/**
 * An aside set off by commas within one clause: a contrast word after an auxiliary verb, the ", however," of "Officers
 * do, however, use retrospective facial recognition"; a second question after "whether", the ", or how," of "whether,
 * or how, Police Scotland uses facial recognition", which still asks.
 */
export const PARENTHETICAL_ASIDE =
  /(?<=\b(?:do|does|did|is|are|was|were|has|have|had|can))[ \t]*,[ \t]*(?:however|though|also|nonetheless|nevertheless)[ \t]*,|(?<=\bwhether)[ \t]*,[ \t]*(?:or|and)[ \t]+(?:if[ \t]+so[ \t]+)?(?:how|where|when|why|to[ \t]+what[ \t]+extent)[ \t]*,/gi;

/** Words standing for the tool under discussion. */
const ANAPHORA =
  /\b(?:it|this|these|they|such\s+(?:technology|technologies|systems?|tools?|software|equipment|tactics?|capabilit(?:y|ies))|(?:this|that|the)\s+(?:technology|technologies|tool|tactic|system|capability|equipment|software|product|model|platform|application|programme|project|scheme)|this\s+type\s+of)\b/i;

/**
 * "The answer to each of your questions is", "Having made enquiries, the answer to all of your questions would be":
 * the words before one yes or no for every question, after a short opening clause; or those before a yes or no to
 * all of them: "Gwent Police can answer yes to all".
 */
const ANSWER_TO_EVERY_QUESTION =
  /(?:[^.;:\n]{0,80}?(?:,|\bthat)[ \t]+)?(?:the|my|our)[ \t]+answers?[ \t]+to[ \t]+(?:each|all|both|every[ \t]+one)[ \t]+of[ \t]+(?:your|the|these|those)[ \t]+(?:[a-z]+[ \t]+)?(?:questions|parts|points|items|requests)[ \t]+(?:is|are|would[ \t]+be)[ \t]+|[^.;:\n]{0,80}?\b(?:can|could|would|will)[ \t]+answer[ \t]+(?=(?:yes|no)[ \t]+to[ \t]+(?:all|both|each|every)\b)/iy;
/** How far into a sentence {@link ANSWER_TO_EVERY_QUESTION} may reach; only one with an "answer" there is read. */
const ANSWER_TO_EVERY_QUESTION_REACH = 180;

/** Where the answer after {@link ANSWER_TO_EVERY_QUESTION} begins, if the sentence opens so. */
export function answerToEveryQuestionEnd(text: string, start: number, end: number): number | undefined {
  const reach = Math.min(end, start + ANSWER_TO_EVERY_QUESTION_REACH);
  // Only the reach is searched: a search of the whole text from each sentence would cost the square of its length.
  if (!text.slice(start, reach).toLowerCase().includes('answer')) return undefined;
  ANSWER_TO_EVERY_QUESTION.lastIndex = start;
  return ANSWER_TO_EVERY_QUESTION.test(text) && ANSWER_TO_EVERY_QUESTION.lastIndex < end ? ANSWER_TO_EVERY_QUESTION.lastIndex : undefined;
}

/**
 * A sentence opening "Yes to both", "Both are used", "All of these are used", after "I can confirm that" at most: one
 * answer for each tool the question asked about. Only at the start: "a link to each is given" answers nothing.
 */
export const EVERY_TOOL =
  /^[^\p{L}]{0,6}(?:(?:I|we)\s+(?:can\s+|am\s+able\s+to\s+|are\s+able\s+to\s+)?(?:confirm|tell\s+you|advise(?:\s+you)?)\s+that\s+)?(?:(?:yes|no|nil(?:\s+return)?|none)[ \t,]+(?:to|for)\s+(?:both|all|each|every)|(?:both|all|each)(?:\s+(?:two|three|four|five|six|seven|eight|nine|\d))?(?:\s+(?:of\s+(?:them|these|those|the\s+above)|tools|technologies|tactics|systems))?\s+(?:are|is|were|was|have|has))\b/iu;

/**
 * Every tool asked about as the object of a verb of use, ending its clause: "We use all three", "The force operates
 * both", "we have all of these". Not "uses all three of its drones" or "has both cameras".
 */
const ALL_AS_OBJECT =
  /\b(?:uses?|operates?|deploys?|employs?|utili[sz]es?|have|has)\s+(?:all|both)(?:\s+(?:two|three|four|five|six|seven|eight|nine|\d))?(?:\s+of\s+(?:them|these|those|the\s+above))?(?=\s*(?:[.;,!]|$))/i;

/** The count an answer for every tool gives: "all three", "all 4". Not "both", which may be both parts of a question. */
const ALL_COUNT = /\ball\s+(two|three|four|five|six|seven|eight|nine|\d)\b/i;

/**
 * Anywhere in a sentence, every tool the request listed: "In relation to all three of the tactics you list, the force
 * neither confirms nor denies ...", "each of the technologies listed", "every technology on your list", "All of the
 * tools in part (a)", "the technologies at points 1, 2, 4 and 6" (the sentence's topic is those points' tools),
 * "uses both of these technologies" under a heading naming two questions.
 */
const ALL_LISTED =
  /\b(?:all|each|every)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d)\s+)?(?:of\s+)?(?:the\s+|these\s+)?(?:tactics?|tools?|technolog(?:y|ies)|techniques?|systems?|capabilit(?:y|ies))\s+(?:(?:that\s+)?you\s+(?:have\s+)?(?:list|listed|mention|mentioned|name|named|asked\s+about|refer\s+to)|listed|mentioned|named|in\s+your\s+(?:request|list)|on\s+(?:your|the)\s+list|(?:in|at|under)\s+(?:your\s+)?(?:parts?|questions?|items?|points?)\s)|\bthe\s+(?:tactics|tools|technologies|techniques|systems|capabilities)\s+(?:listed\s+)?(?:in|at|under)\s+(?:your\s+)?(?:parts|questions|items|points)\s|\b(?:both|all)\s+(?:of\s+)?(?:these|those)\s+(?:tactics|tools|technologies|techniques|systems|capabilities)\b/i;

/**
 * A force named as a sentence's subject: "South Wales Police has deployed ...", "However, Hertfordshire Constabulary
 * uses"; with a second force joined to it, as joint replies name both: "Neither Norfolk Constabulary nor Suffolk
 * Constabulary uses ...". After any answer label, which with an article is no force's name: "A   The Constabulary
 * does not use ...".
 */
const FORCE_SUBJECT =
  /^[^\p{L}]{0,8}(?:(?:A|Answer|Response|Reply)[ \t]*\d{0,2}[ \t]*[:.)\-–]?[ \t]+)?(?:(?:[Hh]owever|[Aa]lthough|[Ww]hile|[Ww]hilst|[Bb]ut|[Aa]nd|[Ss]eparately)[\s,]+)?(?:(?:Neither|Both|Either)[ \t]+)?(?:[Tt]he\s+)?(?!(?:A|The|This|That|Our|Your|Its|Their|Each|Every|Any|All|Other|Another|Some|Most|Many|No|Partner|Neighbouring|Local|Regional|National|Home)\b)((?:[A-Z][\p{L}'’-]*[ \t]+){1,3})(?:Police(?:[ \t]+Service)?|Constabulary)\b(?!['’])(?:[ \t]+(?:and|nor|or|&)[ \t]+(?:the[ \t]+)?((?:[A-Z][\p{L}'’-]*[ \t]+){1,3})(?:Police|Constabulary)\b)?/u;

/** An authority that is a force itself, not a commissioner's or mayor's office, which reports what its force does. */
const FORCE_NAME = /^(?!.*\b(?:Commissioner|Office|Mayor)).*\b(?:Police|Constabulary)\b/i;

/**
 * The authority's name, lower-cased, when it is a force; undefined for a commissioner's or mayor's office, whose
 * letters tell what its force does, or when the letter names no authority.
 */
export function ownForceName(authority: string | null | undefined): string | undefined {
  return authority && FORCE_NAME.test(authority) ? authority.toLowerCase() : undefined;
}

/**
 * True when a sentence's subject is a force other than the one writing, `own` from {@link ownForceName}
 * ("Bedfordshire Police took part in a trial" in Cambridgeshire's letter): what it did is not the authority's answer.
 * A force sharing a word of its name with the authority is taken for its own ("A3 West Yorkshire Police uses" in
 * West Yorkshire's), and so is a pair of forces naming the authority as one of the two.
 */
export function anotherForceSpeaks(words: string, own: string | undefined): boolean {
  if (own === undefined) return false;
  const subject = FORCE_SUBJECT.exec(words);
  if (!subject) return false;
  const isOwn = (name: string | undefined): boolean =>
    name !== undefined &&
    name
      .trim()
      .split(/\s+/)
      .some((word) => word.length > 2 && own.includes(word.toLowerCase()));
  return !isOwn(subject[1]) && !isOwn(subject[2]);
}

/** Use told of the body a referral names, in a clause about it: "the Home Office, which owns and manages the system". */
export const OTHER_BODY_USE = /,\s*(?:which|who)\s+(?:\w+\s+){0,2}?(?:owns|operates|uses|runs|manages|deploys|maintains|hosts)\b/i;

/** A referral that sends the requester, or the request, to the other body. */
export const SENDS_ON = /\b(?:contact|ask|responding|(?:re-?)?direct|(?:re-?)?send|forward(?:ed)?|transferred|passed|write|(?:re-?)?submit|address|approach|put)\b/i;

/**
 * The police service's stance on NCND in general, not this authority's answer: "the Police Service does not confirm
 * or deny the use of particular covert techniques in any force area", "police forces ordinarily neither confirm nor
 * deny ...", "The Police Service generally adopts a neither confirm nor deny stance", "the Police Service as a whole
 * has adopted a consistent approach of neither confirming nor denying", "some police forces respond to questions about
 * covert techniques by neither confirming nor denying". Not "the Police Service of Scotland neither confirms nor
 * denies", a force's own name.
 */
const GENERAL_NCND =
  /\b(?:the\s+police\s+service(?!\s+of\b)(?:\s+as\s+a\s+whole)?|police\s+forces|(?:all|most|many)\s+forces)\s+(?:(?:generally|ordinarily|normally|usually|routinely|traditionally|nationally)\s+)?(?:neither\s+confirms?|(?:does|do)\s+not\s+(?:either\s+)?confirm\s+or\s+deny|(?:has\s+|have\s+)?adopt(?:s|ed)?\s+(?:a|an|the)\s+(?:(?:[\w-]+\s+){0,2}?(?:approach|policy|stance|position)\s+of\s+)?(?:neither|NCND))|\bin\s+any\s+force\s+area\b|\b(?:some|other|many|most)\s+(?:other\s+)?(?:police\s+)?forces\s+(?:[\w-]+\s+){0,8}?(?:by\s+)?(?:neither|NCND)\b/i;

/**
 * What the authority does in general, or did in other requests, not its answer here: "the force will often rely on
 * exemptions ... to neither confirm nor deny", "forces frequently respond ... by neither confirming nor denying",
 * "Where this is relied upon, the Constabulary will neither confirm nor deny", "Where a request touches on
 * surveillance, the force's usual starting point is ...", "from our previous responses ... has given a neither confirm
 * nor deny response", "previous responses have already explained GMP's position, including where the force neither
 * confirms nor denies ...", "the MPS has consistently given a neither confirm nor deny response", "would rely on
 * section 18 (neither confirm nor deny) were a request about IMSI catchers put to it". Not "Where the information
 * relates to IMSI catchers, ...", which names what it is about, nor "As stated in our responses to previous requests,
 * the force neither confirms nor denies ...", given again.
 */
const HABITUAL_NCND =
  /\b(?:often|usually|usual|generally|normally|typically|sometimes|frequently|commonly|occasionally|ordinarily)\b[^.;]{0,150}?\b(?:neither|confirm\s+n?or\s+deny|NCND)\b|^[^\p{L}]{0,4}(?:where|when|whenever)\s+(?:a|any|such\s+a|this|that)\s+(?:(?:[\w-]+\s+){0,2}?(?:request|question|enquiry|exemption|section|provision)s?\b|is\s+relied|applies)|\b(?:previous|earlier|past|prior)\s+(?:responses|requests|replies|answers)\b[^.;]{0,150}?\b(?:has|have|had)\s+(?:previously\s+|already\s+)?(?:given|issued|provided|relied|explained|set\s+out)\b|\b(?:has|have)\s+(?:previously|consistently|always|historically)\s+(?:given|answered|responded|applied|relied|adopted|issued)\b[^.;]{0,150}?\b(?:neither|confirm\s+n?or\s+deny|NCND)\b|\bwould\s+(?:rely|apply)\b[^.;]{0,80}?\b(?:neither|NCND)\b[^.;]{0,40}?\bwere\s+(?:a|an|the|such)\b/iu;

/**
 * Use of many things of a kind, not of any one tool: "uses many analytical products", "employs a range of techniques
 * to direct resources"; or of something said not to do what a forecasting tool does: "uses standard crime mapping, but
 * this does not forecast future crime", "analytical tools, which do not predict where crime is likely to occur",
 * "hotspot maps from recorded crime data", "crime that has already been recorded". Said beside a question about one
 * tool, it does not say that tool is used.
 */
const GENERAL_USE =
  /\bfrom\s+(?:recorded|past|historic(?:al)?|previously\s+recorded)\s+(?:crime|incident|offence)s?\b|\bcrime\s+that\s+has\s+already\s+been\s+recorded\b|\b(?:uses|utili[sz]es|employs|operates|deploys|makes\s+use\s+of)\s+(?:many|various|several|numerous|a\s+(?:(?:wide|broad|large)\s+)?(?:range|number|variety|mix|host)\s+of)\s+(?:[\w-]+\s+){0,2}?(?:products|techniques|tools|systems|methods|technologies|approaches|applications|capabilities|tactics|packages|platforms|software)\b|\b(?:which|that|this|these|it|they)\s+(?:does|do|is|are)(?:\s+not|n['’]t)\s+(?:\w+\s+){0,2}?(?:forecast|predict)/i;

/** "The other tools and tactics you refer to": the statement covers every requested tool not answered so far. */
const REMAINING_TOOLS = anyOf([
  // Counted or not: "the remaining two items in your request".
  '\\b(?:other|remaining)\\s+(?:(?:two|three|four|five|six|seven|eight|[2-9])\\s+)?(?:tools|tactics|technolog(?:y|ies)|systems|items|capabilities|equipment|types|questions|parts|products)\\b',
  // Counted with no noun: "For the remaining five the OPCC holds no information"; not "the other two forces".
  '\\bthe\\s+(?:other|remaining)\\s+(?:two|three|four|five|six|seven|eight|[2-9])\\b(?!\\s+(?:[\\w-]+\\s+)?(?:years?|months?|weeks?|days?|forces?|offices?|bodies|authorities|people|officers)\\b)',
  '\\bany\\s+of\\s+the\\s+other\\b',
  // "The force does not use any of the others", "none of the others".
  '\\b(?:any|none|all|each)\\s+of\\s+the\\s+others\\b',
  // "... has neither used nor trialled the others", not "the others in the region".
  '\\bthe\\s+others\\b(?!\\s+(?:in|of|at|within|across)\\b)',
  // "The OPCC holds no other information in relation to the tools in your list".
  '\\bno\\s+other\\s+(?:information|records|data)\\b',
  '\\bthe\\s+rest\\b',
  '\\bremainder\\s+of\\s+(?:your|the|this)\\s+(?:request|questions?)\\b',
  // "The remainder: no information held", not "the remainder of the year"; "Everything else - no".
  '\\bthe\\s+remainder\\b(?!\\s+of\\b)',
  '\\beverything\\s+else\\b',
  // "Other than these, all the technologies in your list are used": the tools just answered set apart.
  '\\b(?:other\\s+than|apart\\s+from|aside\\s+from|besides|except(?:\\s+for)?|save\\s+for|with\\s+the\\s+exception\\s+of)\\s+(?:these|those|them|the\\s+above)\\b',
]);

/**
 * A unit's words and whom they say they are about, each read when first asked: {@link cuesToRead} and
 * {@link readUnit} ask the same of the same words.
 */
export class Wording {
  readonly #text: string;
  readonly #span: Span;
  #words: string | undefined;
  #anaphora: boolean | undefined;
  #everyTool: boolean | undefined;
  #neitherOfThem: boolean | undefined;
  #remainingTools: boolean | undefined;
  #generalUse: boolean | undefined;
  #generalNcnd: boolean | undefined;

  constructor(text: string, span: Span) {
    this.#text = text;
    this.#span = span;
  }

  get words(): string {
    return (this.#words ??= this.#text.slice(this.#span.start, this.#span.end));
  }

  /** "it", "this technology": the words stand for the tool under discussion ({@link ANAPHORA}). */
  get anaphora(): boolean {
    return (this.#anaphora ??= ANAPHORA.test(this.words));
  }

  /**
   * "Yes to both", "All of these are used" ({@link EVERY_TOOL}), "all three of the tactics you list"
   * ({@link ALL_LISTED}), "the answer to each of your questions is no" ({@link ANSWER_TO_EVERY_QUESTION}).
   */
  get everyTool(): boolean {
    return (this.#everyTool ??= EVERY_TOOL.test(this.words) || ALL_LISTED.test(this.words) || ALL_AS_OBJECT.test(this.words) || answerToEveryQuestionEnd(this.words, 0, this.words.length) !== undefined);
  }

  /** How many tools the words say an answer for every tool covers ("all three"); undefined when they give no count. */
  get everyToolCount(): number | undefined {
    const count = ALL_COUNT.exec(this.words);
    return count === null ? undefined : numberOf(count[1]);
  }

  /** "Neither technology is used" ({@link NEITHER_OF_THEM}). */
  get neitherOfThem(): boolean {
    return (this.#neitherOfThem ??= NEITHER_OF_THEM.test(this.words));
  }

  /** The police service's NCND stance in general ({@link GENERAL_NCND}), or the authority's ({@link HABITUAL_NCND}). */
  get generalNcnd(): boolean {
    return (this.#generalNcnd ??= GENERAL_NCND.test(this.words) || HABITUAL_NCND.test(this.words));
  }

  /** "uses a range of analytical techniques" ({@link GENERAL_USE}). */
  get generalUse(): boolean {
    return (this.#generalUse ??= GENERAL_USE.test(this.words));
  }

  /** "The other tools you refer to" ({@link REMAINING_TOOLS}). */
  get remainingTools(): boolean {
    return (this.#remainingTools ??= REMAINING_TOOLS.test(this.words));
  }
}
