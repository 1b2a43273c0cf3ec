// Reads one unit's signals: its cues, bare answer and statements become statuses, given to the tools the unit names
// or stands for, clause by clause when it names several, with the sections relied on.

import type { Citation, NcndStatement, ToolStatus } from '../../model';
import type { Span } from '../../text';
import { stripListMarker } from '../answerLanguage';
import { releasedByCost } from '../ncnd';
import { blankLineBetween, blockStart, endsWithColon, lineIndexAt, type Line } from '../lines';
import { ALL_CUES, CUE, CueFinder } from './cueFinder';
import { opensNote, toolsPointingToNote } from './backReferences';
import { setApart, setApartByKey, type SetApart } from './exceptions';
import { addOnce } from './lists';
import { OverlapCursor } from './overlapCursor';
import { toolsByPosition } from './positions';
import { CORRECTED, DATED_REPORT, labelsDetail, noCues, readCues } from './readCues';
import { splitAtRest } from './restClause';
import { CONFIDENCE, WHOLE_REQUEST_STATUSES, type PendingBlanket, type Signal } from './signal';
import type { BareAnswer } from './bareAnswers';
import type { Unit } from './units';
import { anotherForceSpeaks, OTHER_BODY_USE, REFUSAL_GROUND, SENDS_ON, Wording } from './wording';

/** Exemption-type citations (not procedural sections such as s1 or s10) count as sections relied on. */
const RELIED_ON_KINDS: ReadonlySet<string> = new Set(['exemption', 'ncnd-provision', 'refusal-ground']);

/** Longest line read as one item of a list of sections. */
const MAX_LISTED_SECTION = 70;

/** How far a list of sections after "by virtue of the following exemptions:" is read. */
const SECTION_LIST_REACH = 400;

/** A part of the request named by its place: "the first paragraph of your request", "the second half". */
const PART_NAMED = /\b(first|second|last|latter)\s+(?:half|part|paragraph|set\s+of\s+questions|section)\b/i;

/** "the other tools on your list, including IMSI catchers", "the remaining technologies, such as drones". */
const EXAMPLES_OF_THE_REST = /\b(?:other|remaining)\s+(?:[\w-]+,?\s+){0,4}?(?:including|such\s+as|for\s+example|e\.g\.)\s/i;

/**
 * Words telling that a trial has not led to use: "No decision has been taken about making the Capability available
 * more widely", "has not yet been adopted as business as usual", "not in general use".
 */
const NOT_YET_ADOPTED =
  /\b(?:no\s+decision\s+has\s+(?:yet\s+)?been\s+(?:taken|made)|not\s+(?:yet\s+)?(?:been\s+)?(?:adopted|rolled\s+out)\b(?!\s+(?:by|to)\b)|not\s+(?:yet\s+)?in\s+(?:general|routine|wider|operational)\s+use)/i;
/** The "yet" of {@link NOT_YET_ADOPTED}, which tells of a trial still running. */
const YET = /\byet\b/i;

/** How far past a unit reporting an earlier answer by its date a sentence saying it was wrong is looked for. */
const CORRECTION_REACH = 80;

/** What the other finders found, looked up unit by unit in text order. */
export interface FoundNearby {
  readonly argument: OverlapCursor<Span>;
  /** The same arguments, asked about the paragraphs units open in (see {@link concludesArgument}). */
  readonly argumentParagraphs: OverlapCursor<Span>;
  readonly ncnd: OverlapCursor<NcndStatement>;
  /** Where the cue patterns may match, for the clauses of a unit naming several tools. */
  readonly cues: CueFinder;
  readonly citations: OverlapCursor<Citation>;
  /** The name of the force writing the letter, lower-cased; undefined when it is no force (see `ownForceName`). */
  readonly ownForce: string | undefined;
  /** Every tool the request asks about. */
  readonly requested: readonly string[];
}

/** Most lines read back to the first of a note's paragraph, for its label or mark ("* Overt use only. ..."). */
const NOTE_LINES = 6;

/**
 * The words of the note `unit` is in, from the line opening it ({@link opensNote}) to the unit's end: the nearest such
 * line of its block at or above it. The unit's own words when none opens a note.
 */
function noteOpening(text: string, lines: readonly Line[], unit: Span): string {
  const at = lineIndexAt(lines, unit.start);
  for (let i = at; i >= blockStart(lines, at, NOTE_LINES); i--) if (opensNote(lines[i].text)) return text.slice(lines[i].start, unit.end);
  return text.slice(unit.start, unit.end);
}

