// Suggests, for every tool a letter answers about, what the authority said (a status from TOOL_STATUSES), with
// the sentence that says it, a confidence and the sections relied on. The letter is read as answer units (a
// per-tool answer line such as "Hacking – I can neither confirm nor deny ...", or a sentence outside the quoted
// request); each unit's wording gives signals, the unit's tool mentions (or, for "it"/"this technology", the
// tool under discussion) say whom they are about, and each tool's signals are then combined.

import type { Citation, NcndStatement, Referral, Statement, ToolAnswer, ToolMention, ToolStatus } from '../model';
import { lowerBound } from '../sorted';
import type { Span } from '../text';
import { isAnswerHeading, isQuestionLabel, QUESTION_WORDS, stripListMarker } from './answerLanguage';
import { contentEnd, lineIndexAt, nextContentLine, splitLines, type Line } from './lines';
import { matchStarts, startList } from './phraseScan';
import { insideRegions, regionIndexAt } from './request';

/** What the tool answers are read from: the text and what the other finders found in it. */
export interface ToolAnswerInput {
  readonly text: string;
  readonly sentences: readonly Span[];
  /** Regions quoting the requester, sorted and non-overlapping. */
  readonly request: readonly Span[];
  /** Every tool mention, in order, flagged when inside the request. */
  readonly mentions: readonly ToolMention[];
  readonly citations: readonly Citation[];
  readonly ncnd: readonly NcndStatement[];
  readonly notHeld: readonly Statement[];
  readonly referrals: readonly Referral[];
  /** Passages arguing a harm, public interest or balance test: reasons for a refusal, not answers. */
  readonly argument: readonly Span[];
  /** The letter's lines from `splitLines`, when the caller has them already. */
  readonly lines?: readonly Line[];
}

// --- Wording -----------------------------------------------------------------------------------------------------

/**
 * A pattern matching any of `branches`, each a word boundary (`\b`) and then a word, or a group of words ("(?:is|are)
 * not"), opening what follows. The branches are gathered by their first letter, so that V8's engine tests the
 * boundary once at each place, and then only the branches opening with the letter there rather than every branch:
 * several times faster on prose. The matches are the same: at any place only the branches opening with its letter
 * can match, and those are tried in their order.
 */
function anyOf(branches: readonly string[]): RegExp {
  const openings = branches.flatMap(alternativesOf).flatMap((branch) => {
    if (!branch.startsWith(String.raw`\b`)) throw new Error(`A branch opening without \b: ${branch}`);
    return byFirstLetter(branch.slice(2));
  });
  const groups = [...groupBy(openings, ([letter]) => letter)].map(
    ([letter, same]) => `${letter}(?:${same.map(([, rest]) => rest).join('|')})`,
  );
  return new RegExp(String.raw`\b(?:${groups.join('|')})`, 'i');
}

/**
 * A pattern source opening with a word or a group of words, as pairs of a lower-case first letter and what follows
 * it: "(?:is|are|do)\s+not" gives i "(?:s)\s+not", a "(?:re)\s+not" and d "(?:o)\s+not". Several words with one first
 * letter stay together, in their order.
 */