/** Reads one unit's wording and records its signals against the tools it is about. */
export function readUnit(text: string, lines: readonly Line[], unit: Unit, found: FoundNearby, signals: Signal[], blankets: PendingBlanket[]): void {
  // A unit opening inside a harm or public interest argument gives reasons, not answers: only an NCND in it counts.
  const arguing = found.argument.overlaps(unit.span.start, unit.span.start + 1);
  if (arguing && (unit.cues & CUE.ncnd) === 0) return;
  // "Body worn video and drones are used; the others are not": two answers, read one after the other. The clause of
  // the rest is read whole: it is split once, not again at each "the others" in it.
  const split = arguing ? undefined : splitAtRest(text, unit);
  for (const part of split ?? [unit]) readWhole(text, lines, part, arguing, found, signals, blankets);
}

/** Reads a unit, or one of the two answers {@link splitAtRest} makes of it, as one statement. */
function readWhole(text: string, lines: readonly Line[], unit: Unit, arguing: boolean, found: FoundNearby, signals: Signal[], blankets: PendingBlanket[]): void {
  const wording = new Wording(text, unit.span);
  const unitText = unit.cues !== 0 ? wording.words : undefined;
  // "We can confirm the use of the first three technologies on your list": tools named by their place in the list.
  const byPosition = unit.named.length === 0 && !arguing ? toolsByPosition(wording.words, unit.topic) : undefined;
  // "Our response of 6 October stated that BTP operates drones. That was an error.": the report is no answer.
  const reportCorrected = unitText !== undefined && DATED_REPORT.test(unitText) && CORRECTED.test(text.slice(unit.span.start, unit.span.end + CORRECTION_REACH));
  const cues = unitText !== undefined ? readCues(unitText, byPosition ? unit.cues : cuesToRead(unit, wording), reportCorrected) : noCues();
  // "The force uses a range of analytical techniques": use of a kind of thing is no tool's use, where the unit names
  // none or goes on to deny the one it names ("... it would not describe any of them as predictive policing").
  if (cues.used && (unit.named.length === 0 || cues.notUsed) && wording.generalUse) cues.used = false;
  // "... whereby the Police Service does not confirm or deny the use of covert techniques": no answer of this letter's.
  if (cues.ncnd && wording.generalNcnd) cues.ncnd = false;
  // "The Capability is the subject of a limited pilot. ... 70 officers have had access to it. No decision has been
  // taken about making it available more widely": use told beside a trial not adopted is the trial's; and use beside
  // "has not yet been adopted as business as usual" is a trial's too.
  const notAdopted = cues.used && !cues.usedIndirectly ? NOT_YET_ADOPTED.exec(wording.words) : null;
  if (notAdopted && (cues.trialled || YET.test(notAdopted[0]))) {
    cues.used = false;
    cues.trialled = true;
  }
  // "As section 12 applies ..., PSNI is not required to confirm or deny ...": a refusal on cost, not an NCND.
  const costReleased = cues.ncnd && releasedByCost(wording.words, text, unit.span.start);
  if (costReleased) {
    cues.ncnd = false;
    cues.withheld = true;
  }
  // "Locations of fixed ANPR cameras - NCND": an NCND of a detail of the tool, named as its label, not of its use.
  if (cues.ncnd && unit.named.length > 0 && labelsDetail(wording.words)) {
    cues.ncnd = false;
    cues.withheld = true;
  }
  // A "No" beside "not held" answers whether the information is held ("| Facial recognition | No | Not held |").
  const bare = unit.bare === 'no' && unit.notHeld ? undefined : unit.bare;
  if (bare !== undefined && !cues.ncnd && !arguing) {
    if (bare === 'yes') {
      cues.used = true;
      cues.usedIndirectly = false;
    } else if (bare === 'trial') cues.trialled = true;
    else {
      // The "No" is the force's own answer; use told after it is another's ("No. Searches are carried out for us
      // by the Home Office").
      cues.notUsed = true;
      cues.used = false;
    }
  }
  // "South Wales Police has deployed it in the Gwent area", "Norfolk Constabulary: Yes." in Suffolk's reply: another
  // force's use, trial or denial is not the answer.
  if ((cues.used || cues.trialled || cues.notUsed) && unit.lineTool === undefined && anotherForceSpeaks(wording.words, found.ownForce)) {
    cues.used = cues.trialled = cues.notUsed = false;
  }
  const notHeld = !arguing && unit.notHeld;
  const referred = arguing ? undefined : unit.referred;
  // "... should be directed to the Home Office, which owns the system": the use is the other body's.
  if (referred && cues.used && unitText !== undefined && OTHER_BODY_USE.test(unitText)) cues.used = false;
  const answers = !arguing && (cues.used || cues.trialled || cues.notUsed || cues.withheld || notHeld || referred !== undefined);
  // Without a cue, a statement or a mark the unit says nothing; most sentences of a letter end here.
  if (!cues.ncnd && !answers && unit.marked === undefined) return;
  const words = wording.words;
  // Only an NCND or a refusal (a withholding, not arguing) relies on sections; most answers are neither.
  const relies = cues.ncnd || (cues.withheld && !arguing);
  const ncndStatements = relies ? found.ncnd.overlapping(unit.span) : [];
  const sections = relies ? reliedOn(lines, unit, words, ncndStatements, found.citations) : [];

  const statuses: UnitStatus[] = [];
  if (unit.marked !== undefined && !arguing) {
    // The row's mark is its answer, whatever the words after it say of the tool.
    statuses.push({ status: unit.marked, partial: false });
  } else if (cues.ncnd) {
    // A bare answer beside an NCND of covert use answers overt use: "Overt research: yes. Covert investigation: NCND".
    const overtAnswered = cues.notUsed || cues.used || (bare !== undefined && cues.covert);
    const partial = cues.covert || cues.overt || overtAnswered || ncndStatements.some((s) => s.scope === 'partial');
    statuses.push({ status: 'ncnd', partial, overtAnswered });
  }
  if (!arguing && unit.marked === undefined) {
    if (cues.used) statuses.push({ status: 'used', partial: false, indirect: cues.usedIndirectly });
    if (cues.trialled) statuses.push({ status: 'trialled', partial: false });
    if (cues.notUsed) statuses.push({ status: 'not-used', partial: false, ended: cues.ended });
    if (cues.withheld && !cues.ncnd && (costReleased || sections.length > 0 || REFUSAL_GROUND.test(words))) statuses.push({ status: 'refused', partial: false });
    if (notHeld) statuses.push({ status: 'not-held', partial: false });
    if (referred) statuses.push({ status: 'referred', partial: false });
  }
  if (statuses.length === 0) return;
  // After the last of a list of questions, a statement about every tool asked about covers the whole list.
  const covered = unit.afterOneQuestion ? found.requested : unit.topic;
  // Questions set apart with their own answer ("all of the above, apart from items (c) and (d), in respect of which
  // the force neither confirms nor denies ...") are answered by those words, the rest by the rule.
  const keyed = unit.setApart && !arguing && unit.marked === undefined ? setApartByKey(words, unit.setApart) : undefined;
  const toldApart = keyed !== undefined && clauseStatuses(keyed.exception, ALL_CUES).length > 0;
  if (unit.setApart && !toldApart) answerQuestionsSetApart(unit.setApart, unit.span, statuses, blankets);

  const apart = !arguing && unit.marked === undefined ? (toldApart ? keyed : setApart(words, unit, covered)) : undefined;
  if (apart) {
    answerSetApart(apart, unit, covered, statuses, bare, sections, signals, blankets);
    return;
  }
  // "Covert cameras - The force can neither confirm nor deny ...", "... information about covert tracking devices": an
  // NCND of a thing no tool is, which leaves the tools answered plainly as they are.
  if (cues.ncnd && unit.named.length === 0 && !byPosition && NCND_OF_COVERT_THING.test(words)) return;
  // "All the technologies in your list", unless only those left: "Other than these, all the technologies ...".
  const everyTools = wording.everyTool && !wording.remainingTools ? toolsCounted(wording, covered) : undefined;
  const everyTool = everyTools !== undefined;
  let tools: readonly string[] = unit.named;
  let confidence: number = unit.lineTool ? CONFIDENCE.perToolLine : CONFIDENCE.mention;
  if (byPosition) {
    tools = byPosition;
    confidence = CONFIDENCE.anaphora;
  } else if (tools.length === 0 && unit.afterOneQuestion && !arguing && everyTool) {
    // "The answer to each of your questions is no" after the last of a list of questions answers every one.
    tools = everyTools;
    confidence = CONFIDENCE.anaphora;
  } else if (tools.length === 0 && unit.topic.length === 1 && standsForOneTool(unit, wording, cues.ncnd) && !wording.remainingTools) {
    // Not "the other tools named in your request" under the answer to a question about one tool.
    tools = unit.topic;
    confidence = bare !== undefined ? CONFIDENCE.bareAnswer : CONFIDENCE.anaphora;
  } else if (tools.length === 0 && unit.topic.length > 1 && !arguing && (everyTool || (unit.severalQuestions && (bare !== undefined || !statuses.some((s) => WHOLE_REQUEST_STATUSES.has(s.status)))))) {
    // "Yes to both"; a bare answer or use told for several questions named together: "2 and 3. Yes.", "a) to c): Not
    // used.". What the whole request may be told (not held, NCND) waits as a blanket for the questions' tools.
    tools = everyTools ?? unit.topic;
    confidence = bare !== undefined ? CONFIDENCE.bareAnswer : CONFIDENCE.anaphora;
  } else if (tools.length === 0 && cues.notUsed && !arguing && wording.neitherOfThem && !wording.remainingTools) {
    tools = unit.topic;
    confidence = CONFIDENCE.anaphora;
  } else if (tools.length === 0 && !arguing && statuses.some((s) => s.status === 'ncnd' && s.partial) && !concludesArgument(lines, unit, found)) {
    // "Any covert use is neither confirmed nor denied": the rest of what was just answered, tool by tool. Not in a
    // public interest or harm argument, which reasons about covert use in general, nor as the conclusion closing
    // one ("... will therefore neither confirm nor deny whether any other information is held"). In a note, the
    // tools whose answers point to it.
    tools = unit.question ? unit.topic : (toolsPointingToNote(text, unit.span, noteOpening(text, lines, unit.span), signals) ?? notAnsweredBefore(lines, unit, signals));
    confidence = CONFIDENCE.anaphora;
  }
  if (tools.length === 0) {
    // A refusal on the cost limit or as vexatious refuses whatever the letter leaves unanswered, even beside answers
    // it gives outside the Act ("By way of assistance, officers are equipped with body worn video").
    const refusesRest = !unit.question && statuses.some((s) => s.status === 'refused') && REFUSAL_GROUND.test(words);
    const kind = wording.remainingTools || refusesRest ? 'remaining' : unit.question || unit.afterOneQuestion ? 'question' : 'all';
    // "... does not hold information on whether the force uses these. Please direct this part of your request to the
    // force": the part sent on is the one just told not held.
    const partSent = referred !== undefined && PART_OF_REQUEST.test(referred.text);
    // Told in the unit, before the referral and in its paragraph, the part is the one the "not held" is about.
    const notHeldEnd = referred !== undefined && referred.span.start > unit.span.start ? referred.span.start : unit.span.end;
    const toldNotHeld =
      partSent &&
      statuses.some((s) => s.status === 'not-held') &&
      INFORMATION_OR_USE.test(text.slice(unit.span.start, notHeldEnd)) &&
      !blankLineBetween(text, unit.span.start, notHeldEnd);
    const sentOn = partSent && !toldNotHeld && sendOnNotHeldBefore(text, unit.span, referred.span.start, signals, blankets);
    for (const { status, partial } of statuses) {
      // Only "the other tools" says more of them than a whole request's answer; a refusal of the rest does not.
      if (!wording.remainingTools && !WHOLE_REQUEST_STATUSES.has(status)) continue;
      if (status === 'referred' && sentOn) continue;
      const transferred = status === 'referred' && TRANSFERRED.test(words);
      const sendsOn = status === 'referred' && referred !== undefined && (partSent ? toldNotHeld : sendsRequesterOn(referred.text));
      blankets.push({ kind, status, topic: unit.topic, unit: unit.span, sections: reliedOnBy(status, sections), partial, transferred, sendsOn });
    }
    return;
  }
  const own = tools === unit.named && tools.length > 1 && !arguing && unitText !== undefined ? statusesByClause(unitText, unit, found.cues) : undefined;
  for (const tool of tools) {
    for (const { status, partial, overtAnswered, indirect, ended } of own?.get(tool) ?? statuses) {
      const relied = reliedOnBy(status, sections);
      signals.push({ tool, status, confidence, unit: unit.span, sections: relied, partial, overtAnswered, indirect, ended, specific: true });
    }
  }
  // "Questions about the other tools on your list, including IMSI catchers, are best put to the MPS": the tools named
  // are examples of the rest, which the statement covers as well.
  if (tools === unit.named && wording.remainingTools && EXAMPLES_OF_THE_REST.test(words)) {
    for (const { status, partial } of statuses) {
      if (WHOLE_REQUEST_STATUSES.has(status)) blankets.push({ kind: 'remaining', status, topic: unit.topic, unit: unit.span, sections: reliedOnBy(status, sections), partial });
    }
  }
  // "The force uses body worn video and ANPR only": the other tools asked about are not used.
  if (tools === unit.named && !arguing && cues.used && !cues.notUsed && usesOnlyThese(text, unit)) {
    blankets.push({ kind: 'remaining', status: 'not-used', topic: unit.topic, unit: unit.span, sections: [], partial: false });
  }
}

/**
 * The tools an answer for every tool covers: all of `covered`; or, when the words count fewer, those of the part of
 * the request they name as first or last ("In respect of the first paragraph of your request, ... uses all three");
 * none when they count otherwise.
 */
function toolsCounted(wording: Wording, covered: readonly string[]): readonly string[] | undefined {
  const counted = wording.everyToolCount;
  if (counted === undefined || counted === covered.length) return covered;
  if (counted > covered.length) return undefined;
  const part = PART_NAMED.exec(wording.words)?.[1]?.toLowerCase();
  if (part === undefined) return undefined;
  return part === 'first' ? covered.slice(0, counted) : covered.slice(covered.length - counted);
}

/**
 * A rule about every tool asked about, with some set apart ({@link setApart}): the rule answers each tool the letter
 * answers nowhere else, and the tools set apart are answered the other way ("With the exception of ANPR, the force
 * does not use any of the tools": ANPR is used), or as the words setting them apart say ("save for body worn video,
 * which is used").
 */
function answerSetApart(
  apart: SetApart,
  unit: Unit,
  covered: readonly string[],
  statuses: readonly UnitStatus[],
  bare: BareAnswer | undefined,
  sections: readonly string[],
  signals: Signal[],
  blankets: PendingBlanket[],
): void {
  // A rule with no cue of its own is the bare answer opening it ("Yes to all except facial recognition"), or says the
  // information is not held ("other than for body worn video, no information in scope of your request is held").
  const cued = clauseStatuses(apart.rule, ALL_CUES);
  const answered = bare === undefined ? undefined : BARE_STATUS[bare];
  const rule = cued.length > 0 ? cued : answered ? [{ status: answered, partial: false }] : statuses.filter((s) => s.status === 'not-held');
  const rest = covered.filter((tool) => !apart.excepted.includes(tool));
  for (const { status, partial } of rule) {
    blankets.push({ kind: 'remaining', status, topic: rest, unit: unit.span, sections: status === 'ncnd' ? sections : [], partial });
  }
  // What the words setting the tools apart say of them comes first: "with the exception of drones, which are being
  // trialled"; else they are the rule's other way.
  const told = clauseStatuses(apart.exception, ALL_CUES);
  const reversed = otherWay(rule);
  const excepted: UnitStatus[] = told.length > 0 ? told : reversed ? [{ status: reversed, partial: false }] : [];
  for (const tool of apart.excepted) {
    for (const { status, partial } of excepted) signals.push({ tool, status, confidence: CONFIDENCE.mention, unit: unit.span, sections: [], partial, specific: true });
  }
}