function byFirstLetter(source: string): [string, string][] {
  if (isLetter(source[0])) return [[source[0].toLowerCase(), source.slice(1)]];
  const close = source.startsWith('(?:') ? closingParenthesis(source) : -1;
  const words = close < 0 ? [] : alternativesOf(source.slice(3, close));
  const after = source.slice(close + 1);
  if (words.length === 0 || !words.every((word) => isLetter(word[0])) || /^[?*+{]/.test(after)) {
    throw new Error(`A branch opening with neither a word nor a group of words: ${source}`);
  }
  const byLetter = groupBy(words, (word) => word[0].toLowerCase());
  return [...byLetter].map(([letter, same]) => [letter, `(?:${same.map((word) => word.slice(1)).join('|')})${after}`]);
}

function isLetter(character: string | undefined): boolean {
  return character !== undefined && /^[a-z]$/i.test(character);
}

/** The alternatives of a pattern source, split at each `|` outside groups and character classes. */
function alternativesOf(source: string): string[] {
  const alternatives: string[] = [];
  let start = 0;
  forEachOutside(source, (i, depth) => {
    if (depth === 0 && source[i] === '|') {
      alternatives.push(source.slice(start, i));
      start = i + 1;
    }
    return true;
  });
  alternatives.push(source.slice(start));
  return alternatives;
}

/** Where the group opening a pattern source closes. */
function closingParenthesis(source: string): number {
  let close = -1;
  forEachOutside(source, (i, depth) => {
    if (depth === 0 && source[i] === ')') close = i;
    return close < 0;
  });
  return close;
}

/**
 * Calls `visit` with each character of a pattern source outside escapes and character classes, and the depth of
 * groups around it (a parenthesis counted as outside the group it opens or closes), until it returns false.
 */
function forEachOutside(source: string, visit: (i: number, depth: number) => boolean): void {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
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

/**
 * The NCND formulas, with the "or" letters often write for "nor" ("neither confirm or deny"), the passive ("can
 * neither be confirmed nor denied"), the refusals ("will not / is unable to confirm or deny") and the duty disapplied.
 * Each opens at a word boundary, tested once before them all rather than once per formula (see {@link anyOf}).
 */
const NCND_CUE = new RegExp(
  `\\b(?:${[
    // Not the conclusion of a balance test, "the balance favours neither confirming nor denying".
    '(?<!\\bfavou?r(?:s|ing|\\s+of)?\\s+)ne(?:i)?ther\\s+(?:(?:able|in\\s+a\\s+position)\\s+to\\s+)?(?:be\\s+)?(?:confirms?|confirming|confirmed)\\s+n?or\\s+den(?:y|ies|ying|ied)\\b',
    // Not the noun of a heading or an argument: "Reasons for NCND:", "factors favouring NCND".
    'NCND\\b(?<!\\b(?:for|of|favouring|favoring|against|about|behind|regarding|re)\\s+(?:an\\s+|the\\s+|this\\s+|any\\s+)?NCND)',
    "(?:can\\s*not|can['’]t|will\\s+not|won['’]t|unable\\s+to|not\\s+able\\s+to|(?:not\\s+)?possible\\s+to|impossible\\s+to|do(?:es)?\\s+not|not\\s+in\\s+a\\s+position\\s+to|not\\s+(?:be\\s+)?appropriate\\s+(?:for\\s+(?:(?:the|this|our)\\s+)?[\\w-]+\\s+)?to|not\\s+(?:obliged|required)\\s+to|not\\s+(?:our|its|the\\s+force['’]s)\\s+(?:policy|practice)\\s+to|refuses?\\s+to|declines?\\s+to)\\s+(?:either\\s+)?confirm\\s+n?or\\s+deny\\b",
    '(?:duty\\s+to\\s+confirm\\s+or\\s+deny|(?:section|s\\.?)\\s?1\\s?\\(1\\)\\s?\\(a\\))[^.;:]{0,100}?\\b(?:does|do|will)\\s+not\\s+(?:apply|arise)\\b',
  ].join('|')})`,
  'i',
);
/**
 * Words each branch of {@link NCND_CUE} holds: "neither" and a space, "confirm or deny", "NCND", "not apply". Most
 * texts read for NCND lack them all, and this, opening with few letters, scans many times faster than the cue.
 */
const NCND_CORE = /\bne(?:i)?ther\s|confirm\s+n?or\s+deny\b|NCND\b|not\s+(?:apply|arise)\b/i;

function ncndCue(value: string): RegExpExecArray | null {
  return NCND_CORE.test(value) ? NCND_CUE.exec(value) : null;
}
const COVERT = /\bcovert(?:ly)?\b/i;
const OVERT = /\bovert(?:ly)?\b/i;
/**
 * What may follow "has no", "there is no" or "does not have" when the absence is of information, a duty or a role
 * rather than of the tool ("has no information", "there is no requirement"), or of a way to find records, as a cost
 * refusal explains ("there is no flag on our systems", "no central database", "no easy way to search"): those are
 * other answers.
 */
const NOT_A_TOOL_ABSENT =
  '(?!\\s+(?:(?:any|such|further|other|relevant|recorded|specific|central|single|automated|easy|simple|reliable|practical|quick|electronic)\\s+)*(?:information|records?|data|details|documents?|documentation|knowledge|recorded|requirement|obligation|duty|need|reason|role|responsibility|remit|jurisdiction|comment|trace|evidence|flags?|markers?|fields?|categor(?:y|ies)|codes?|way|means|method|mechanism|facility|search|database|index|repository)\\b)';
const NOT_USED_CUE = anyOf(
  [
    '\\b(?:do|does|did)(?:\\s+not|n[\'’]t)\\s+(?:currently\\s+|presently\\s+|at\\s+present\\s+)?(?:(?:hold|have|own)\\s+or\\s+)?(?:use|utili[sz]e|deploy|operate|employ|own|possess|undertake|conduct|carry\\s+out|make\\s+(?:any\\s+)?(?:overt\\s+|operational\\s+|routine\\s+)?use\\s+of)\\b',
    '\\bno\\s+longer\\s+(?:uses?|used|in\\s+use|deploys?|deployed|operates?|operated|utili[sz]e[sd]?|employs?|employed)\\b',
    '\\b(?:stopped|ceased|discontinued|ended)\\s+(?:using|deploying|operating|(?:the\\s+)?use\\s+of|to\\s+use)\\b',
    '\\b(?:ceased|disbanded)\\b',
    // "Facial recognition is not.", "... is not, although ...": the verb of an answer just given, denied.
    '\\b(?:is|are|does|do)\\s+not(?=\\s*(?:[.;]|$|,\\s*(?:although|though|but|as|since|because|while|whilst)\\b))',
    '\\b(?:was|were|has\\s+been|have\\s+been)\\s+(?:then\\s+|subsequently\\s+|later\\s+|since\\s+)?(?:discontinued|decommissioned|withdrawn|phased\\s+out|retired|stopped)\\b',
    `\\b(?:has|have|possess(?:es)?|owns?)\\s+no\\b${NOT_A_TOOL_ABSENT}`,
    `\\bthere\\s+(?:is|are)\\s+(?:currently\\s+|presently\\s+)?no\\b${NOT_A_TOOL_ABSENT}`,
    `\\b(?:do|does|did)(?:\\s+not|n['’]t)\\s+(?:currently\\s+|presently\\s+|at\\s+present\\s+)?have\\b${NOT_A_TOOL_ABSENT}`,
    '\\bnot\\s+something\\s+(?:that\\s+)?(?:the|this|our|we)\\b(?:\\s+\\w+){0,2}?\\s+(?:uses?|utili[sz]es?|deploys?|operates?|employs?|has|have)\\b',
    '\\b(?:is|are|was|were|has|have)\\s+not\\s+(?:currently\\s+|presently\\s+|been\\s+)?(?:using|used|in\\s+use|deployed|deploying|utili[sz]ing|utili[sz]ed|operating|operated)\\b',
    '\\bno\\s+(?:overt\\s+|current\\s+)?(?:use|deployment)\\s+(?:of|by)\\b',
    // "not in use"; and "Facial recognition - not used overtly", a label's answer with no verb before it.
    '\\bnot\\s+(?:currently\\s+|presently\\s+|yet\\s+)?(?:in\\s+(?:operational\\s+|active\\s+)?use|used|deployed|utili[sz]ed)\\b',
    '\\bnot\\s+(?:yet\\s+|been\\s+){0,2}(?:put|brought|taken)\\s+into\\s+(?:operational\\s+|active\\s+|live\\s+)?(?:use|service|operation)\\b',
    '\\b(?:has|have)\\s+never\\s+(?:used|deployed|utili[sz]ed)\\b',
    // "This is not a tactic employed by the force", "not a tool we use".
    '\\bnot\\s+(?:a|an)\\s+(?:[\\w-]+\\s+)?(?:tactic|tool|technique|technology|capability|method|practice|approach)\\s+(?:that\\s+|which\\s+)?(?:is\\s+)?(?:currently\\s+)?(?:used|employed|deployed|utili[sz]ed|operated|adopted)\\b',
    // "... but discontinued it", "ceased its use"; "The model was not adopted", "decided not to continue".
    '\\b(?:stopped|ceased|discontinued|ended|abandoned)\\s+(?:it|them|its\\s+use|their\\s+use)\\b',
    '\\b(?:was|were)\\s+not\\s+(?:taken\\s+forward|adopted|renewed|continued|pursued|progressed|rolled\\s+out)\\b',
    '\\b(?:did|does)\\s+not\\s+(?:proceed|go\\s+ahead|progress)\\b',
    '\\bdecided\\s+not\\s+to\\s+(?:continue|proceed|adopt|pursue|renew|use|purchase|procure)\\b',
    '\\b(?:contract|licen[cs]e|agreement|subscription)\\s+(?:was|were|has\\s+been|had\\s+been)\\s+(?:ended|terminated|cancelled|canceled|not\\s+renewed)\\b',
    '\\bnever\\s+(?:been\\s+)?(?:used|deployed)\\b',
    '\\bnot\\s+aware\\s+of\\s+(?:any\\s+)?(?:use|deployment)\\s+of\\b',
    '\\bno\\s+(?:current\\s+)?plans?\\s+to\\s+(?:use|introduce|deploy|trial|procure|purchase|implement|acquire|adopt)\\b',
    '\\bnot\\s+(?:currently\\s+)?(?:planning|intending)\\s+to\\s+(?:use|introduce|deploy|trial|procure|purchase|implement|acquire|adopt)\\b',
  ],
);
/** "makes use of", "made operational use of". */
const MAKES_USE_OF = String.raw`(?:makes?|made)\s+(?:overt\s+|operational\s+|routine\s+|regular\s+|extensive\s+)?use\s+of\b`;
const USED_CUE = anyOf(
  [
    '\\b(?:do|does|did)\\s+(?:currently\\s+|presently\\s+)?(?:use|utili[sz]e|deploy|operate|employ|undertake|conduct|carry\\s+out)\\b',
    '\\b(?:uses|utili[sz]es|employs|operates|deploys|owns)\\b',
    // The tool's own verb, said of the authority: "extracts data from mobile devices", "monitors social media".
    '\\b(?:extracts|downloads|examines|monitors|triages)\\b',
    // Equipment where it stands: "kiosks located at investigation hubs".
    '\\b(?:kiosks|cameras|drones|aircraft)\\s+(?:located|installed|based|stationed|sited)\\s+(?:at|in|across|throughout)\\b',
    `\\b(?:do|does|did)\\s+${MAKES_USE_OF}`,
    `\\b${MAKES_USE_OF}`,
    '\\b(?:is|are|was|were|has\\s+been|have\\s+been)\\s+issued\\b',
    '\\bhas\\s+access\\s+to\\b',
    '\\b(?:is|are)\\s+(?:routinely\\s+|regularly\\s+)?(?:carried\\s+out|undertaken|conducted)\\b',
    '\\b(?:has|have)\\s+(?:\\d{1,4}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|dozens\\s+of|hundreds\\s+of|a\\s+number\\s+of|a\\s+fleet\\s+of)\\s',
    // "There are 112 fixed ANPR cameras": a count of the equipment, not "a number of reasons".
    '\\bthere\\s+(?:are|were)\\s+(?:currently\\s+)?(?:[1-9]\\d{0,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty)\\s',
    '\\b(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:currently\\s+|presently\\s+|routinely\\s+|regularly\\s+|widely\\s+|being\\s+|both\\s+|also\\s+)?(?:used|utili[sz]ed|deployed|operated|employed|in\\s+use|in\\s+operation)\\b',
    // Not in a relative clause naming whose records are meant: "no flag identifies officers who carry out ...".
    '\\b(?:carries|carry)\\s+out\\b(?<!\\b(?:who|that|which)\\s+carry\\s+out)|\\b(?:conducts|undertakes)\\b',
    '\\b(?:is|are)\\s+being\\s+(?:rolled\\s+out|introduced|implemented)\\b',
    '\\b(?:is|are)\\s+(?:currently\\s+|now\\s+)?(?:rolling\\s+out|introducing|implementing)\\b',
    '\\b(?:is|are)\\s+(?:currently\\s+|presently\\s+)?(?:using|utili[sz]ing|deploying|operating)\\b',
    '\\b(?:has|have)\\s+(?:deployed|used|utili[sz]ed|introduced|adopted|rolled\\s+out|procured|purchased|operated|employed|acquired|installed)\\b',
    // "Officers use body worn video"; not "police forces use covert tactics", the opening of many harm arguments.
    '\\b(?:officers|staff|teams|units)\\s+(?:currently\\s+|routinely\\s+|also\\s+)?(?:use|utili[sz]e|deploy|operate|employ|conduct|undertake)\\b',
    // "Body worn video is available to all officers": issued, whether or not its use is required.
    '\\b(?:is|are)\\s+(?:now\\s+)?available\\s+to\\s+(?:all\\s+|every\\s+|trained\\s+|frontline\\s+)*(?:officers|staff|PCSOs|constables|investigators)\\b',
    '\\bwe\\s+(?:currently\\s+|presently\\s+)?(?:use|utili[sz]e|deploy|operate|employ)\\b',
    '\\b(?:is|are|been)\\s+(?:(?:now|all|fully)\\s+)?(?:equipped\\s+with|fitted\\s+(?:with|to|in|on)|installed|located|stationed)\\b',
    '\\b(?:has|have)\\s+issued\\b',
    // "issues body worn cameras to all frontline officers"; "issues" alone is as often a noun.
    '\\bissues\\s+(?:[\\w-]+\\s+){1,4}?to\\s+(?:all\\s+|its\\s+|every\\s+|each\\s+)?(?:[\\w-]+\\s+)?(?:officers|staff|PCSOs|constables|personnel|teams)\\b',
    '\\b(?:has|have|do\\s+have|does\\s+have)\\s+(?:the|a)\\s+(?:capability|capacity)\\s+to\\b',
    // "has a drone unit", "has had a dedicated ANPR team since 2015"
    '\\b(?:has|have|shares?)\\s+(?:had\\s+)?(?:a|an)\\s+(?:[\\w-]+\\s+){0,4}?(?:unit|team|capability|fleet)\\b',
    '\\b(?:kiosks|cameras|drones|aircraft)\\s+(?:are|is)\\s+(?:now\\s+)?available\\b',
    // "The force has drones", "has self-service digital kiosks": equipment it holds, not information about it.
    '\\b(?:has|have)\\s+(?:had\\s+)?(?:(?!(?:no|not|never|been|any|information|details|data|records?|knowledge)\\b)(?![\\w-]*ed\\s)[\\w-]+\\s+){0,3}?(?:drones|kiosks|cameras|aircraft)\\b',
    '\\b(?:wears?|wearing)\\b',
    // "was put into operational use in 2019"; "none has been put into use" is denied by its subject.
    '\\b(?:put|brought|taken)\\s+into\\s+(?:operational\\s+|active\\s+|live\\s+)?(?:use|service|operation)\\b',
    '\\b(?:was|were|has\\s+been|have\\s+been)\\s+(?:first\\s+|then\\s+|later\\s+|subsequently\\s+)?(?:rolled\\s+out|introduced|implemented|adopted|procured|purchased|acquired)\\b',
    // "cameras in use": a bare "in use" unless a negation stands just before it ("never been in use"), which is
    // looked for behind the match, once it is found, rather than at every character.
    "\\bin\\s+(?:(?:operational|active|regular|routine|daily|everyday|frontline|widespread)\\s+)?(?:use|operation|service(?!\\s+(?:of|delivery|levels?|provision|standards?|areas?|plans?|users?)\\b))\\b(?<!\\b(?:not|never|no\\s+longer)\\s+(?:\\w+\\s+)?in\\s+(?:\\w+\\s+)?(?:use|operation|service))",
  ],
);
/** "plans to introduce", "is looking to procure": read by {@link TRIAL_CUE} and found by {@link CUE_OPENINGS}. */
const PLANS_TO = String.raw`(?:plan(?:s|ning)?|intend(?:s|ing)?|propos(?:es|ing)|looking)\s+to\s+(?:introduce|use|deploy|trial|procure|purchase|implement|acquire|adopt|roll\s+out)\b`;
const TRIAL_CUE = anyOf(
  [
    '\\btrial(?:l?ed|l?ing)\\b',
    // "a trial", "a six-week trial", "a drone trial"; not a criminal trial in court.
    '\\b(?:a|an|the)\\s+(?!(?:criminal|court|jury)\\b)(?:[\\w-]+\\s+){0,2}?trial\\b',
    // "a short pilot of", "a six-week pilot in"; a pilot alone may be the person flying a drone.
    '\\b(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?pilot\\s+(?:of|in|at|with|for|using)\\b',
    '\\btrial\\s+(?:of|basis|period|deployment|phase|scheme)\\b',
    // Not "remotely piloted aircraft", the standard name for drones.
    '\\bpilot(?:ed|ted|ing|ting)\\b(?<!\\bremotely\\s+pilot(?:ed|ted|ing|ting))',
    '\\bpilot\\s+(?:scheme|project|study|programme|program|phase|basis|period|deployment)\\b',
    '\\bas\\s+a\\s+pilot\\b',
    '\\ba\\s+pilot\\b',
    '\\bproof\\s+of\\s+concept\\b',
    `\\b${PLANS_TO}`,
    '\\bin\\s+the\\s+process\\s+of\\s+(?:procuring|purchasing|acquiring|introducing|buying|implementing)\\b',
    '\\b(?:being|was|were)\\s+(?:evaluated|tested)\\b',
    '\\b(?:is|are)\\s+(?:currently\\s+)?(?:evaluating|testing)\\b',
    '\\b(?:is|are)\\s+(?:currently\\s+|actively\\s+)?(?:exploring|considering|scoping|assessing|investigating)\\s+(?:(?:the\\s+)?(?:use|introduction|procurement|purchase|adoption|potential|possibility|feasibility)|(?:it|them|its\\s+use|their\\s+use)(?=\\s*(?:[.;,]|$|\\s+(?:for|as|with)\\b))|(?:introducing|using|adopting|deploying|procuring|purchasing|acquiring)\\b)',
    // "a business case (for cyber kiosks) is being developed": a plan on its way to a decision.
    // Funded, or on its way: "Funding has been approved for a drone capability", "has allocated funding ... to
    // explore", "is expected to become operational next year", "will be rolled out in 2021".
    '\\b(?:funding|budget)\\s+(?:(?:has|have)\\s+been\\s+|was\\s+|is\\s+)?(?:approved|allocated|secured|agreed|earmarked)\\b',
    '\\b(?:allocated|approved|secured|earmarked)\\s+(?:[\\w/-]+\\s+)?funding\\b',
    '\\bto\\s+explore\\b',
    '\\b(?:expected|due|scheduled)\\s+to\\s+(?:become\\s+operational|go\\s+live|be\\s+(?:introduced|deployed|operational|rolled\\s+out|in\\s+use))\\b',
    '\\bwill\\s+(?:be\\s+(?:introduced|deployed|rolled\\s+out)|go\\s+live|become\\s+operational)\\b',
    // "a project exploring the use of data analytics"
    '\\bexploring\\s+(?:the\\s+)?(?:use|potential|possibility|feasibility)\\s+of\\b',
    // "this work is at an evaluation stage", "remains at the research stage".
    '\\b(?:at|in)\\s+(?:an?\\s+|the\\s+)?(?:early\\s+)?(?:evaluation|testing|trial|pilot|development|research|proof\\s+of\\s+concept)\\s+(?:stage|phase)\\b',
    '\\bbusiness\\s+case\\s+(?:for\\s+(?:[\\w-]+\\s+){1,4}?)?(?:(?:is|was|has\\s+been)\\s+)?(?:being\\s+)?(?:developed|prepared|drafted|written|submitted|approved)\\b',
  ],
);
const NEGATION_BEFORE = /\b(?:not|no|never)\b[^,;.]{0,25}$|n['’]t\b[^,;.]{0,25}$/i;
/** Refusals on the cost limit (s12) or as vexatious (s14): grounds of their own, with or without the section cited. */
const REFUSAL_GROUND_WORDS = String.raw`exceed(?:s|ed)?\s+the\s+(?:(?:appropriate|cost|fees?|18|eighteen)[\s-]+(?:hours?[\s-]+)?){1,2}limit|vexatious`;
/** Words of a withholding, less how non-disclosure is said ({@link WITHHELD_CUE} and its opening differ there). */
const WITHHOLDING_WORDS = String.raw`withheld|withhold(?:ing)?|(?:consider|deem|regard|believe)(?:s|ed|d)?\s+(?:it|this|that|them|the\s+information)\s+(?:to\s+be\s+)?exempt|(?:is|are|being|remains?)\s+(?:therefore\s+|also\s+|thus\s+|consequently\s+)?exempt|exempt\s+from\s+disclosure|refus(?:e|ed|ing|al)`;
const NOT_DISCLOSED = String.raw`(?:is|are)\s+not\s+(?:being\s+)?(?:provided|disclosed|released)`;
const WITHHELD_CUE = new RegExp(
  String.raw`\b(?:${WITHHOLDING_WORDS}|(?:will|can|cannot|could)\s*not\s+be\s+(?:provided|disclosed|released)|${NOT_DISCLOSED}|${REFUSAL_GROUND_WORDS})\b`,
  'i',
);
const REFUSAL_GROUND = new RegExp(String.raw`\b(?:${REFUSAL_GROUND_WORDS})\b`, 'i');
/**
 * Words that make a clause hypothetical or argumentative ("would show criminals whether ... is used"); not "able to
 * tell you", which opens an answer.
 */
const HEDGE = /\b(?:would|could|might|whether|if|should|able\s+to(?!\s+(?:tell|confirm|advise|inform|say|state|provide|disclose|release)\b))\b/i;
/**
 * A sentence opening as a supposition about disclosure ("Were the force to state that ...", "Any confirmation that
 * ... is used, or is not used, would ..."): every clause of it is argument, not answer.
 */
const SUPPOSITION = /^[^\p{L}]{0,4}(?:were[ \t]+(?:the|it|we|they|this)\b|(?:any|a)[ \t]+(?:confirmation|denial)\b|(?:confirming|denying|stating|disclosing|revealing)[ \t]+(?:that|whether)\b)/iu;
const NEITHER = /\bneither\b/i;
/**
 * A clause whose subject is "no ...": "no such software has been procured", "No drones are operated", "none has been
 * put into operational use".
 */
const NO_SUBJECT = /^[^\p{L}]*(?:no|none\s+of|none(?=\s+(?:has|have|is|are|was|were)\b))\s+(?!(?:longer|doubt|matter)\b)/iu;
/** "Neither technology is used", "neither of these is used": a denial of each tool the question asked about. */
const NEITHER_OF_THEM = /\bneither\s+(?:of\s+(?:these|them|those|the\s+(?:two|tools|technologies|systems|tactics))|technology|tool|system|tactic|capability)\b/i;
/** "may" in lower case only: "May" is as often the month ("piloted between May and August"). */
const HEDGE_MAY = /\bmay\b/;

/**
 * True when a clause is hypothetical or argument rather than answer. A "may" counts only before the cue's end: after
 * it, it belongs to what the tool is for ("... tools to forecast where crime may occur").
 */
function isHedged(clause: string, cueEnd = clause.length): boolean {
  return HEDGE.test(clause) || HEDGE_MAY.test(cueEnd < clause.length ? clause.slice(0, cueEnd) : clause);
}
const CLAUSE_BREAK = /[,;:]|[.!?](?=\s)|\b(?:but|however|although|though|whereas|whilst|while)\b/i;
/** A bare "Yes" or "No" as the whole answer, or before a stop, dash or bracket ("No – the force does not ...", "Yes (since 2017)"). */
const YES_NO = /^[^\p{L}\p{N}]{0,4}(yes|no|none|not[ \t]+(?:currently|at[ \t]+present|at[ \t]+this[ \t]+time))(?:[^\p{L}\p{N}]*$|[ \t]*[.,;:|–—(-]|[ \t]+(?=(?:to|for)[ \t]+(?:both|all|each)\b))/iu;
/** Words standing for the tool under discussion. */
const ANAPHORA =
  /\b(?:it|this|these|they|such\s+(?:technology|technologies|systems?|tools?|software|equipment|tactics?|capabilit(?:y|ies))|(?:this|that|the)\s+(?:technology|technologies|tool|tactic|system|capability|equipment|software|product|model|platform|application|programme|project|scheme)|this\s+type\s+of)\b/i;
/**
 * A sentence opening "Yes to both", "Both are used", "All of these are used": one answer for each tool the question
 * asked about. Only at the start: "a link to each is given" answers nothing.
 */
const EVERY_TOOL =
  /^[^\p{L}]{0,6}(?:(?:yes|no)[ \t,]+(?:to|for)\s+(?:both|all|each)|(?:both|all|each)(?:\s+of\s+(?:them|these|those|the\s+above))?\s+(?:are|is|were|was|have|has))\b/iu;
/** Use told of the body a referral names, in a clause about it: "the Home Office, which owns and manages the system". */
const OTHER_BODY_USE = /,\s*(?:which|who)\s+(?:\w+\s+){0,2}?(?:owns|operates|uses|runs|manages|deploys|maintains|hosts)\b/i;
/** "The other tools and tactics you refer to": the statement covers every requested tool not answered so far. */
const REMAINING_TOOLS = anyOf([
  '\\b(?:other|remaining)\\s+(?:tools|tactics|technolog(?:y|ies)|systems|items|capabilities|equipment|types)\\b',
  '\\bany\\s+of\\s+the\\s+other\\b',
  '\\bthe\\s+rest\\b',
]);
/**
 * After a tool's name, the rest of a line that is nothing but the name: a heading ("Predictive policing", "Body Worn
 * Video (BWV):") whose answer is the paragraph below it.
 */
const TOOL_HEADING_REST = /^(?:[ \t]*\([^)\n]{0,30}\))?[ \t]*(?:\*\*)?[ \t]*:?[ \t]*(?:\*\*)?[ \t]*$/u;
/** After a tool's name at the start of a line, what makes it a per-tool answer: "Hacking – ...", "ANPR: Yes". */
const PER_TOOL_SEPARATOR = /^(?:[ \t]*\([^)\n]{0,30}\))?(?:[ \t]+[\p{L}]{1,14}){0,3}?[ \t]*(?:\*\*)?(?:[ \t]*[–—:|]|[ \t]+-[ \t]|\t|[ \t]{2,}(?=\S))/u;
/**
 * A numbered answer line: "1)", "2.", "A3:", "Answer 2 -", "Request 3", "Response to question 4:", "5 and 6.", or
 * a label and its number alone on the line ("Question 1", "Q2"). A bare number alone is not one: it is as likely a
 * page number.
 */
const ANSWER_NUMBER =
  /^[^\p{L}\p{N}\n]{0,4}(?:(?:Q|A|Answer|Response|Questions?|Request)[ \t]*(?:to[ \t]+question[ \t]*)?(\d{1,2})(?:[ \t]*(?:[.):\-–]|$)|[ \t]+(?=\p{L}))|(\d{1,2})(?:[ \t]*[.):\-–]|(?=[ \t]*(?:,|&|and)[ \t]*\(?\d{1,2}[.)])))/iu;