/** The sections a status relies on: an NCND's or a refusal's; no other answer relies on any. */
function reliedOnBy(status: ToolStatus, sections: readonly string[]): readonly string[] {
  return status === 'ncnd' || status === 'refused' ? sections : [];
}

/** What a bare answer says of the tools it answers. */
const BARE_STATUS: Record<BareAnswer, ToolStatus> = { yes: 'used', no: 'not-used', trial: 'trialled' };

/**
 * The questions a statement sets apart by number ("the answer to each of your questions is no, bar questions 2 and
 * 5") are answered its other way, unless the letter answers them elsewhere.
 */
function answerQuestionsSetApart(tools: readonly string[], span: Span, statuses: readonly UnitStatus[], blankets: PendingBlanket[]): void {
  const reversed = otherWay(statuses);
  if (reversed) blankets.push({ kind: 'question', status: reversed, topic: tools, unit: span, sections: [], partial: false });
}

/** What a rule of use alone, or of non-use alone, says of what it sets apart: the other; nothing for any other rule. */
function otherWay(rule: readonly UnitStatus[]): 'used' | 'not-used' | undefined {
  if (rule.length !== 1) return undefined;
  return rule[0].status === 'used' ? 'not-used' : rule[0].status === 'not-used' ? 'used' : undefined;
}

/**
 * An NCND of something covert of a kind of its own, not of the covert use of the tools asked about: heading the unit
 * ("d) Covert cameras - The force can neither confirm nor deny ..."), as what no information is confirmed about ("...
 * any information about covert tracking devices"), or as what an NCND given "relates solely to". Not "covert tactics",
 * "covert use" or "covert recording", which speak of the tools' own use.
 */
const NCND_OF_COVERT_THING =
  /(?:^[^\p{L}]{0,8}(?:\(?[a-z\d]{1,2}[.)][ \t]*)?|\b(?:(?:information|anything)\s+(?:regarding|about|relating\s+to|concerning|on|in\s+relation\s+to)|(?:relates?|applies|refers?)\s+(?:(?:solely|only)\s+)?to)\s+(?:any\s+|the\s+)?)covert\s+(?!(?:tactics?|techniques?|use|capabilit(?:y|ies)|methods?|activit(?:y|ies)|operations?|deployments?|policing|tools?|technolog(?:y|ies)|aspects?|elements?)\b)(?:[\w-]+\s+)?(?:cameras?|devices?|trackers?|tracking|equipment|vehicles?|premises)\b/iu;

/**
 * The request sent on to another body, or its questions told where they belong ("Questions about the force's use of
 * them should be sent to Sussex Police"), as against a suggestion to ask one.
 */