/**
 * Roman numerals of sub-parts beyond what one letter spells: "(ii)", "iv.". Alone, "i", "v" and "x" read as letters,
 * which keys a part the same way in the request and in the answer.
 */
const ROMAN = 'ii|iii|iv|vi|vii|viii|ix|xi|xii';
/**
 * A lettered question or answer line: "a)", "(b)", "c.", "(iii)" and then a space or the end of the line; or a letter
 * and a comma before a further one, "C, D." (see {@link FURTHER_LABEL}).
 */
const LETTER_LABEL = new RegExp(
  String.raw`^[^\p{L}\p{N}\n]{0,4}\(?(${ROMAN}|[a-z])(?:[.)](?=[ \t]|$)|(?=,[ \t]*(?:and[ \t]+)?\(?(?:${ROMAN}|[a-z])[.)]))`,
  'iu',
);
/** At most this many labels after a line's first are read, so a long run of them costs no more than a short one. */
const MAX_FURTHER_LABELS = 8;
/**
 * A further label after a line's first, answered together with it: the "d)" of "c) and d) ...", the "Q5" of "Q4 and
 * Q5 -", the "3" of a heading "Questions 2 and 3".
 */
const FURTHER_LABEL = new RegExp(
  String.raw`[ \t]*(?:,|&|and)[ \t]*(?:Q[ \t]*(?=\d))?\(?(\d{1,2}|${ROMAN}|[a-z])(?:[.)]|(?<=Q[ \t]*\d{1,2})(?=[ \t]*[-–—:])|(?<=\d)(?=[ \t]*$))`,
  'iy',
);

/**
 * Statuses a statement naming no tool can give every requested tool ("the information requested is not held");
 * a bare "is used" with no tool named says nothing about which tool.
 */
const WHOLE_REQUEST_STATUSES: ReadonlySet<ToolStatus> = new Set(['ncnd', 'not-held', 'refused', 'referred']);
/** Statuses that answer overt use, which an NCND of covert use alone leaves open. */
const OVERT_ANSWER_STATUSES: ReadonlySet<ToolStatus> = new Set(['used', 'not-used', 'not-held', 'trialled']);
/** Exemption-type citations (not procedural sections such as s1 or s10) count as sections relied on. */
const RELIED_ON_KINDS: ReadonlySet<string> = new Set(['exemption', 'ncnd-provision', 'refusal-ground']);
/** Longest line read as one item of a list of sections. */
const MAX_LISTED_SECTION = 70;
/** How far a list of sections after "by virtue of the following exemptions:" is read. */
const SECTION_LIST_REACH = 400;
/** Furthest a per-tool label may sit from its line start (bullets, numbers, bold marks). */
const MAX_LABEL_INDENT = 16;
/** Longest per-tool answer passage. */
const MAX_PER_TOOL_UNIT = 2_000;
/** Units this close together are quoted together as evidence for a combined answer (overt denial + covert NCND). */
const EVIDENCE_JOIN_REACH = 800;

const CONFIDENCE = {
  perToolLine: 0.9,
  mention: 0.85,
  anaphora: 0.75,
  bareAnswer: 0.75,
  remaining: 0.7,
  question: 0.7,
  blanket: 0.6,
  noAnswer: 0.3,
  conflictPenalty: 0.2,
} as const;

/**
 * Which status wins when one tool has several non-NCND signals. A referral naming the tool ("for IMSI catchers
 * please contact the Home Office") says more than a general "not held"; a general referral says less.
 */
const PRIORITY: readonly { status: ToolStatus; specific?: boolean }[] = [
  { status: 'used' },
  { status: 'trialled' },
  { status: 'not-used' },
  { status: 'refused' },
  { status: 'referred', specific: true },
  { status: 'not-held' },
  { status: 'referred', specific: false },
];

// --- Units -------------------------------------------------------------------------------------------------------

interface Unit {
  readonly span: Span;
  /** The cue patterns that may match in the unit's words, as bits ({@link CUE}); 0 when none can. */
  readonly cues: number;
  /** The first tool a per-tool answer line or heading names. */
  readonly lineTool: string | undefined;
  /** Tools named in the unit, outside the request. */
  readonly named: readonly string[];
  /** Each mention of a tool in the unit, where it starts in the text. */
  readonly mentionsAt: readonly { readonly tool: string; readonly at: number; readonly end: number }[];
  /** Tools under discussion where the unit sits: the question it answers, or the whole request. */
  readonly topic: readonly string[];
  /** True when {@link topic} is the tools of a numbered question the unit answers ("Question 4", "A4."). */
  readonly question: boolean;
  /** A bare "Yes" or "No" after a per-tool label or an answer number, lower-cased. */
  readonly bare: BareAnswer | undefined;
  /** A not-held statement or a referral found by the statement finder overlaps the unit. */
  readonly notHeld: boolean;
  readonly referred: boolean;
}

interface Signal {
  readonly tool: string;
  readonly status: ToolStatus;
  readonly confidence: number;
  readonly unit: Span;
  readonly sections: readonly string[];
  /** For NCND: the statement covers only covert use or "any other information". */
  readonly partial: boolean;
  /** For NCND: the same passage answers overt use ("no overt use ..., but can neither confirm nor deny ..."). */
  readonly overtAnswered?: boolean;
  /** False for a statement applied to several tools because it names none of them. */
  readonly specific: boolean;
}

/**
 * A statement naming no tool, waiting to be given to tools: `all` the requested tools (only when the letter answers
 * nothing more specifically), the `remaining` ones ("the other tools"), or those of the numbered `question` it
 * answers ("Question 4: no information is held").
 */
interface PendingBlanket {
  readonly kind: 'remaining' | 'all' | 'question';
  readonly status: ToolStatus;
  readonly topic: readonly string[];
  readonly unit: Span;
  readonly sections: readonly string[];
  readonly partial: boolean;
}

/** Suggests a status for every tool the letter answers about, and `no-answer` for requested tools it never does. */
export function findToolAnswers(input: ToolAnswerInput): ToolAnswer[] {
  // Every tool an answer can be about is named somewhere in the letter.
  if (input.mentions.length === 0) return [];
  const { text } = input;
  const lines = input.lines ?? splitLines(text);
  const outside: ToolMention[] = [];
  const requestedMentions: ToolMention[] = [];
  for (const mention of input.mentions) (mention.inRequest ? requestedMentions : outside).push(mention);
  const requested = uniqueTools(requestedMentions);
  const questions = numberedQuestions(text, lines, input.request, input.mentions);
  const cueFinder = new CueFinder(text);
  const backReferences: BackReference[] = [];
  const units = buildUnits(input, lines, outside, requested, questions, cueFinder, backReferences);

  const signals: Signal[] = [];
  const blankets: PendingBlanket[] = [];
  const found: FoundNearby = {
    // Only whether a unit opens inside an argument is asked, which the spans answer as well unmerged.
    argument: new OverlapCursor(input.argument, (s) => s),
    ncnd: new OverlapCursor(input.ncnd, (s) => s.span),
    citations: new OverlapCursor(input.citations, (c) => c.span),
    cues: cueFinder,
  };
  for (const unit of units) readUnit(text, lines, unit, found, signals, blankets);

  const answered = new Set(signals.map((s) => s.tool));
  for (const blanket of blankets) {
    if (blanket.kind === 'all' && answered.size > 0) continue;
    const confidence = blanket.kind === 'all' ? CONFIDENCE.blanket : CONFIDENCE[blanket.kind];
    for (const tool of blanket.topic) {
      if (answered.has(tool)) continue;
      signals.push({
        tool,
        status: blanket.status,
        confidence,
        unit: blanket.unit,
        sections: blanket.sections,
        partial: blanket.partial,
        specific: false,
      });
    }
  }

  const withSignals = new Set(signals.map((s) => s.tool));
  for (const reference of backReferences.slice(0, MAX_BACK_REFERENCES)) {
    const targets = reference.topic.filter((tool) => !withSignals.has(tool));
    if (targets.length === 0) continue;
    for (const signal of referredSignals(reference, targets, signals, blankets, questions)) {
      signals.push(signal);
      withSignals.add(signal.tool);
    }
  }

  // The requested tools first, then any other answered about, each in the order first met.
  const byTool = groupBy(signals, (s) => s.tool);
  const answers: ToolAnswer[] = [];
  for (const tool of requested) {
    const toolSignals = byTool.get(tool);
    answers.push(toolSignals ? combine(text, tool, toolSignals) : noAnswer(input, tool));
  }
  for (const [tool, toolSignals] of byTool) if (!requested.includes(tool)) answers.push(combine(text, tool, toolSignals));
  return answers;
}

/** A requested tool the letter never answers about, with its first mention as evidence. */
function noAnswer(input: ToolAnswerInput, tool: string): ToolAnswer {
  const first = input.mentions.find((m) => m.tool === tool)!;
  return {
    tool,
    status: 'no-answer',
    confidence: CONFIDENCE.noAnswer,
    evidence: first.span,
    text: input.text.slice(first.span.start, first.span.end),
    exemptions: [],
  };
}

/**
 * Tools named in each numbered or lettered question of the request ("1. Does your force use drones?", "b) ANPR"),
 * by {@link AnswerLabel} key. A lettered item under a numbered question counts for both: "1" and "1b".
 */
function numberedQuestions(text: string, lines: readonly Line[], request: readonly Span[], mentions: readonly ToolMention[]): Map<string, string[]> {
  const questions = new Map<string, string[]>();
  let mentionIndex = 0;
  for (const region of request) {
    const first = lineIndexAt(lines, region.start);
    let number = numberAbove(lines, first);
    let lettered: string | undefined;
    for (let i = first; i < lines.length && lines[i].start < region.end; i++) {
      const line = lines[i];
      const label = answerLabel(line.text);
      if (label?.lettered) lettered = (number ?? '') + label.keys[0];
      else if (label) [number, lettered] = [label.keys[0], undefined];
      while (mentionIndex < mentions.length && mentions[mentionIndex].span.start < line.start) mentionIndex++;
      for (let m = mentionIndex; m < mentions.length && mentions[m].span.start < Math.min(line.end, region.end); m++) {
        if (!mentions[m].inRequest) continue;
        for (const key of [number, lettered]) {
          if (key === undefined) continue;
          addTool(questions, key, mentions[m].tool);
        }
      }
    }
  }
  // Labels inside a line say more than the line's own label: "1. Does ... video? 2. Does ... drones?". One alone
  // counts where no line opens with it: "You asked: 1. Does the force use drones?".
  const inline = inlineQuestions(text, request, mentions);
  for (const [key, tools] of inline) if (inline.size > 1 || !questions.has(key)) questions.set(key, tools);
  return questions;
}