const TRANSFERRED = /\b(?:transferred|forwarded|(?:passed|sent)\s+(?:your|the|this|it|them)\b|(?:should|must)\s+be\s+(?:sent|directed|addressed|put)\s+to\b)/i;

/**
 * True for a referral sending the requester on with the whole request ("please contact Cheshire Constabulary",
 * "Police Scotland holds this information"), not one saying only whose matter it is ("operational matters for the
 * Chief Constable") or sending on a part ("You may wish to send this part of your request to ...").
 */
function sendsRequesterOn(referral: string): boolean {
  return SENDS_ON.test(referral) || !WHOSE_MATTER.test(referral);
}

/** The last of `items` telling "not held". */
function lastNotHeld<T extends { readonly status: ToolStatus }>(items: readonly T[]): T | undefined {
  for (let i = items.length - 1; i >= 0; i--) if (items[i].status === 'not-held') return items[i];
  return undefined;
}

/** Farthest back a part of the request told not held is looked for, within the referral's paragraph. */
const PART_REACH = 600;
/**
 * What a "not held" sent on as a part of the request is about: information, or the tools and their use ("does not hold
 * information on whether the force uses these"), not another thing asked for ("does not hold impact assessments").
 */
const INFORMATION_OR_USE = /\b(?:information|uses?|using|used|deploy(?:s|ed|ment)?|tools?|technolog(?:y|ies)|tactics?|these|those|them|it)\b/i;

/**
 * Sends on, as referred, the answer "not held" given last before the unit `at`, in the paragraph of its `referral`: the
 * part of the request a referral of "this part of your request" means. False when there is none; a part sent on from
 * another paragraph, or told not held as another thing, may be another question's ("The OPCC does not hold impact
 * assessments. You may wish to send this part of your request to ...").
 */
function sendOnNotHeldBefore(text: string, at: Span, referral: number, signals: Signal[], blankets: PendingBlanket[]): boolean {
  const near = (unit: Span): boolean =>
    unit.end <= at.start &&
    referral - unit.start <= PART_REACH &&
    !blankLineBetween(text, unit.start, referral) &&
    INFORMATION_OR_USE.test(text.slice(unit.start, unit.end));
  const blanket = lastNotHeld(blankets);
  const signal = lastNotHeld(signals);
  if (blanket && near(blanket.unit) && (!signal || signal.unit.start <= blanket.unit.start)) {
    blankets.push({ ...blanket, status: 'referred', unit: at, sections: [], partial: false, sendsOn: true });
    return true;
  }
  if (!signal || !near(signal.unit)) return false;
  const told = signals.filter((s) => s.status === 'not-held' && s.unit.start === signal.unit.start);
  for (const s of told) signals.push({ ...s, status: 'referred', unit: at, sections: [], specific: true });
  return true;
}

/** Whose matter it is, said without sending the requester on: "operational matters for the Chief Constable". */
const WHOSE_MATTER = /\b(?:(?:matters?|questions?)\s+for|responsibility\s+of|(?:rests?|lies|lie)\s+with)\b/i;
/** Some of the request only, sent on: "this part of your request", "questions 2 and 3". */
const PART_OF_REQUEST = /\b(?:(?:this|that|these|those)\s+(?:parts?|elements?|aspects?)\s+of|questions?\s+\d)/i;

/** Lines read back from a unit to the blank line opening its paragraph; a longer paragraph is read from there. */
const MAX_PARAGRAPH_LINES = 30;

/**
 * True when the unit's paragraph holds a harm, public interest or balance argument (or its heading) before the unit:
 * the unit then concludes the argument. Units come in text order, so their paragraphs' starts never go back, as the
 * cursor needs.
 */
function concludesArgument(lines: readonly Line[], unit: Unit, found: FoundNearby): boolean {
  return found.argumentParagraphs.overlaps(paragraphStart(lines, unit.span.start), unit.span.start);
}

/** Where the paragraph holding `at` begins, read back at most {@link MAX_PARAGRAPH_LINES} lines. */
function paragraphStart(lines: readonly Line[], at: number): number {
  return lines[blockStart(lines, lineIndexAt(lines, at), MAX_PARAGRAPH_LINES)].start;
}

/**
 * The tools of a unit's topic but those answered only before the last answer's paragraph: the covert use an NCND after
 * an answer speaks of is that answer's tools' ("Social media: the force conducts open source research. It neither
 * confirms nor denies ... covert activity online"), or of tools not answered yet, not of tools answered plainly
 * further up.
 */
function notAnsweredBefore(lines: readonly Line[], unit: Unit, signals: readonly Signal[]): readonly string[] {
  if (signals.length === 0) return unit.topic;
  const recent = paragraphStart(lines, signals[signals.length - 1].unit.start);
  const before = new Set<string>();
  const answered = new Set<string>();
  for (const signal of signals) (signal.unit.start < recent ? before : answered).add(signal.tool);
  return unit.topic.filter((tool) => answered.has(tool) || !before.has(tool));
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
  const standsForTopic = unit.topic.length === 1 ? standsForOneTool(unit, wording) : wording.everyTool || unit.severalQuestions;
  return standsForTopic || wording.neitherOfThem || wording.remainingTools ? unit.cues : unit.cues & ~use;
}

/**
 * True when a unit naming no tool answers about the one tool under discussion: by a bare answer, by "it" or "this
 * technology", or because nothing else can be meant: it answers a question about that tool, or the letter's answer
 * names no tool at all ("PSNI does not use any algorithm to predict future offending"). An NCND needs the first two:
 * without them it stays the whole request's or question's answer, which yields to tools answered elsewhere.
 */
function standsForOneTool(unit: Unit, wording: Wording, ncnd = false): boolean {
  return unit.bare !== undefined || wording.anaphora || (!ncnd && (unit.question || unit.afterOneQuestion || unit.unnamedAnswer));
}

interface UnitStatus {
  readonly status: ToolStatus;
  readonly partial: boolean;
  readonly overtAnswered?: boolean;
  /** For use: told only indirectly (see {@link Signal.indirect}). */
  readonly indirect?: boolean;
  /** For non-use: use that ended (see {@link Signal.ended}). */
  readonly ended?: boolean;
}

/** Where a sentence naming several tools may answer each differently ("ANPR is used and drones are trialled"). */
const TOOL_CLAUSE_BREAK = /[,;:]|[.!?](?=\s)|\b(?:but|however|although|though|whereas|whilst|while|and)\b/gi;

/** Words of {@link TOOL_CLAUSE_BREAK} that set the next clause against the one before. */
const CONTRAST = /^(?:but|however|although|though|whereas|whilst|while)$/i;

/** A clause denying what the one before it says: "The force uses ANPR, but not drones."; not "..., not us". */
const DENIED_CLAUSE = /^[^\p{L}]*not\b(?!\s+(?:us|me|we|them|him|her|you|ours)\b)/iu;

/** What joins names in a list: "and", "or", "as well as". */
const LIST_JOINS = /\b(?:and|or|as\s+well\s+as)\b/gi;