/**
 * The number of a bare question label just above a request region's first line ("Question 4" over "(i) Does the
 * force use IMSI catchers?"), which numbers the region's questions.
 */
function numberAbove(lines: readonly Line[], first: number): string | undefined {
  let above = first - 1;
  while (above >= 0 && lines[above].blank) above--;
  if (above < 0 || first - above > 2) return undefined;
  const label = answerLabel(lines[above].text);
  return label && !label.lettered && label.end >= contentEnd(lines[above].text) ? label.keys[0] : undefined;
}

/** Adds `tool` to the tools of question `key`, once. */
function addTool(questions: Map<string, string[]>, key: string, tool: string): void {
  const tools = questions.get(key);
  if (!tools) questions.set(key, [tool]);
  else if (!tools.includes(tool)) tools.push(tool);
}

/** A label inside a line of the request: "(c) IMSI catchers; (d) hacking", "... video? 2. Does ...", "Q2 Does ...". */
const INLINE_LABEL = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:\((${ROMAN}|[a-z]|\d{1,2})\)|Q(\d{1,2})[.:)]?|(\d{1,2})[.)])[ \t]`, 'giu');

/**
 * The questions of a request written on one line, labelled "(a) ... (b) ..." or "1. ... 2. ...": each label's tools
 * are those named up to the next label.
 */
function inlineQuestions(text: string, request: readonly Span[], mentions: readonly ToolMention[]): Map<string, string[]> {
  const questions = new Map<string, string[]>();
  let m = 0;
  for (const region of request) {
    const labels = [...text.slice(region.start, region.end).matchAll(INLINE_LABEL)];
    for (let k = 0; k < labels.length; k++) {
      const from = region.start + labels[k].index;
      const to = k + 1 < labels.length ? region.start + labels[k + 1].index : region.end;
      const raw = labels[k][1] ?? labels[k][2] ?? labels[k][3];
      const key = labelKey(raw);
      while (m < mentions.length && mentions[m].span.start < from) m++;
      for (let n = m; n < mentions.length && mentions[n].span.start < to; n++) {
        if (!mentions[n].inRequest) continue;
        addTool(questions, key, mentions[n].tool);
      }
    }
  }
  return questions;
}

/**
 * Splits the answer part of the letter into units: per-tool answer passages first, then every sentence outside
 * the request and outside those passages. Each unit learns its topic from the nearest answer number or request.
 * Only the units that may say something are kept: most sentences of a letter hold no cue phrase, bare answer or
 * statement, and are passed over before anything is made for them.
 */
function buildUnits(
  input: ToolAnswerInput,
  lines: readonly Line[],
  outside: readonly ToolMention[],
  requested: readonly string[],
  questions: ReadonlyMap<string, readonly string[]>,
  cueFinder: CueFinder,
  backReferences: BackReference[],
): Unit[] {
  const { text, request } = input;
  const perTool = perToolPassages(text, lines, outside, request);
  const units: Unit[] = [];
  const topics = new TopicFinder(lines, request, requested, questions, input.mentions);
  const statements = new StatementFinder(input);
  const references = new Map<string, TopicContext | undefined>();
  // Passages and sentences are each in text order; they are merged as the sentences are read.
  let p = 0;
  let merged = 0;
  let mentionIndex = 0;
  // The first request region that does not end before the sentence: it holds the sentence, or is the next one.
  let region = 0;
  for (const sentence of input.sentences) {
    while (p < perTool.length && perTool[p].span.end <= sentence.start) p++;
    if (p < perTool.length && perTool[p].span.start <= sentence.start) continue;
    while (region < request.length && request[region].end <= sentence.start) region++;
    const nextRegion = region < request.length ? request[region].start : Number.POSITIVE_INFINITY;
    if (nextRegion <= sentence.start) continue;
    const nextPassage = p < perTool.length ? perTool[p].span.start : Number.POSITIVE_INFINITY;
    const end = Math.min(sentence.end, nextRegion, nextPassage);
    while (mentionIndex < outside.length && outside[mentionIndex].span.start < sentence.start) mentionIndex++;
    while (merged < perTool.length && perTool[merged].span.start < sentence.start) addPassage(units, perTool[merged++], cueFinder, statements, backReferences);
    const cues = cueFinder.patternsIn(sentence.start, end);
    const notHeld = statements.notHeldIn(sentence.start, end);
    const referred = statements.referralIn(sentence.start, end);
    const labelled = inlineAnswer(text, sentence.start, end, questions) ?? topics.at(sentence.start);
    if (cues === 0 && !notHeld && !referred) {
      const back = end - sentence.start <= MAX_BACK_REFERENCE ? backReference(text.slice(sentence.start, end)) : undefined;
      if (back !== undefined) {
        if (labelled.topic.length > 0) backReferences.push({ topic: labelled.topic, keys: back, span: { start: sentence.start, end } });
        continue;
      }
    }
    // A sentence with no cue or statement is kept only for a bare answer; the questions it names are read only then.
    if (cues === 0 && !notHeld && !referred && !mayBeBare(text, sentence.start, end, labelled)) continue;
    if (isQuestion(text, sentence.start, end)) continue;
    const context = referredQuestions(text, sentence.start, end, questions, references) ?? labelled;
    // A "Yes" or "No" opening a sentence answers the one tool asked about ("No, the force does not have a drone
    // unit."), unless the sentence goes on to say the information is not held or is elsewhere.
    const bare =
      context.answerText !== undefined
        ? bareAnswer(context.answerText)
        : (context.topic.length === 1 || answersEveryTool(text, sentence.start, end, context.topic)) && !notHeld && !referred
          ? bareAnswerAt(text, afterAnswerWord(text, sentence.start, end), end)
          : undefined;
    if (cues === 0 && bare === undefined && !notHeld && !referred) continue;
    // "Has the force trialled facial recognition?" "Yes.": a yes to a question about a trial or a plan.
    const asked = region > 0 ? request[region - 1] : undefined;
    const bareMeaning = bare === 'yes' && asked !== undefined && asksAboutTrialOnly(text, asked) ? 'trial' : bare;
    const named: string[] = [];
    const mentionsAt: { tool: string; at: number; end: number }[] = [];
    for (let m = mentionIndex; m < outside.length && outside[m].span.start < end; m++) {
      if (!named.includes(outside[m].tool)) named.push(outside[m].tool);
      mentionsAt.push({ tool: outside[m].tool, at: outside[m].span.start, end: outside[m].span.end });
    }
    units.push({
      span: { start: sentence.start, end },
      cues,
      lineTool: undefined,
      named,
      mentionsAt,
      topic: context.topic,
      question: context.question,
      bare: bareMeaning,
      notHeld,
      referred,
    });
  }
  while (merged < perTool.length) addPassage(units, perTool[merged++], cueFinder, statements, backReferences);
  return units;
}

/** An answer that only points to another: "As above.", "As (iii) above.", "Please see our response to question 2." */
interface BackReference {
  /** The tools of the question it answers. */
  readonly topic: readonly string[];
  /** The numbers or letters of the questions it points to; empty for the answer just above; {@link FORWARD}. */
  readonly keys: string;
  readonly span: Span;
}

const REFERENCE_LABEL = String.raw`\(?(?:\d{1,2}|${ROMAN}|[a-z])\)?`;
/**
 * A sentence that is nothing but a pointer to another answer, after any label of its own: "As above.", "As (iii)
 * above.", "(c) See our response to (b).", "Please refer to the answer given at question 2.", "Same as Q1.". The
 * numbers and letters pointed to are captured.
 */
const BACK_REFERENCE = new RegExp(
  String.raw`[^\p{L}\p{N}]{0,4}(?:(?:${REFERENCE_LABEL}[.)]|(?:A|Answer|Response)[ \t]*\d{0,2}[ \t]*[.:)\-–])[ \t]*)?(?:please[ \t]+)?(?:` +
    [
      String.raw`(?:see|refer[ \t]+to)[ \t]+(?:(?:the|our|my)[ \t]+)?(?:(?:answer|response|reply)[ \t]+(?:(?:given[ \t]+)?(?:to|for|at|in)[ \t]+)?(?:(?:question|part|point|item|Q)[ \t]*)?|(?:question|part|point|item|Q)[ \t]*)(${REFERENCE_LABEL})(?:[ \t]+above)?`,
      String.raw`(?:see[ \t]+)?as[ \t]+(?:(${REFERENCE_LABEL})[ \t]+)?above(?:[ \t]+(?:in[ \t]+relation[ \t]+to|for)[ \t]+(?:question|part|Q)[ \t]*(${REFERENCE_LABEL}))?`,
      String.raw`(?:see[ \t]+)?(?:(?:the|our|my)[ \t]+)?(?:answer|response|reply)[ \t]+above`,
      String.raw`same[ \t]+(?:answer[ \t]+|response[ \t]+)?as[ \t]+(?:above|(?:(?:for|to)[ \t]+)?(?:question|part|Q)[ \t]*(${REFERENCE_LABEL}))`,
      // Forward: "See exemptions below.", "Please see the explanation below."
      String.raw`see[ \t]+(?:(?:the|our)[ \t]+)?(?:(?:exemptions?|sections?|explanation|reasons?|paragraphs?|notes?|details|response|refusal)[ \t]+)?(below)`,
    ].join('|') +
    String.raw`)[ \t]*[.;]?[ \t]*$`,
  'iuy',
);
/** Pointers read per letter, which has a few: each reads every signal, so a text of thousands stays linear. */
const MAX_BACK_REFERENCES = 64;
/** Longest sentence read as a pointer to another answer. */
const MAX_BACK_REFERENCE = 80;

/**
 * The numbers or letters an answer that only points to another names ("" for "As above.", {@link FORWARD} for "See
 * exemptions below."), if it is one.
 */
function backReference(words: string): string | undefined {
  if (words.length > MAX_BACK_REFERENCE) return undefined;
  BACK_REFERENCE.lastIndex = 0;
  const pointer = BACK_REFERENCE.exec(words.trim());
  if (!pointer) return undefined;
  if (pointer[5] !== undefined) return FORWARD;
  return (pointer[1] ?? pointer[2] ?? pointer[3] ?? pointer[4] ?? '').replace(/[()]/g, '');
}

/** The keys of a pointer to what the letter says below ("See exemptions below"). */
const FORWARD = '>';

/**
 * The signals a pointer gives `targets`, the tools of its question that have none of their own: those of the
 * questions it names, or, for "As above", those of the last answer before it about other tools. Each is read after
 * every unit, so a pointer may follow answers that blankets gave.
 */
function referredSignals(
  reference: BackReference,
  targets: readonly string[],
  signals: readonly Signal[],
  blankets: readonly PendingBlanket[],
  questions: ReadonlyMap<string, readonly string[]>,
): Signal[] {
  if (reference.keys === FORWARD) {
    // What is said below of a set of tools, naming them or not: an NCND, a refusal, not held or a referral.
    const later = [...signals, ...blankets].filter((s) => s.unit.start > reference.span.start && WHOLE_REQUEST_STATUSES.has(s.status));
    const first = Math.min(...later.map((s) => s.unit.start));
    return later
      .filter((s) => s.unit.start === first)
      .flatMap(({ status, sections, partial }) =>
        targets.map((tool) => ({ tool, status, sections, partial, confidence: CONFIDENCE.anaphora, unit: reference.span, specific: true })),
      );
  }
  const earlier = signals.filter((s) => s.unit.start < reference.span.start && !reference.topic.includes(s.tool));
  // A question's number the request does not give ("As (iii) above" below items set out one by one) points, as "As
  // above" does, to the answer just before.
  const pointed = reference.keys !== '' ? questions.get(labelKey(reference.keys)) : undefined;
  let sources: Signal[];
  if (pointed !== undefined) {
    sources = earlier.filter((s) => pointed.includes(s.tool));
  } else {
    const last = Math.max(...earlier.map((s) => s.unit.start));
    sources = earlier.filter((s) => s.unit.start === last);
  }
  return targets.flatMap((tool) => sources.map((s) => ({ ...s, tool, confidence: CONFIDENCE.anaphora, unit: reference.span })));
}

/**
 * The opening of a question put in the letter, after any number or question label: "5. Does the force carry out
 * hacking?", "Q2 Which of these tools ...?".
 */
const QUESTION_OPENING = new RegExp(
  String.raw`^[^\p{L}]{0,12}(?:(?:Q|Question)[ \t]*\d{0,2}[a-z]?[ \t]*[.:)\-–]?[ \t]*)?(?:${QUESTION_WORDS}|please)\b`,
  'iu',
);

/**
 * True when the sentence is a question: the requester's words quoted where no request was found, or a question set
 * over its answer. It asks, so it answers nothing ("Does the force carry out hacking?" says nothing of its use).
 */
function isQuestion(text: string, start: number, end: number): boolean {
  const last = contentEnd(text, start, end);
  return text.charCodeAt(last - 1) === 63 && QUESTION_OPENING.test(text.slice(start, Math.min(last, start + 40)));
}

/** True when a sentence opening with "Yes" or "No" answers each of several tools asked about ("Yes to both."). */
function answersEveryTool(text: string, start: number, end: number, topic: readonly string[]): boolean {
  return topic.length > 1 && mayOpenWithYesOrNo(text, start, end) && EVERY_TOOL.test(text.slice(start, Math.min(end, start + 60)));
}

/** A bare answer: "yes", "no", or a "yes" to a question that asked only about a trial or a plan. */
type BareAnswer = 'yes' | 'no' | 'trial';

/** A question about a trial or a plan ("Has the force trialled ...?", "Are there plans to use ...?"). */
const TRIAL_QUESTION = /\b(?:trial(?:l?ed|l?ing)?|pilot(?:ed|ted|ing|ting)?|plans?\s+to|planning\s+to|intends?\s+to)\b/i;
/** A question about use as well ("used or trialled", "Do you use ..."): a yes to it says the tool is used. */
const USE_QUESTION = /\b(?:use[sd]?|using)\s+or\b|\bor\s+(?:use[sd]?|using)\b|\b(?:do|does|is|are)\s+(?:\S+\s+){0,3}?(?:use|using)\b/i;
/** Longer than one question: a request region this long lists several, and a bare answer's own is unknown. */
const MAX_SINGLE_QUESTION = 400;

/** True when the request region just before a bare "Yes" is one question, about a trial or a plan only. */
function asksAboutTrialOnly(text: string, asked: Span): boolean {
  if (asked.end - asked.start > MAX_SINGLE_QUESTION) return false;
  const question = text.slice(asked.start, asked.end);
  return question.indexOf('?') === question.lastIndexOf('?') && TRIAL_QUESTION.test(question) && !USE_QUESTION.test(question);
}

/** Adds a per-tool answer passage as a unit, when it may say something, or as a pointer to another answer. */
function addPassage(units: Unit[], passage: Passage, cueFinder: CueFinder, statements: StatementFinder, backReferences: BackReference[]): void {
  const cues = cueFinder.patternsIn(passage.span.start, passage.span.end);
  const bare = bareAnswer(passage.answerText) ?? tableWord(passage.answerText);
  const notHeld = statements.notHeldIn(passage.span.start, passage.span.end);
  const referred = statements.referralIn(passage.span.start, passage.span.end);
  if (cues === 0 && bare === undefined && !notHeld && !referred) {
    const back = backReference(passage.answerText);
    if (back !== undefined) backReferences.push({ topic: passage.tools, keys: back, span: passage.span });
    return;
  }
  const { tools } = passage;
  units.push({ span: passage.span, cues, lineTool: tools[0], named: tools, mentionsAt: [], topic: tools, question: false, bare, notHeld, referred });
}

/**
 * A tool's answer that is one word of use, a trial or a plan, as a table gives it: "Used.", "In use -", "Y |", "N",
 * "Trial.", "Piloted", "Planned"; not "N/A".
 */
const TABLE_WORD = /^(?:(used|in[ \t]+use|y)|(n)|trial(?:l?ed|l?ing)?|pilot(?:ed|ted|ing|ting)?|planned)(?:[^\p{L}\p{N}]*$|[ \t]*[.,;:|–—(-])/iu;

function tableWord(answerText: string): BareAnswer | undefined {
  const word = TABLE_WORD.exec(answerText);
  if (!word) return undefined;
  return word[1] !== undefined ? 'yes' : word[2] !== undefined ? 'no' : 'trial';
}

/** A per-tool answer passage: "Hacking – I can neither confirm nor deny ..." up to the next one. */
interface Passage {
  readonly span: Span;
  /** The tool its label names, or the tools of a heading naming several ("Hacking and IMSI catchers"). */
  readonly tools: readonly string[];
  /** The words after the label and its separator. */
  readonly answerText: string;
}

/** The characters before an answer's words, read from the start of the text after a label (`lastIndex` is its end). */
const LEADING_SEPARATOR = /[^\p{L}\p{N}]*/uy;

function perToolPassages(text: string, lines: readonly Line[], outside: readonly ToolMention[], request: readonly Span[]): Passage[] {
  const starts = perToolLines(text, lines, outside);
  const passages: Passage[] = [];
  for (let k = 0; k < starts.length; k++) {
    const { line, start, tools, labelEnd, heading } = starts[k];
    const stopAt = k + 1 < starts.length ? starts[k + 1].start : text.length;
    // A heading's answer is the paragraph below it; with none, the passage is the heading alone, and is dropped.
    const body = heading ? nextContentLine(lines, line) : line;
    const end = perToolPassageEnd(lines, body < 0 ? line : body, stopAt, request);
    if (end <= labelEnd) continue;
    // The separator ends where the words begin, within 40 characters.
    LEADING_SEPARATOR.lastIndex = 0;
    LEADING_SEPARATOR.test(text.slice(labelEnd, Math.min(end, labelEnd + 40)));
    const separator = LEADING_SEPARATOR.lastIndex;
    passages.push({ span: { start, end }, tools, answerText: text.slice(labelEnd + separator, end) });
  }
  return passages;
}

/**
 * False when a sentence cannot be a bare answer (see {@link buildUnits}): neither the answer's words its label gives
 * it (`labelled`, the context unless the sentence names the questions it answers) are one, nor do its own words,
 * after any answer label, open with "y" or "n".
 */
function mayBeBare(text: string, start: number, end: number, labelled: TopicContext): boolean {
  if (labelled.answerText !== undefined && bareAnswer(labelled.answerText) !== undefined) return true;
  const words = afterAnswerWord(text, start, end);
  return mayOpenWithYesOrNo(text, words, Math.min(end, words + BARE_ANSWER_REACH));
}

/** The bare "yes" or "no" that is the whole of an answer's words, lower-cased. */
function bareAnswer(answerText: string | undefined): 'yes' | 'no' | undefined {
  if (answerText === undefined || !mayOpenWithYesOrNo(answerText, 0, answerText.length)) return undefined;
  const bare = YES_NO.exec(answerText);
  if (!bare) return undefined;
  return bare[1].toLowerCase() === 'yes' ? 'yes' : 'no';
}

/** An answer's label without a number: "Response:", "Answer -", "A:". */
const PLAIN_ANSWER_LABEL = /[ \t]*(?:\*\*[ \t]*)?(?:A|[Aa]nswer|ANSWER|[Rr]esponse|RESPONSE)[ \t]*(?:\*\*[ \t]*)?[:\-–][ \t]*/y;

/**
 * Where the words of a sentence begin, past a {@link PLAIN_ANSWER_LABEL} opening it. The label's word opens with an
 * "a" or "r" after any spaces, tabs and asterisks; most sentences open otherwise, and are not run through it.
 */
function afterAnswerWord(text: string, start: number, end: number): number {
  let first = start;
  while (first < end && (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9 || text.charCodeAt(first) === 42)) first++;
  const lower = text.charCodeAt(first) | 32;
  if (lower !== 97 && lower !== 114) return start;
  PLAIN_ANSWER_LABEL.lastIndex = start;
  return PLAIN_ANSWER_LABEL.test(text) && PLAIN_ANSWER_LABEL.lastIndex < end ? PLAIN_ANSWER_LABEL.lastIndex : start;
}

/** The bare answer opening a sentence at `start`: only its first words are read ("Not at this time."). */
function bareAnswerAt(text: string, start: number, end: number): 'yes' | 'no' | undefined {
  return bareAnswerIn(text, start, Math.min(end, start + BARE_ANSWER_REACH));
}

/** Longer than any bare answer {@link YES_NO} reads, with its stop. */
const BARE_ANSWER_REACH = 24;

/** {@link bareAnswer} of the text from `start` to `end`, sliced only when it may be one. */
function bareAnswerIn(text: string, start: number, end: number): 'yes' | 'no' | undefined {
  return mayOpenWithYesOrNo(text, start, end) ? bareAnswer(text.slice(start, end)) : undefined;
}

/**
 * False when {@link YES_NO} cannot match the text from `start` to `end`: its first letter or digit, within the first
 * five characters, is an ASCII one other than "y" or "n", or there is none there. True, to be safe, at any character
 * beyond ASCII.
 */
function mayOpenWithYesOrNo(value: string, start: number, end: number): boolean {
  const reach = Math.min(end, start + 5);
  for (let i = start; i < reach; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0x80) return true;
    const lower = code | 32;
    if ((lower >= 97 && lower <= 122) || (code >= 48 && code <= 57)) return lower === 121 || lower === 110;
  }
  return false;
}

/** Whether a not-held statement or a referral overlaps a unit, for units asked in increasing start order. */
class StatementFinder {
  readonly #notHeld: OverlapCursor<Statement>;
  readonly #referrals: OverlapCursor<Referral>;

  constructor(input: ToolAnswerInput) {
    this.#notHeld = new OverlapCursor(input.notHeld, (s) => s.span);
    this.#referrals = new OverlapCursor(input.referrals, (s) => s.span);
  }

  notHeldIn(start: number, end: number): boolean {
    return this.#notHeld.overlaps(start, end);
  }

  referralIn(start: number, end: number): boolean {
    return this.#referrals.overlaps(start, end);
  }
}

/**
 * Lines outside the request that open with a tool's name and a separator ("Hacking – ...", "ANPR: Yes"), or that are
 * the name alone, a heading over its answer.
 */
function perToolLines(text: string, lines: readonly Line[], outside: readonly ToolMention[]): PerToolLine[] {
  const found: PerToolLine[] = [];
  const headings: PerToolLine[] = [];
  // The mentions are in text order, so the line holding each is found by walking on from the last one's.
  let index = 0;
  for (let m = 0; m < outside.length; m++) {
    const mention = outside[m];
    while (index + 1 < lines.length && lines[index + 1].start <= mention.span.start) index++;
    const line = lines[index];
    const last = found.length > 0 ? found[found.length - 1] : undefined;
    if (last?.line === index) {
      const further = furtherLabel(text, line, last, outside, m);
      if (further) found.push(further);
      continue;
    }
    // A tool named at the start of a line sits after at most a short list marker, or anywhere in a table's first cell.
    if (mention.span.start - line.start > MAX_LABEL_INDENT) {
      const row = firstCellRow(text, line, outside, m);
      if (row) found.push({ line: index, ...row });
      continue;
    }
    if (mention.span.start > line.start && !opensLabel(text.slice(line.start, mention.span.start))) continue;
    // The separator is read after all the names the label joins: "Predictive policing or crime forecasting software -".
    const joined = joinedTools(text, outside, m, line.end);
    const separator = PER_TOOL_SEPARATOR.exec(text.slice(joined.end, Math.min(line.end, joined.end + 80)));
    if (separator) {
      found.push({ line: index, start: line.start, tools: joined.tools, labelEnd: joined.end + separator[0].length, heading: false });
      continue;
    }
    if (BULLETED.test(line.text)) continue;
    const tools = headingTools(text, line, outside, m);
    if (tools) headings.push({ line: index, start: line.start, tools, labelEnd: line.end, heading: true });
  }
  // Names alone on consecutive lines are a list of tools, not headings over answers.
  const listed = (k: number, other: number): boolean => other >= 0 && other < headings.length && Math.abs(headings[other].line - headings[k].line) === 1;
  const labelled = new Set(found.map((f) => f.line));
  headings.forEach((heading, k) => {
    if (!listed(k, k - 1) && !listed(k, k + 1) && !labelled.has(heading.line)) found.push(heading);
  });
  return found.sort((a, b) => a.start - b.start);
}

/** Longest first cell of a table row read as a tool's label: "Digital phone examination kiosks". */
const MAX_FIRST_CELL = 80;
/** The first cell of a table row flattened to text, up to its "|" or tab; no other cell comes before it. */
const FIRST_CELL = /^[ \t]*\|?([^|\t\n]+?)[ \t]*(?:\||\t)[ \t]*/y;

/**
 * A table row whose first cell names the tool after other words ("Digital phone examination kiosks | Yes."): the
 * cell is the row's label, and the next cells its answer.
 */
function firstCellRow(text: string, line: Line, outside: readonly ToolMention[], m: number): Omit<PerToolLine, 'line'> | undefined {
  const mention = outside[m];
  if (mention.span.start - line.start > MAX_FIRST_CELL || (line.text.indexOf('|') < 0 && line.text.indexOf('\t') < 0)) return undefined;
  FIRST_CELL.lastIndex = 0;
  const cell = FIRST_CELL.exec(line.text);
  if (!cell || mention.span.end > line.start + FIRST_CELL.lastIndex) return undefined;
  const labelEnd = line.start + FIRST_CELL.lastIndex;
  return { start: line.start, tools: joinedTools(text, outside, m, labelEnd).tools, labelEnd, heading: false };
}

/** After a tool's name in mid-line, the dash or colon of a further per-tool answer: "... Facial recognition - No.". */
const FURTHER_LABEL_SEPARATOR = /^[ \t]*(?:[–—:]|-(?=[ \t]))[ \t]*/;

/**
 * A further per-tool answer on the line of another, after its sentence: "Body worn video - Yes. Facial recognition -
 * No.". Only a dash or colon straight after the name counts, so prose naming a tool after a stop is not one.
 */
function furtherLabel(text: string, line: Line, previous: PerToolLine, outside: readonly ToolMention[], m: number): PerToolLine | undefined {
  const mention = outside[m];
  if (previous.heading || mention.span.start < previous.labelEnd) return undefined;
  let before = mention.span.start - 1;
  while (before > previous.labelEnd && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  const stop = text.charCodeAt(before);
  if (before === mention.span.start - 1 || (stop !== 46 && stop !== 59)) return undefined;
  const separator = FURTHER_LABEL_SEPARATOR.exec(text.slice(mention.span.end, Math.min(line.end, mention.span.end + 20)));
  if (!separator) return undefined;
  const labelEnd = mention.span.end + separator[0].length;
  return { line: previous.line, start: mention.span.start, tools: joinedTools(text, outside, m, labelEnd).tools, labelEnd, heading: false };
}

/** Between the tools of a heading naming several: "Hacking and IMSI catchers", "ANPR / drones", "BWV, drones". */
const HEADING_JOINER = /^[ \t]*(?:,[ \t]*(?:and[ \t]+)?|&|\/|and[ \t]+|or[ \t]+)[ \t]*$/i;

/**
 * The tools named from the mention `outside[first]` on, joined by "and", "&", "/" or commas ("Hacking and IMSI
 * catchers"), among the mentions starting before `limit`; `end` is where the last of them ends.
 */
function joinedTools(text: string, outside: readonly ToolMention[], first: number, limit: number): { tools: string[]; end: number } {
  const tools = [outside[first].tool];
  let end = outside[first].span.end;
  for (let m = first + 1; m < outside.length && outside[m].span.start < limit; m++) {
    if (!HEADING_JOINER.test(text.slice(end, outside[m].span.start))) break;
    if (!tools.includes(outside[m].tool)) tools.push(outside[m].tool);
    end = outside[m].span.end;
  }
  return { tools, end };
}

/**
 * The tools of a heading line opening with the mention `outside[first]`: its name alone, or several names joined by
 * "and", "&", "/" or commas, with nothing else on the line but a colon or a bracketed note.
 */
function headingTools(text: string, line: Line, outside: readonly ToolMention[], first: number): string[] | undefined {
  const { tools, end } = joinedTools(text, outside, first, line.end);
  return TOOL_HEADING_REST.test(text.slice(end, Math.min(line.end, end + 80))) ? tools : undefined;
}

/** A table row's first cells before a tool's name: "| 1 | ", " Q2  | ", "a) |". */
const TABLE_CELLS_BEFORE = /^[ \t]*\|?(?:[ \t]*[\w.()]{1,4}[ \t]*\|)?[ \t]*$/;

/** True when what stands before a tool's name on its line is only a list marker or a table row's number cell. */
function opensLabel(before: string): boolean {
  return stripListMarker(before).trim() === '' || TABLE_CELLS_BEFORE.test(before);
}

/** A line opening with a bullet glyph or dash: an item of a list. */
const BULLETED = /^[ \t]*[•●▪◦·‣∙■□➢►✓*–—-]/u;

interface PerToolLine {
  readonly line: number;
  /** Where the passage starts: its line's start, or a further label's within the line. */
  readonly start: number;
  readonly tools: readonly string[];
  /** Where the label and its separator end: the answer's words begin after it. */
  readonly labelEnd: number;
  /** True for a tool's name alone on its line, answered by the paragraph below. */
  readonly heading: boolean;
}

/**
 * A per-tool passage runs from its line to the next per-tool line, and stops earlier at a new paragraph that is
 * not a note ("*See attached ..."), at a heading, numbered answer or question, or at the request.
 */
function perToolPassageEnd(lines: readonly Line[], first: number, stopAt: number, request: readonly Span[]): number {
  let end = lines[first].end;
  let blankBefore = false;
  for (let i = first + 1; i < lines.length && lines[i].start < stopAt; i++) {
    const line = lines[i];
    if (line.start - lines[first].start > MAX_PER_TOOL_UNIT || insideRegions(request, line.start)) break;
    if (line.blank) {
      blankBefore = true;
      continue;
    }
    if (isAnswerHeading(line.text) || isQuestionLabel(line.text) || answerLabel(line.text)) break;
    if (blankBefore && !/^[*(†‡]/u.test(line.text.trimStart())) break;
    end = line.end;
    blankBefore = false;
  }
  return Math.min(end, stopAt);
}

/**
 * An answer opening with the questions it answers: "In relation to question 3", "Questions 4 and 5:", "Items 1, 2
 * and 5 -", "For part (b)". At most nine numbers or letters are read.
 */
const QUESTION_REFERENCE = new RegExp(
  String.raw`[^\p{L}\p{N}]{0,4}(?:(?:in[ \t]+(?:relation|response|regard|respect)[ \t]+to|with[ \t]+regard[ \t]+to|regarding|as[ \t]+(?:for|to)|for)[ \t]+)?(?:questions?|parts?|items?|points?)[ \t]+(\(?(?:\d{1,2}|${ROMAN}|[a-z])\)?(?:[ \t]*(?:,|&|and|or)[ \t]*\(?(?:\d{1,2}|${ROMAN}|[a-z])\)?){0,8})(?![\p{L}\p{N}])`,
  'iuy',
);
/** One number or letter of such a list: not the letters of the "and" or "or" between them. */
const REFERENCE_KEY = new RegExp(String.raw`\d{1,2}|(?<![a-z])(?:${ROMAN}|[a-z])(?![a-z])`, 'gi');
/** The first letters of the words a {@link QUESTION_REFERENCE} opens with: in, with, regarding, as, for, question ... */
const REFERENCE_OPENING = new Set('iwrafqp');

/**
 * The tools of the numbered or lettered questions a sentence says it answers, when it opens by naming them.
 * @param read what each list of numbers and letters ("1 and 2") read as, kept for the sentences after: a letter
 * answering several questions tends to name the same ones again and again.
 */
function referredQuestions(
  text: string,
  start: number,
  end: number,
  questions: ReadonlyMap<string, readonly string[]>,
  read: Map<string, TopicContext | undefined>,
): TopicContext | undefined {
  if (questions.size === 0 || !REFERENCE_OPENING.has(firstLetterAt(text, start, end))) return undefined;
  QUESTION_REFERENCE.lastIndex = start;
  const reference = QUESTION_REFERENCE.exec(text);
  if (!reference || QUESTION_REFERENCE.lastIndex > end) return undefined;
  const keys = reference[1];
  if (!read.has(keys)) read.set(keys, questionsContext(keys, questions));
  return read.get(keys);
}

/** The tools of the questions a list of numbers and letters names, as a topic; undefined when it names none. */
function questionsContext(keys: string, questions: ReadonlyMap<string, readonly string[]>): TopicContext | undefined {
  const tools: string[] = [];
  for (const [key] of keys.matchAll(REFERENCE_KEY)) {
    for (const tool of questions.get(labelKey(key)) ?? []) if (!tools.includes(tool)) tools.push(tool);
  }
  return tools.length > 0 ? { topic: tools, question: true, answerText: undefined } : undefined;
}

/** An answer's label and number opening a sentence within a line: the "A2" of "A1 Yes. A2 No.". */
const INLINE_ANSWER_LABEL = /(?:A|Answer|Response)[ \t]*(?:to[ \t]+question[ \t]*)?(\d{1,2})(?:[ \t]*[.):\-–])?[ \t]+/y;

/**
 * The tools of the question a sentence answers when it opens with a numbered answer label in the middle of a line,
 * after another answer ("A1 Yes. A2 No."); labels opening a line are read with the line's topic.
 */
function inlineAnswer(text: string, start: number, end: number, questions: ReadonlyMap<string, readonly string[]>): TopicContext | undefined {
  if (questions.size === 0 || opensLine(text, start)) return undefined;
  const opening = firstLetterAt(text, start, end);
  if (opening !== 'a' && opening !== 'r') return undefined;
  INLINE_ANSWER_LABEL.lastIndex = start;
  const label = INLINE_ANSWER_LABEL.exec(text);
  if (!label || INLINE_ANSWER_LABEL.lastIndex >= end) return undefined;
  const tools = questions.get(labelKey(label[1]));
  return tools ? { topic: tools, question: true, answerText: text.slice(INLINE_ANSWER_LABEL.lastIndex, end) } : undefined;
}

/** True when only spaces or tabs stand between `start` and the beginning of its line. */
function opensLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i--;
  return i < 0 || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13;
}

/** The first ASCII letter within the first five characters from `start`, lower-cased; '' when there is none. */
function firstLetterAt(text: string, start: number, end: number): string {
  for (let i = start; i < Math.min(end, start + 5); i++) {
    const lower = text.charCodeAt(i) | 32;
    if (lower >= 97 && lower <= 122) return String.fromCharCode(lower);
  }
  return '';
}

interface TopicContext {
  readonly topic: readonly string[];
  /** True when the topic is a numbered question's tools, found from an answer number. */
  readonly question: boolean;
  /** On a numbered answer line, the words after the number ("Yes." in "2. Yes."). */
  readonly answerText: string | undefined;
}

/**
 * Gives, for an offset in the answer, the tools under discussion: those of the question its answer number refers
 * to, else those of the nearest request region before it, else every requested tool. Offsets must be asked for in
 * increasing order; the lines and regions are walked once.
 */
class TopicFinder {
  readonly #lines: readonly Line[];
  readonly #request: readonly Span[];
  readonly #requested: readonly string[];
  readonly #questions: ReadonlyMap<string, readonly string[]>;
  /** The number of the last numbered answer passed, which a lettered answer after it belongs to ("2." then "b)"). */
  #answerNumber = '';
  readonly #regionTools: string[][];
  #lineIndex = 0;
  #regionIndex = -1;
  /** The first request region that does not end before the line the walk is on. */
  #lineRegion = 0;
  /** The context after the nearest request region, made when the walk passes the region. */
  #afterRegion: TopicContext;
  #numbered: { lineStart: number; onLine: TopicContext; after: TopicContext } | undefined;

  constructor(
    lines: readonly Line[],
    request: readonly Span[],
    requested: readonly string[],
    questions: ReadonlyMap<string, readonly string[]>,
    mentions: readonly ToolMention[],
  ) {
    this.#lines = lines;
    this.#request = request;
    this.#requested = requested;
    this.#questions = questions;
    this.#regionTools = request.map(() => [] as string[]);
    for (const mention of mentions) {
      if (!mention.inRequest) continue;
      const region = regionIndexAt(request, mention.span.start);
      if (region >= 0 && !this.#regionTools[region].includes(mention.tool)) this.#regionTools[region].push(mention.tool);
    }
    this.#afterRegion = { topic: requested, question: false, answerText: undefined };
  }

  at(offset: number): TopicContext {
    const lines = this.#lines;
    const request = this.#request;
    while (this.#regionIndex + 1 < request.length && request[this.#regionIndex + 1].start <= offset) {
      this.#regionIndex++;
      this.#numbered = undefined;
      const nearest = this.#regionTools[this.#regionIndex];
      this.#afterRegion = { topic: nearest.length > 0 ? nearest : this.#requested, question: false, answerText: undefined };
    }
    // The walk's place is kept in locals while it runs, which V8 handles faster than fields.
    let lineIndex = this.#lineIndex;
    let lineRegion = this.#lineRegion;
    for (; lineIndex < lines.length && lines[lineIndex].start <= offset; lineIndex++) {
      const line = lines[lineIndex];
      // A number inside the request is a question's, not an answer's: those lines need not be read.
      while (lineRegion < request.length && request[lineRegion].end <= line.start) lineRegion++;
      if ((lineRegion < request.length && request[lineRegion].start <= line.start) || line.blank) continue;
      const label = answerLabel(line.text);
      if (!label) continue;
      if (!label.lettered) this.#answerNumber = label.keys[0];
      const tools: string[] = [];
      for (const key of label.keys) {
        const asked = (label.lettered && this.#questions.get(this.#answerNumber + key)) || this.#questions.get(key) || [];
        for (const tool of asked) if (!tools.includes(tool)) tools.push(tool);
      }
      // Letters that match no question are points within an answer ("a) the cost ..."): the answer goes on.
      if (label.lettered && tools.length === 0) continue;
      this.#numbered =
        tools.length > 0
          ? {
              lineStart: line.start,
              onLine: { topic: tools, question: true, answerText: line.text.slice(label.end) },
              after: { topic: tools, question: true, answerText: undefined },
            }
          : undefined;
    }
    this.#lineIndex = lineIndex;
    this.#lineRegion = lineRegion;
    const numbered = this.#numbered;
    if (!numbered) return this.#afterRegion;
    // The line holding the offset is the last one the walk passed.
    return lines[lineIndex - 1].start === numbered.lineStart ? numbered.onLine : numbered.after;
  }
}

// --- Signals -----------------------------------------------------------------------------------------------------

interface Cues {
  ncnd: boolean;
  covert: boolean;
  overt: boolean;
  used: boolean;
  notUsed: boolean;
  trialled: boolean;
  withheld: boolean;
}

/** What the other finders found, looked up unit by unit in text order. */
interface FoundNearby {
  readonly argument: OverlapCursor<Span>;
  readonly ncnd: OverlapCursor<NcndStatement>;
  /** Where the cue patterns may match, for the clauses of a unit naming several tools. */
  readonly cues: CueFinder;
  readonly citations: OverlapCursor<Citation>;
}

/** Reads one unit's wording and records its signals against the tools it is about. */
function readUnit(text: string, lines: readonly Line[], unit: Unit, found: FoundNearby, signals: Signal[], blankets: PendingBlanket[]): void {
  // A unit opening inside a harm or public interest argument gives reasons, not answers: only an NCND in it counts.
  const arguing = found.argument.overlaps(unit.span.start, unit.span.start + 1);
  if (arguing && (unit.cues & CUE.ncnd) === 0) return;
  const wording = new Wording(text, unit.span);
  const unitText = unit.cues !== 0 ? wording.words : undefined;
  const cues = unitText !== undefined ? readCues(unitText, cuesToRead(unit, wording)) : noCues();
  const bare = unit.bare;
  if (bare !== undefined && !cues.ncnd && !arguing) {
    if (bare === 'yes') cues.used = true;
    else if (bare === 'trial') cues.trialled = true;
    else {
      // The "No" is the force's own answer; use told after it is another's ("No. Searches are carried out for us
      // by the Home Office").
      cues.notUsed = true;
      cues.used = false;
    }
  }
  const notHeld = !arguing && unit.notHeld;
  const referred = !arguing && unit.referred;
  // "... should be directed to the Home Office, which owns the system": the use is the other body's.
  if (referred && cues.used && unitText !== undefined && OTHER_BODY_USE.test(unitText)) cues.used = false;
  const answers = !arguing && (cues.used || cues.trialled || cues.notUsed || cues.withheld || notHeld || referred);
  // Without a cue or a statement the unit says nothing; most sentences of a letter end here.
  if (!cues.ncnd && !answers) return;
  const words = wording.words;
  // Only an NCND or a refusal (a withholding, not arguing) relies on sections; most answers are neither.
  const relies = cues.ncnd || (cues.withheld && !arguing);
  const ncndStatements = relies ? found.ncnd.overlapping(unit.span) : [];
  const sections = relies ? reliedOn(lines, unit, words, ncndStatements, found.citations) : [];

  const statuses: UnitStatus[] = [];
  if (cues.ncnd) {
    const overtAnswered = cues.notUsed || cues.used;
    const partial = cues.covert || cues.overt || overtAnswered || ncndStatements.some((s) => s.scope === 'partial');
    statuses.push({ status: 'ncnd', partial, overtAnswered });
  }
  if (!arguing) {
    if (cues.used) statuses.push({ status: 'used', partial: false });
    if (cues.trialled) statuses.push({ status: 'trialled', partial: false });
    if (cues.notUsed) statuses.push({ status: 'not-used', partial: false });
    if (cues.withheld && !cues.ncnd && (sections.length > 0 || REFUSAL_GROUND.test(words))) statuses.push({ status: 'refused', partial: false });
    if (notHeld) statuses.push({ status: 'not-held', partial: false });
    if (referred) statuses.push({ status: 'referred', partial: false });
  }
  if (statuses.length === 0) return;

  let tools: readonly string[] = unit.named;
  let confidence: number = unit.lineTool ? CONFIDENCE.perToolLine : CONFIDENCE.mention;
  if (tools.length === 0 && unit.topic.length === 1 && (wording.anaphora || bare !== undefined)) {
    tools = unit.topic;
    confidence = bare !== undefined ? CONFIDENCE.bareAnswer : CONFIDENCE.anaphora;
  } else if (tools.length === 0 && unit.topic.length > 1 && !arguing && wording.everyTool) {
    tools = unit.topic;
    confidence = bare !== undefined ? CONFIDENCE.bareAnswer : CONFIDENCE.anaphora;
  } else if (tools.length === 0 && cues.notUsed && !arguing && wording.neitherOfThem) {
    tools = unit.topic;
    confidence = CONFIDENCE.anaphora;
  } else if (tools.length === 0 && !arguing && statuses.some((s) => s.status === 'ncnd' && s.partial)) {
    // "Any covert use is neither confirmed nor denied": the rest of what was just answered, tool by tool. Not in a
    // public interest or harm argument, which reasons about covert use in general.
    tools = unit.topic;
    confidence = CONFIDENCE.anaphora;
  }
  if (tools.length === 0) {
    const kind = wording.remainingTools ? 'remaining' : unit.question ? 'question' : 'all';
    for (const { status, partial } of statuses) {
      if (kind !== 'remaining' && !WHOLE_REQUEST_STATUSES.has(status)) continue;
      blankets.push({ kind, status, topic: unit.topic, unit: unit.span, sections: status === 'ncnd' || status === 'refused' ? sections : [], partial });
    }
    return;
  }
  const own = tools === unit.named && tools.length > 1 && !arguing && unitText !== undefined ? statusesByClause(unitText, unit, found.cues) : undefined;
  for (const tool of tools) {
    for (const { status, partial, overtAnswered } of own?.get(tool) ?? statuses) {
      const relied = status === 'ncnd' || status === 'refused' ? sections : [];
      signals.push({ tool, status, confidence, unit: unit.span, sections: relied, partial, overtAnswered, specific: true });
    }
  }
  // "The force uses body worn video and ANPR only": the other tools asked about are not used.
  if (tools === unit.named && !arguing && cues.used && !cues.notUsed && usesOnlyThese(text, unit)) {
    blankets.push({ kind: 'remaining', status: 'not-used', topic: unit.topic, unit: unit.span, sections: [], partial: false });
  }
}

/** "only uses", "uses only", "the only tools used"; see {@link usesOnlyThese}. */
const ONLY_USE = /\b(?:only\s+(?:uses|operates|deploys|employs)|(?:uses|operates|deploys|employs)\s+only|the\s+only\s+(?:tools?|ones?|technolog(?:y|ies)|systems?|tactics?))\b/i;
/** "only" straight after the last tool named, closing the list: "... ANPR only." */
const ONLY_AFTER_LIST = /^[ \t]+only[ \t]*(?:[.;,)]|$)/;

/** True when a unit naming tools in use says those are the only ones: "uses BWV and ANPR only". */
function usesOnlyThese(text: string, unit: Unit): boolean {
  const last = unit.mentionsAt[unit.mentionsAt.length - 1];
  if (last === undefined) return false;
  return ONLY_AFTER_LIST.test(text.slice(last.end, Math.min(unit.span.end, last.end + 12))) || ONLY_USE.test(text.slice(unit.span.start, unit.span.end));
}

/**
 * The cue patterns worth reading in a unit ({@link CUE} bits): those that may match, less those of use, non-use and
 * trial where no tool could take them. A unit naming no tool, with no NCND (whose scope they tell), that neither
 * stands for the one tool under discussion nor denies "neither of them" nor answers "the other tools", gives only
 * statuses of the whole request (see {@link readUnit}), and those patterns are costly to run clause by clause.
 */
function cuesToRead(unit: Unit, wording: Wording): number {
  const use = CUE.notUsed | CUE.trial | CUE.used;
  if ((unit.cues & use) === 0 || (unit.cues & CUE.ncnd) !== 0 || unit.named.length > 0) return unit.cues;
  const standsForTopic = unit.topic.length === 1 ? unit.bare !== undefined || wording.anaphora : wording.everyTool;
  return standsForTopic || wording.neitherOfThem || wording.remainingTools ? unit.cues : unit.cues & ~use;
}

/**
 * A unit's words and whom they say they are about, each read when first asked: {@link cuesToRead} and
 * {@link readUnit} ask the same of the same words.
 */
class Wording {
  readonly #text: string;
  readonly #span: Span;
  #words: string | undefined;
  #anaphora: boolean | undefined;
  #everyTool: boolean | undefined;
  #neitherOfThem: boolean | undefined;
  #remainingTools: boolean | undefined;

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

  /** "Yes to both", "All of these are used" ({@link EVERY_TOOL}). */
  get everyTool(): boolean {
    return (this.#everyTool ??= EVERY_TOOL.test(this.words));
  }

  /** "Neither technology is used" ({@link NEITHER_OF_THEM}). */
  get neitherOfThem(): boolean {
    return (this.#neitherOfThem ??= NEITHER_OF_THEM.test(this.words));
  }

  /** "The other tools you refer to" ({@link REMAINING_TOOLS}). */
  get remainingTools(): boolean {
    return (this.#remainingTools ??= REMAINING_TOOLS.test(this.words));
  }
}

interface UnitStatus {
  readonly status: ToolStatus;
  readonly partial: boolean;
  readonly overtAnswered?: boolean;
}

/** Where a sentence naming several tools may answer each differently ("ANPR is used and drones are trialled"). */
const TOOL_CLAUSE_BREAK = /[,;:]|[.!?](?=\s)|\b(?:but|however|although|though|whereas|whilst|while|and)\b/gi;
/** A clause denying what the one before it says: "The force uses ANPR, but not drones." */
const DENIED_CLAUSE = /^[^\p{L}]*not\b/iu;
const NOT_HELD_CLAUSE = /\b(?:not\s+held|no\s+(?:\w+\s+){0,2}?information\s+(?:is\s+|was\s+)?held|(?:does|do)\s+not\s+hold)\b/i;

/**
 * For a sentence naming several tools, each tool's statuses from the clauses that name it, or, where those say
 * nothing ("ANPR and drones are used"), from the next clause that does (else the one before). Undefined unless the
 * tools come out differently, so a sentence answering all its tools alike is read as a whole.
 */
function statusesByClause(unitText: string, unit: Unit, cueFinder: CueFinder): Map<string, UnitStatus[]> | undefined {
  const clauses: { start: number; end: number; statuses?: UnitStatus[] }[] = [];
  let start = 0;
  TOOL_CLAUSE_BREAK.lastIndex = 0;
  for (;;) {
    const found = TOOL_CLAUSE_BREAK.exec(unitText);
    clauses.push({ start, end: found ? found.index : unitText.length });
    if (!found) break;
    start = found.index + found[0].length;
  }
  // Each clause is read when first asked about: most name no tool and are never needed.
  const statusesOf = (c: number): UnitStatus[] =>
    (clauses[c].statuses ??= clauseStatuses(unitText.slice(clauses[c].start, clauses[c].end), clausePatterns(c)));
  // A unit cut mid-word may hold any pattern; otherwise each clause holds only those opening inside it.
  const clausePatterns = (c: number): number =>
    unit.cues === ALL_CUES ? ALL_CUES : cueFinder.patternsWithin(unit.span.start + clauses[c].start, unit.span.start + clauses[c].end);
  const clauseAt = (offset: number): number => {
    let c = 0;
    while (c < clauses.length - 1 && clauses[c].end <= offset) c++;
    return c;
  };
  const byTool = new Map<string, UnitStatus[]>();
  for (const { tool, at } of unit.mentionsAt) {
    const own = byTool.get(tool) ?? [];
    own.push(...statusesOf(clauseAt(at - unit.span.start)));
    byTool.set(tool, own);
  }
  for (const { tool, at } of unit.mentionsAt) {
    if (byTool.get(tool)!.length > 0) continue;
    const c = clauseAt(at - unit.span.start);
    let other = -1;
    for (let k = c + 1; k < clauses.length && other < 0; k++) if (statusesOf(k).length > 0) other = k;
    for (let k = c - 1; k >= 0 && other < 0; k--) if (statusesOf(k).length > 0) other = k;
    if (other >= 0) byTool.set(tool, [...statusesOf(other)]);
  }
  const signatures = new Set([...byTool.values()].map((list) => list.map((s) => s.status).sort().join(' ')));
  return signatures.size > 1 && ![...byTool.values()].some((list) => list.length === 0) ? byTool : undefined;
}

/**
 * What one clause says of the tools it names.
 * @param present the cue patterns that may match in the clause (see {@link CueFinder}); the others are not run.
 */
function clauseStatuses(clause: string, present: number): UnitStatus[] {
  const cues = readCues(clause, present);
  const statuses: UnitStatus[] = [];
  if (cues.ncnd) statuses.push({ status: 'ncnd', partial: cues.covert || cues.overt });
  if (cues.used) statuses.push({ status: 'used', partial: false });
  if (cues.trialled) statuses.push({ status: 'trialled', partial: false });
  if (cues.notUsed || (statuses.length === 0 && DENIED_CLAUSE.test(clause))) statuses.push({ status: 'not-used', partial: false });
  if (statuses.length === 0 && NOT_HELD_CLAUSE.test(clause)) statuses.push({ status: 'not-held', partial: false });
  return statuses;
}

/**
 * The cues in a unit's words. An NCND clause is read for its scope only (its "whether it is used" is no answer);
 * use, non-use and trial are read clause by clause, skipping hypothetical clauses ("would show whether ...").
 * @param present the cue patterns, as bits, that may match in the words (see {@link CueFinder}); the others are not run.
 */
function readCues(unitText: string, present: number): Cues {
  const cues = noCues();
  let rest = unitText;
  const ncnd = present & CUE.ncnd ? ncndCue(unitText) : null;
  if (ncnd) {
    cues.ncnd = true;
    const clauseEnd = sentenceEndAfter(unitText, ncnd.index + ncnd[0].length);
    cues.covert = COVERT.test(unitText.slice(ncnd.index, clauseEnd));
    rest = `${unitText.slice(0, ncnd.index)} ${unitText.slice(clauseEnd)}`;
    // Words joined around the NCND clause may make a phrase that the text does not hold, so every pattern is run;
    // those read clause by clause first on all the words (see clausePatternsIn). Only "overt", a single word, cannot
    // be made so (the clause opens after, and ends with, a character outside words), and keeps its bit.
    present = (present & CUE.overt) | CUE.withheld | clausePatternsIn(rest);
  }
  cues.overt = (present & CUE.overt) !== 0 && OVERT.test(rest);
  cues.withheld = (present & CUE.withheld) !== 0 && WITHHELD_CUE.test(rest);
  if ((present & (CUE.notUsed | CUE.trial | CUE.used)) === 0 || SUPPOSITION.test(rest)) return cues;
  for (const clause of rest.split(CLAUSE_BREAK)) {
    // Each clause gives the first of its cues, unless it is hypothetical. Of use and non-use, the later clause tells
    // the present state ("has used ... but stopped using them"; "not for surveillance, but ... used for searches").
    const notUsed = present & CUE.notUsed ? NOT_USED_CUE.exec(clause) : null;
    if (notUsed) {
      if (!isHedged(clause, notUsed.index + notUsed[0].length)) {
        cues.notUsed = true;
        cues.used = false;
      }
      continue;
    }
    const trial = present & CUE.trial ? TRIAL_CUE.exec(clause) : null;
    if (trial) {
      if (isHedged(clause)) continue;
      if (NEGATION_BEFORE.test(clause.slice(0, trial.index))) cues.notUsed = true;
      else cues.trialled = true;
      continue;
    }
    const used = present & CUE.used ? USED_CUE.exec(clause) : null;
    if (used && !isHedged(clause, used.index + used[0].length)) {
      // "Neither facial recognition nor predictive policing is used" denies both; "no such software has been
      // procured" denies it.
      const denied = NEITHER.test(clause) || NO_SUBJECT.test(clause);
      cues.used = !denied;
      cues.notUsed = denied;
    }
  }
  return cues;
}

/**
 * The bits of the patterns read clause by clause that match in `words`. A phrase in a clause is one in the words the
 * clauses are cut from (a clause is cut at punctuation or between words), so the others match in no clause: run on
 * all the words at once, they leave most units with none to read clause by clause.
 */
function clausePatternsIn(words: string): number {
  return (NOT_USED_CUE.test(words) ? CUE.notUsed : 0) | (TRIAL_CUE.test(words) ? CUE.trial : 0) | (USED_CUE.test(words) ? CUE.used : 0);
}

/**
 * The {@link ANSWER_NUMBER} of a line. The number, or the q, a or r of "Q", "A", "Answer", "Response" or "Question"
 * before it, is the line's first letter or digit, within its first five characters; after the q or a comes a space,
 * tab, digit, "t" ("A to question 2") or the "u" or "n" of its word, after the r an "e". Lines where these are
 * anything else, as read from ASCII characters and the usual bullets, dashes and quotation marks, are not run
 * through the expression.
 */
function answerNumber(lineText: string): RegExpExecArray | null {
  const reach = Math.min(lineText.length, 5);
  for (let i = 0; i < reach; i++) {
    const code = lineText.charCodeAt(i);
    if (code >= 0x80) {
      if (NEITHER_LETTER_NOR_DIGIT.includes(lineText[i])) continue;
      return ANSWER_NUMBER.exec(lineText);
    }
    if (code >= 48 && code <= 57) return ANSWER_NUMBER.exec(lineText);
    const lower = code | 32;
    if (lower < 97 || lower > 122) continue;
    const labelLetter = lower === 113 || lower === 97 || lower === 114;
    if (labelLetter && mayContinueLabel(lineText, i + 1, lower)) return ANSWER_NUMBER.exec(lineText);
    const next = lineText.charCodeAt(i + 1);
    return next === 41 || next === 46 || next === 44 || (isRomanLetter(lower) && isRomanLetter(next | 32)) ? LETTER_LABEL.exec(lineText) : null;
  }
  return null;
}

/** "i", "v" or "x", lower-cased: a letter a roman numeral is written with. */
function isRomanLetter(lower: number): boolean {
  return lower === 105 || lower === 118 || lower === 120;
}

/**
 * The questions a line opens an answer to (or, in the request, asks), by key: a number without leading zeros
 * ("2") or a lower-case letter ("b"); several for "c) and d)". `end` is where the answer's own words start.
 */
interface AnswerLabel {
  readonly keys: readonly string[];
  readonly lettered: boolean;
  readonly end: number;
}

function answerLabel(lineText: string): AnswerLabel | undefined {
  const first = answerNumber(lineText);
  if (!first) return undefined;
  const keys = [keyOf(first)];
  let end = first[0].length;
  for (FURTHER_LABEL.lastIndex = end; keys.length <= MAX_FURTHER_LABELS; FURTHER_LABEL.lastIndex = end) {
    const further = FURTHER_LABEL.exec(lineText);
    if (!further) break;
    keys.push(keyOf(further));
    end += further[0].length;
  }
  return { keys, lettered: isLetterKey(keys[0]), end };
}

/** The key of the number or letter a label match captured. */
function keyOf(match: RegExpExecArray): string {
  return labelKey(match[1] ?? match[2]);
}

/** A label's number or letter as a question key: "03" is "3", "B" is "b". */
function labelKey(raw: string): string {
  return isLetterKey(raw) ? raw.toLowerCase() : String(Number(raw));
}

function isLetterKey(key: string): boolean {
  return key.charCodeAt(0) > 57;
}

/** Characters beyond ASCII that often open a line and are neither letters nor digits: bullets, dashes, quotation marks. */
const NEITHER_LETTER_NOR_DIGIT = '•–—“”‘’\u00a0·▪◦‣…';

/**
 * False when the character at `at` cannot follow a label's first letter (`letter`, lower-cased: q, a or r) in an
 * {@link ANSWER_NUMBER}; true, to be safe, for any character beyond ASCII.
 */
function mayContinueLabel(lineText: string, at: number, letter: number): boolean {
  if (at >= lineText.length) return false;
  const code = lineText.charCodeAt(at);
  if (code >= 0x80) return true;
  const lower = code | 32;
  if (letter === 114) return lower === 101;
  if (code === 32 || code === 9 || (code >= 48 && code <= 57) || lower === 116) return true;
  return lower === (letter === 113 ? 117 : 110);
}

function noCues(): Cues {
  return { ncnd: false, covert: false, overt: false, used: false, notUsed: false, trialled: false, withheld: false };
}

/** The bit of each phrase pattern {@link readCues} reads; a unit in which none may match has no cues. */
const CUE = { ncnd: 1, overt: 2, withheld: 4, notUsed: 8, trial: 16, used: 32 } as const;
const ALL_CUES = 63;

/**
 * Where the phrases of each cue pattern, by bit, may be: a match of the pattern here starts inside each of them, at
 * a word start. Mostly the cue patterns themselves; the phrases that open with a word common in any letter ("the
 * trial", "a pilot", "could not be provided", "cannot confirm or deny", "is being tested") are found from a rarer
 * word they all hold, so the words of a letter need not all be tried.
 */
const CUE_OPENINGS = startList([
  /\b(?:neither|NCND|deny|denied|denies|denying|not\s+(?:apply|arise))\b/i,
  OVERT,
  new RegExp(String.raw`\b(?:${WITHHOLDING_WORDS}|be\s+(?:provided|disclosed|released)|${NOT_DISCLOSED}|${REFUSAL_GROUND_WORDS})\b`, 'i'),
  NOT_USED_CUE,
  new RegExp(
    String.raw`\btrial(?:l?ed|l?ing)?\b|\bpilot(?:ed|ted|ing|ting)?\b|\bproof\s+of\s+concept\b|\b${PLANS_TO}|\b(?:evaluated|tested|evaluating|testing|exploring|considering|scoping|assessing|investigating)\b|\bbusiness\s+case\b|\b(?:funding|budget|explore)\b|\bprocess\s+of\b|\b(?:expected|due|scheduled)\s+to\s+(?:become|go|be)\b|\b(?:stage|phase)\b|\bwill\s+(?:be\s+(?:introduced|deployed|rolled)|go\s+live|become\s+operational)\b`,
    'i',
  ),
  USED_CUE,
]);
/**
 * Which cue patterns may match in a unit: those whose {@link CUE_OPENINGS} match inside it. The openings are found
 * once in the whole text; a phrase in a unit's words is one at the same place in the text, except in a unit cut
 * mid-word (where a word boundary in its own words is none in the text), in which all may be. Units are asked for
 * in increasing start order.
 */
class CueFinder {
  readonly #text: string;
  readonly #starts: number[];
  /** The bits of the patterns matching at each start. */
  readonly #matching: number[];
  #next = 0;

  constructor(text: string) {
    this.#text = text;
    ({ offsets: this.#starts, matching: this.#matching } = matchStarts(text, CUE_OPENINGS));
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

const SENTENCE_END = /[.;!?](?=\s|$)/g;

function sentenceEndAfter(value: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const end = SENTENCE_END.exec(value);
  return end ? end.index + 1 : value.length;
}

/**
 * Sections relied on in a unit: those of an NCND statement overlapping it, exemption citations inside it, and, when
 * the unit ends by announcing a list ("by virtue of the following exemptions:"), the citations listed after it.
 */
function reliedOn(
  lines: readonly Line[],
  unit: Unit,
  unitText: string,
  ncndStatements: readonly NcndStatement[],
  citations: OverlapCursor<Citation>,
): string[] {
  const sections: string[] = [];
  for (const statement of ncndStatements) for (const id of statement.sections) addOnce(sections, id);
  let listEnd = unit.span.end;
  if (endsWithColon(unitText)) {
    for (let i = lineIndexAt(lines, unit.span.end) + 1; i < lines.length; i++) {
      const line = lines[i];
      if (line.start - unit.span.end > SECTION_LIST_REACH) break;
      const trimmed = stripListMarker(line.text).trim();
      if (trimmed === '') continue;
      // A listed section is a short line ("Section 24(2) National Security"); a long one is prose about them.
      if (trimmed.length > MAX_LISTED_SECTION || !/^(?:section|s\.?\s?\d)/i.test(trimmed)) break;
      listEnd = line.end;
    }
  }
  for (const citation of citations.overlapping({ start: unit.span.start, end: listEnd })) {
    if (citation.span.start >= unit.span.start && RELIED_ON_KINDS.has(citation.kind)) addOnce(sections, citation.section);
  }
  return sections;
}

/** True when the text ends with a colon and then only whitespace, as `/:\s*$/` tests, read from the end. */
function endsWithColon(value: string): boolean {
  const end = contentEnd(value);
  return end > 0 && value.charCodeAt(end - 1) === 58;
}

function addOnce(values: string[], value: string): void {
  if (!values.includes(value)) values.push(value);
}

// --- Combining ---------------------------------------------------------------------------------------------------

/**
 * One tool's answer from its signals. NCND with an overt answer, or NCND of covert use alone beside another answer,
 * is partial NCND; otherwise the most telling status wins, and disagreement lowers the confidence.
 */
function combine(text: string, tool: string, signals: readonly Signal[]): ToolAnswer {
  const ncnd = signals.filter((s) => s.status === 'ncnd');
  const others = signals.filter((s) => s.status !== 'ncnd');
  if (ncnd.length > 0) {
    const overtAnswers = others.filter((s) => OVERT_ANSWER_STATUSES.has(s.status));
    const partial = ncnd.some((s) => s.partial) && (overtAnswers.length > 0 || ncnd.some((s) => s.overtAnswered === true));
    const main = ncnd[0];
    const sections = sectionsOf(ncnd);
    const joined = partial ? joinEvidence([...overtAnswers.map((s) => s.unit), main.unit], main.unit) : main.unit;
    return {
      tool,
      status: partial ? 'partial-ncnd' : 'ncnd',
      confidence: clamp(Math.max(...ncnd.map((s) => s.confidence))),
      evidence: joined,
      text: text.slice(joined.start, joined.end),
      exemptions: sections,
    };
  }
  let rank = PRIORITY.length;
  for (const s of others) rank = Math.min(rank, rankOf(s));
  const status = PRIORITY[rank].status;
  const chosen = others.filter((s) => rankOf(s) === rank);
  const best = chosen.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  const conflicting = others.some((s) => s.status !== status && conflicts(status, s.status));
  return {
    tool,
    status,
    confidence: clamp(best.confidence - (conflicting ? CONFIDENCE.conflictPenalty : 0)),
    evidence: best.unit,
    text: text.slice(best.unit.start, best.unit.end),
    exemptions: status === 'refused' ? sectionsOf(chosen) : [],
  };
}

/** Where a signal's status stands in {@link PRIORITY}. */
function rankOf(signal: Signal): number {
  for (let rank = 0; rank < PRIORITY.length; rank++) {
    const { status, specific } = PRIORITY[rank];
    if (signal.status === status && (specific === undefined || specific === signal.specific)) return rank;
  }
  return PRIORITY.length;
}

/** The sections the signals rely on, each once, in order. */
function sectionsOf(signals: readonly Signal[]): string[] {
  const sections: string[] = [];
  for (const signal of signals) for (const id of signal.sections) addOnce(sections, id);
  return sections;
}

/** Used against not used (or trialled against not used) disagree; not held beside not used does not. */
function conflicts(a: ToolStatus, b: ToolStatus): boolean {
  return (a === 'not-used' && (b === 'used' || b === 'trialled')) || (b === 'not-used' && (a === 'used' || a === 'trialled'));
}

/** The span from the first of `units` to `main`, when they lie close together; otherwise `main` alone. */
function joinEvidence(units: readonly Span[], main: Span): Span {
  const near = units.filter((u) => Math.abs(u.start - main.start) <= EVIDENCE_JOIN_REACH);
  return { start: Math.min(...near.map((u) => u.start)), end: Math.max(...near.map((u) => u.end)) };
}

// --- Helpers -----------------------------------------------------------------------------------------------------

function uniqueTools(mentions: readonly ToolMention[]): string[] {
  return uniqueInOrder(mentions.map((m) => m.tool));
}

function uniqueInOrder<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const value of values) {
    const k = key(value);
    const list = map.get(k);
    if (list) list.push(value);
    else map.set(k, [value]);
  }
  return map;
}

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

/**
 * Answers "which items overlap this span?" for spans asked in increasing start order, walking the items once
 * instead of searching them all for every unit.
 */
class OverlapCursor<T> {
  readonly #items: readonly T[];
  /** The items' spans, read once rather than through a function at every step. */
  readonly #spans: readonly Span[];
  #next = 0;

  constructor(items: readonly T[], spanOf: (item: T) => Span) {
    this.#items = startsInOrder(items, spanOf) ? items : [...items].sort((a, b) => spanOf(a).start - spanOf(b).start);
    this.#spans = this.#items.map(spanOf);
  }

  /** True when some item overlaps `[start, end)`; same order rule as {@link overlapping}. */
  overlaps(start: number, end: number): boolean {
    const spans = this.#spans;
    while (this.#next < spans.length && spans[this.#next].end <= start) this.#next++;
    for (let i = this.#next; i < spans.length && spans[i].start < end; i++) {
      if (spans[i].end > start) return true;
    }
    return false;
  }

  overlapping(span: Span): T[] {
    const spans = this.#spans;
    while (this.#next < spans.length && spans[this.#next].end <= span.start) this.#next++;
    const found: T[] = [];
    for (let i = this.#next; i < spans.length && spans[i].start < span.end; i++) {
      if (overlaps(spans[i], span)) found.push(this.#items[i]);
    }
    return found;
  }
}

/** True when the items are already sorted by start, as the finders give them, and need no sorted copy. */
function startsInOrder<T>(items: readonly T[], spanOf: (item: T) => Span): boolean {
  for (let i = 1; i < items.length; i++) if (spanOf(items[i]).start < spanOf(items[i - 1]).start) return false;
  return true;
}


function clamp(value: number): number {
  return Math.round(Math.max(0.05, Math.min(0.99, value)) * 100) / 100;
}