/** A clause saying its tools' information is not held: "information about drones is not held", "holds no information". */
const NOT_HELD_CLAUSE = /\b(?:not\s+held|no\s+(?:\w+\s+){0,2}?information\s+(?:is\s+|was\s+)?held|(?:does|do)(?:\s+not|n['’]t)\s+hold|holds?\s+no\s+(?:\w+\s+)?information)\b/i;

/**
 * A clause that is a bare answer: opening with yes or no ("yes to body worn video and drones"), or a few words ending
 * with one ("BWV yes", "facial recognition no").
 */
const CLAUSE_YES_NO = /^[^\p{L}]*(yes|no)\b(?=[^\p{L}]*$|\s+(?:to|for)\s)|^[^\p{L}]*[\p{L}][^.;:!?]{0,40}?\s(yes|no)[^\p{L}]*$/iu;

/**
 * For a sentence naming several tools, each tool's statuses from the clauses that name it, or, where those say
 * nothing ("ANPR and drones are used"), from the next clause that does, short of a contrast (else the one before). Undefined unless the
 * tools come out differently, so a sentence answering all its tools alike is read as a whole.
 */
function statusesByClause(unitText: string, unit: Unit, cueFinder: CueFinder): Map<string, UnitStatus[]> | undefined {
  const clauses: { start: number; end: number; contrasts: boolean; statuses?: UnitStatus[] }[] = [];
  let start = 0;
  TOOL_CLAUSE_BREAK.lastIndex = 0;
  for (;;) {
    const found = TOOL_CLAUSE_BREAK.exec(unitText);
    clauses.push({ start, end: found ? found.index : unitText.length, contrasts: found !== null && CONTRAST.test(found[0]) });
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
  // Whether each clause ends with a tool's name, and whether it holds nothing but names ("ANPR", "and drones").
  const lastNameEnd: number[] = clauses.map(() => -1);
  const namesOnly: boolean[] = clauses.map(() => true);
  const namedFrom: number[] = clauses.map((clause) => clause.start);
  for (const { at, end } of unit.mentionsAt) {
    const c = clauseAt(at - unit.span.start);
    const from = at - unit.span.start;
    namesOnly[c] &&= !/\p{L}/u.test(unitText.slice(namedFrom[c], from).replace(LIST_JOINS, ''));
    namedFrom[c] = lastNameEnd[c] = Math.min(end - unit.span.start, clauses[c].end);
  }
  const endsWithName = clauses.map((clause, c) => lastNameEnd[c] >= 0 && !/\p{L}/u.test(unitText.slice(lastNameEnd[c], clause.end)));
  for (let c = 0; c < clauses.length; c++) namesOnly[c] &&= endsWithName[c];
  // "Kent Police uses body worn video, ANPR and mobile phone extraction, holds no information about ...": names
  // listed after a verb's first object go with it; the clause they continue ends with a name.
  const listContinued = (c: number): number => {
    let k = c - 1;
    while (k >= 0 && namesOnly[k] && statusesOf(k).length === 0) k--;
    return k >= 0 && endsWithName[k] && statusesOf(k).length > 0 ? k : -1;
  };
  for (const { tool, at } of unit.mentionsAt) {
    if (byTool.get(tool)!.length > 0) continue;
    const c = clauseAt(at - unit.span.start);
    let other = namesOnly[c] ? listContinued(c) : -1;
    // Not past a contrast: "uses ANPR and body worn video, but not drones".
    for (let k = c + 1; k < clauses.length && other < 0 && !clauses[k - 1].contrasts; k++) if (statusesOf(k).length > 0) other = k;
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
  if (cues.used) statuses.push({ status: 'used', partial: false, indirect: cues.usedIndirectly });
  if (cues.trialled) statuses.push({ status: 'trialled', partial: false });
  if (cues.notUsed || (statuses.length === 0 && DENIED_CLAUSE.test(clause))) statuses.push({ status: 'not-used', partial: false });
  if (statuses.length === 0 && NOT_HELD_CLAUSE.test(clause)) statuses.push({ status: 'not-held', partial: false });
  // "yes to body worn video", "facial recognition no": a bare answer within the sentence.
  const bare = statuses.length === 0 ? CLAUSE_YES_NO.exec(clause) : null;
  if (bare) statuses.push({ status: (bare[1] ?? bare[2]).toLowerCase() === 'yes' ? 'used' : 'not-used', partial: false });
  return statuses;
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
