// Reads the cues in some words: NCND and its scope, then use, non-use and trial clause by clause. Separate from
// readUnit.ts, which decides what the cues mean for the tools a unit is about.

import { foretellsNcnd, revokesNcnd } from '../ncnd';
import { firstMatch } from '../phraseScan';
import { firstMatchOfParts } from './anyOf';
import { CUE } from './cueFinder';
import { BY_ANOTHER_BODY, CLAUSE_BREAK, CLOSED_PERIOD, COVERT, DOUBLE_NEGATION, EXCEPT_FOR_PURPOSE, HELD_SUPPOSED, IF_COST, isHedged, ncndCue, NEGATION_BEFORE, NEITHER, NO_SUBJECT, NOT_USED_CUE, NOT_YET_OVER, OVERT, INDIRECT_USE, PARENTHETICAL_ASIDE, PERIOD_BETWEEN, PLANS_TO, SUPPOSITION, TRIAL_CUE, USE_DENIED_BEFORE, USED_CUES, WITHHELD_CUE } from './wording';

/**
 * Whether information is held on what follows: "whether it holds information on", "that it holds information about",
 * "whether the force holds any data about", "that it holds any further information regarding".
 */
const INFORMATION_ON = String.raw`(?:(?:whether\s+(?:or\s+not\s+)?|that\s+)(?:[\w-]+\s+){1,3}?holds?\s+(?:any\s+)?(?:(?:further|other|recorded)\s+)?(?:information|data|records?)\s+(?:on|about|regarding|concerning|identifying|as\s+to|(?:relating|in\s+relation)\s+to)\s+)`;
/** A detail of a tool's equipment or use an NCND may be of. */
const DETAIL = String.raw`(?:number|numbers|locations?|sites?|siting|positions?|makes?|models?|suppliers?|manufacturers?|vendors?|products?|brands?|costs?|details|specifics)`;
/**
 * The particular kit a tool is used with: "the specific software", "the particular systems"; not "equipment", often
 * the tool.
 */
const PARTICULAR_KIT = String.raw`(?:specific|particular)\s+(?:software|systems?|applications?)`;
/**
 * What an NCND may be of besides the tool's use: "the number or locations of", "the make and model of", "whether it
 * holds information on the location of", "information about the specific software used", "information identifying the
 * products or vendors used".
 */
const NCND_OF_DETAILS = new RegExp(
  String.raw`^\s+${INFORMATION_ON}?(?:the\s+)?(?:(?:(?:exact|precise|specific|particular)\s+)?${DETAIL}|${PARTICULAR_KIT})(?:\s*(?:,|or|and)\s+(?:the\s+)?${DETAIL})*\s+(?:of|used|deployed|operated|employed)\b`,
  'i',
);
/** A label naming a detail of a tool, before its answer: "Locations of fixed ANPR cameras - NCND". */
const DETAIL_LABEL = new RegExp(String.raw`^[^\p{L}]{0,6}(?:the\s+)?(?:(?:exact|precise|specific)\s+)?${DETAIL}(?:\s+(?:and|or)\s+${DETAIL})?\s+of\s`, 'iu');

/** True when a line's words open with a label naming a detail of a tool ({@link DETAIL_LABEL}), not the tool. */
export function labelsDetail(words: string): boolean {
  return DETAIL_LABEL.test(words);
}

/** A detail as the subject of a passive NCND: "camera locations are neither confirmed nor denied". */
const DETAIL_SUBJECT = new RegExp(String.raw`\b${DETAIL}\s+(?:are|is|will\s+be|would\s+be|can\s+be)\s+$`, 'i');
/** How far before an NCND formula its subject is read. */
const SUBJECT_REACH = 40;
/** An NCND of where equipment stands: "whether an ANPR camera is located at the place you describe". */
const NCND_OF_PLACE = /^\s+whether\s+(?:or\s+not\s+)?(?:an?|any|the)\s+(?:[\w-]+\s+){0,3}?(?:is|are)\s+(?:located|sited|positioned|installed)\s+(?:at|in|on|near)\b/i;
/**
 * An NCND of particular occasions, places or people, not of the tool's use: "whether drones were deployed at the
 * specific events you name", "whether it holds information about monitoring of any named group or organisation",
 * "about planned deployments at particular locations or events", "at any specific site", "relating to the incident and
 * the individual you describe".
 */
const NCND_OF_SPECIFICS =
  /^[^.;]{0,120}?\b(?:(?:specific|particular|named|individual)\s+(?:events?|operations?|groups?|organi[sz]ations?|individuals?|persons?|people|protests?|investigations?|cases?|incidents?|dates?|locations?|places?|venues?|sites?|address(?:es)?)\b|(?:incidents?|individuals?|persons?|events?|occasions?|dates?|locations?|address(?:es)?|sites?|places?)\s+(?:and\s+(?:the\s+)?[\w-]+\s+)?you\s+(?:describe|name|mention|refer\s+to|have\s+(?:described|named|mentioned|given|referred\s+to))\b)/i;
/** How far past an NCND formula its object is read. */
const DETAILS_REACH = 120;

interface Cues {
  ncnd: boolean;
  covert: boolean;
  overt: boolean;
  used: boolean;
  /**
   * Use is told only indirectly: over a period that closed ("used between 2015 and 2018"), as information published
   * about it ("the evaluation report is published on our website") or as a licence held; a present denial or a trial
   * overrides.
   */
  usedIndirectly: boolean;
  notUsed: boolean;
  /**
   * For non-use: told as use or a trial that ended ("has since been withdrawn", "is no longer used", "The trial
   * ended in 2018").
   */
  ended: boolean;
  trialled: boolean;
  withheld: boolean;
}

/**
 * The cues in a unit's words. An NCND clause is read for its scope only (its "whether it is used" is no answer);
 * use, non-use and trial are read clause by clause, skipping hypothetical clauses ("would show whether ...").
 * @param present the cue patterns, as bits, that may match in the words (see {@link CueFinder}); the others are not run.
 * @param reportCorrected true when the words go on to say that an answer reported by its date was wrong.
 */
export function readCues(unitText: string, present: number, reportCorrected = false): Cues {
  const cues = noCues();
  let rest = unitText;
  const found = present & CUE.ncnd ? ncndCue(unitText) : null;
  // "can neither confirm nor deny the number or locations of fixed ANPR cameras": details withheld, not whether the
  // tool is used.
  const object = found === null ? '' : unitText.slice(found.index + found[0].length, found.index + found[0].length + DETAILS_REACH);
  const subject = found === null ? '' : unitText.slice(Math.max(0, found.index - SUBJECT_REACH), found.index);
  const ofDetails = found !== null && (NCND_OF_DETAILS.test(object) || NCND_OF_PLACE.test(object) || NCND_OF_SPECIFICS.test(object) || DETAIL_SUBJECT.test(subject));
  // The sentence holding the NCND phrase, read by each test below.
  const ncndStart = found === null ? 0 : sentenceStartBefore(unitText, found.index);
  const ncndEnd = found === null ? 0 : sentenceEndAfter(unitText, found.index + found[0].length);
  // "I therefore withdraw the NCND response and can confirm that ...": an NCND taken back is no answer. Its clause is
  // read as any other, without the phrase, whose "neither ... nor" would deny. So is one an earlier answer is reported
  // to have given, in words that go on to say it was wrong: "Our response of 26 November contained a paragraph stating
  // that the force neither confirms nor denies ... That was an error."
  const revoked =
    found !== null &&
    (revokesNcnd(unitText.slice(ncndStart, ncndEnd)) || (reportCorrected && DATED_REPORT.test(unitText.slice(ncndStart, found.index))));
  if (revoked) rest = `${unitText.slice(0, found.index)}${' '.repeat(found[0].length)}${unitText.slice(found.index + found[0].length)}`;
  const ncnd = ofDetails || revoked ? null : found;
  if (ncnd) {
    // Another body's NCND foretold ("the force may neither confirm nor deny ...") is no answer; its clause is still
    // left out, as its "whether it is used" answers nothing either.
    cues.ncnd = !foretellsNcnd(unitText, 0, ncnd.index);
    // Covert use named in the clause, or in the words leading into it: "In relation to any covert use of facial
    // recognition, the force can neither confirm nor deny ...", "Covert online investigation: the force can NCND".
    cues.covert = cues.ncnd && COVERT.test(unitText.slice(ncndStart, ncndEnd));
    rest = `${unitText.slice(0, ncnd.index)} ${unitText.slice(ncndEnd)}`;
    // Words joined around the NCND clause may make a phrase that the text does not hold, so every pattern is run;
    // those read clause by clause first on all the words (see clausePatternsIn). Only "overt", a single word, cannot
    // be made so (the clause opens after, and ends with, a character outside words), and keeps its bit.
    present = (present & CUE.overt) | CUE.withheld | clausePatternsIn(rest);
  }
  cues.overt = (present & CUE.overt) !== 0 && OVERT.test(rest);
  cues.withheld = ofDetails || ((present & CUE.withheld) !== 0 && WITHHELD_CUE.test(rest) && !IF_COST.test(rest) && !HELD_SUPPOSED.test(rest));
  if ((present & (CUE.notUsed | CUE.trial | CUE.used)) === 0 || SUPPOSITION.test(rest)) return cues;
  // Whether the clause before denied use: a clause opening "or" or "nor" goes on with its denial ("No records
  // indicate that the force uses, or has used, ...").
  let denying = false;
  // Whether the clause before was hypothetical: "whether the force uses analytical tools, or monitors online activity"
  // asks both.
  let hedging = false;
  // The kind of the tool whose use was told last ("operator initiated"), if one was named.
  let usedKind: string | undefined;
  // Whether the clause before told what an oversight body itself does not use: "..., and we do not carry out ..." goes
  // on with the same subject.
  let officeOwn = false;
  // Whether the clause before denied another kind of the tool than the one whose use was told, or ended some of its
  // equipment: "..., and there are no plans to introduce it", "The original kiosks have been withdrawn and are no
  // longer in use" go on about that kind or that equipment.
  let otherDenied = false;
  let previousClause = '';
  // Commas round a contrast word inside a clause ("Officers do, however, use ...") cut nothing: they become spaces.
  for (const clause of rest.replace(PARENTHETICAL_ASIDE, (commas) => ' '.repeat(commas.length)).split(CLAUSE_BREAK)) {
    const clauseBefore = previousClause;
    previousClause = clause;
    const continues = CONTINUATION.test(clause);
    const continuesDenial = denying && continues;
    denying = false;
    officeOwn &&= SAME_SUBJECT.test(clause);
    if (officeOwn) continue;
    otherDenied &&= JOINED_ON.test(clause);
    if (otherDenied) continue;
    if (hedging && (continues || ASKED_ALONG.test(clause))) continue;
    hedging = HEDGE_WORD.test(clause);
    if (REPORTED_ANSWER.test(clause) || (reportCorrected && DATED_REPORT.test(clause))) continue;
    // Each clause gives the first of its cues, unless it is hypothetical. Of use and non-use, the later clause tells
    // the present state ("has used ... but stopped using them"; "not for surveillance, but ... used for searches").
    const notUsed = present & CUE.notUsed ? firstMatch(clause, NOT_USED_CUE) : null;
    if (notUsed) {
      // "does not routinely deploy RPAS for the surveillance of public gatherings" after use told: a limit on the use.
      if (cues.used && !cues.usedIndirectly && QUALIFIED_DENIAL.test(clause.slice(notUsed.index))) continue;
      // "officers do use operator initiated facial recognition ... Live facial recognition has not been deployed": a
      // denial of one kind of the tool after use of another.
      if (cues.used && !cues.usedIndirectly && usedKind !== undefined && deniesOtherKind(clause, usedKind)) {
        otherDenied = true;
        continue;
      }
      // "The older aircraft have been retired", "214 fixed ANPR cameras ... were decommissioned": some of the equipment
      // ended, which leaves the tool in use.
      if (OLD_EQUIPMENT.test(clause.slice(0, notUsed.index))) {
        otherDenied = true;
        continue;
      }
      // "The OPCC itself does not use any of the technologies": the office's own use, not the force's.
      if (deniesOwnUse(clause, notUsed.index)) {
        officeOwn = true;
        continue;
      }
      // The cue's own words are no hedge: "would not describe any of them as ..." denies.
      const aroundCue = withoutCue(clause, notUsed);
      if (DOUBLE_NEGATION.test(clause.slice(0, notUsed.index)) || EXCEPT_FOR_PURPOSE.test(clause) || EXCEPT_FOR_PURPOSE.test(clauseBefore)) {
        // A denial denied, or limited to the purposes it leaves out, in its clause or the one leading into it: use.
        cues.used = true;
        cues.usedIndirectly = false;
        cues.notUsed = false;
      } else if (NOT_YET_IN_USE.test(notUsed[0]) && trialBefore(clause, notUsed.index, present)) {
        // "is being trialled and is not in operational use": a trial, said with what it is not yet.
        cues.trialled = true;
      } else if (!isHedged(aroundCue, notUsed.index + 1)) {
        cues.notUsed = true;
        cues.used = false;
        cues.ended ||= USE_ENDED.test(notUsed[0]) || (NOT_SINCE.test(clause.slice(notUsed.index + notUsed[0].length)) && !DECISION_AWAITED.test(unitText));
        // "The pilot ... was not taken forward", "the tool was not adopted": the trial told before is over, in this
        // clause or before it.
        if (TRIAL_ENDED.test(notUsed[0])) {
          cues.trialled = false;
          cues.ended = true;
        }
        denying = true;
      }
      continue;
    }
    if (continuesDenial) {
      denying = true;
      continue;
    }
    // "... and nor do we use any predictive policing software", read by itself: "nor" denies the use it tells.
    if (NOR.test(clause) && present & CUE.used && firstMatchOfParts(clause, USED_CUES)) {
      cues.notUsed = true;
      denying = true;
      continue;
    }
    const trial = present & CUE.trial ? firstMatch(clause, TRIAL_CUE) : null;
    if (trial) {
      // What a trial is to test may be put as a question ("a pilot to see whether it could reduce crime").
      if (isHedged(clause.slice(0, trial.index + trial[0].length))) continue;
      // "neither force has trialled it", "Neither X nor Y has used or trialled ...", "..., nor has it trialled ...":
      // denied like use. Not plans: "Neither force has any plans to introduce live facial recognition" often follows
      // a plan for another kind.
      const before = clause.slice(0, trial.index);
      if (NEGATION_BEFORE.test(before) || ((NEITHER.test(before) || NOR.test(before)) && !PLAN_OPENING.test(trial[0]))) {
        // "The Commissioner has not approved any funding for live facial recognition" leaves the force's use open.
        if (!FUNDING.test(trial[0])) {
          cues.notUsed = true;
          denying = true;
        }
      }
      // "the trial phase ended in 2019 and ... are now in operational use": a trial, then use. Funding to replace or
      // add to the equipment ("approved funding for replacement body worn cameras") tells of equipment in use.
      else if (NOW_IN_USE.test(clause.slice(trial.index + trial[0].length)) || RENEWAL.test(clause)) cues.used = true;
      // "Drones have been deployed since a pilot in 2021": use that followed the trial.
      else if (AFTER.test(clause.slice(0, trial.index)) && present & CUE.used && firstMatchOfParts(withoutCue(clause, trial), USED_CUES)) cues.used = true;
      else {
        cues.trialled = true;
        // "The trial ended in October 2018", "took part in a trial between April and October 2018": a denial beside it
        // tells what followed; not while a decision is awaited ("The trial has concluded and no decision has yet been
        // made about operational use"), nor for a period yet to come.
        const after = clause.slice(trial.index + trial[0].length);
        const over = TRIAL_OVER.test(after) || TRIAL_ENDED_BEFORE.test(before) || (PERIOD_BETWEEN.test(clause) && !NOT_YET_OVER.test(clause));
        if (over && !DECISION_AWAITED.test(after)) cues.ended = true;
      }
      continue;
    }
    // "... taking part in a pilot, led with academic partners, which uses historical data", "piloted in Foyle District,
    // where 60 cameras have been issued": the trial's own workings.
    if (cues.trialled && RELATIVE_CLAUSE.test(clause)) continue;
    const used = present & CUE.used ? firstMatchOfParts(clause, USED_CUES) : null;
    if (used && !useSetAside(clause, clauseBefore, used, cues)) {
      // "Neither facial recognition nor predictive policing is used" denies both; "no such software has been
      // procured" and "it is not the case that the force uses ..." deny it.
      const denied = NEITHER.test(clause) || NO_SUBJECT.test(clause) || USE_DENIED_BEFORE.test(clause.slice(0, used.index));
      // "Neither of these is deployed by the Office itself": the office's own use again, denied in the passive. Nor
      // does what an office itself does tell the force's use: "The Office monitors the force's social media accounts".
      if ((denied && deniesOwnUse(clause, used.index)) || (!denied && OFFICE_ITSELF.test(clause.slice(0, used.index)))) {
        officeOwn = true;
        continue;
      }
      // Use over a closed period, information published about the tool or a licence held, beside a denial tells the
      // past or what is on record, not the present: "The force does not currently use predictive policing software.
      // PredPol was used between 2013 and 2018."
      const indirect = !denied && (CLOSED_PERIOD.test(clause) || INDIRECT_USE.test(used[0]));
      if (indirect && cues.notUsed) continue;
      // Use told directly in one clause stays direct beside a report published in the next.
      const direct = cues.used && !cues.usedIndirectly;
      cues.used = !denied;
      cues.usedIndirectly = indirect && !direct;
      cues.notUsed = denied;
      // Use told of no kind ("BTP operates a limited ANPR capability") is limited, not gainsaid, by a denial of one
      // kind ("BTP does not own fixed ANPR cameras"); not use asked ("Does Kent Police use facial recognition:").
      usedKind = denied || ASKED.test(clause) ? undefined : (KIND_OF_TOOL.exec(clause)?.[0].toLowerCase() ?? '');
      // "... to suggest that it is being used, or has been used since 2012": the "or" clause goes on with the denial.
      denying = denied;
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
  return (firstMatch(words, NOT_USED_CUE) ? CUE.notUsed : 0) | (firstMatch(words, TRIAL_CUE) ? CUE.trial : 0) | (firstMatchOfParts(words, USED_CUES) ? CUE.used : 0);
}

/** A participle before the use it qualifies: "drones operated by Home Office forces were deployed". */
const OPERATED = /\b(?:operated|owned|provided|supplied|flown|run|managed)(?=[\s\u00a0]+by\b)/i;

/** True when what is used was, as the clause says before the use, another body's: "drones operated by ... were deployed". */
function ownedByAnotherBody(clause: string, useAt: number): boolean {
  const participle = OPERATED.exec(clause.slice(0, useAt));
  return participle !== null && BY_ANOTHER_BODY.test(clause.slice(participle.index + participle[0].length, useAt));
}

/** A trial cue that tells a plan rather than a trial: "plans to introduce ...". */
const PLAN_OPENING = new RegExp(`^${PLANS_TO}`, 'i');

/** Money for a tool, which a commissioner may decline without the force's use being denied. */
const FUNDING = /\b(?:funding|budget)\b/i;

/** A denial of use that a trial still running may be told with: "not in operational use", "not yet put into service". */
const NOT_YET_IN_USE = /^not\s+(?:currently\s+|presently\s+|yet\s+)?(?:in\s+(?:operational\s+|active\s+)?use|(?:yet\s+|been\s+){0,2}(?:put|brought|taken)\s+into)\b/i;

/** True when a trial, not denied, is told in the clause before `at`: "is being trialled (and is not in use)". */
function trialBefore(clause: string, at: number, present: number): boolean {
  if ((present & CUE.trial) === 0) return false;
  const trial = firstMatch(clause.slice(0, at), TRIAL_CUE);
  return trial !== null && !NEGATION_BEFORE.test(clause.slice(0, trial.index));
}

/** The ordinary means used instead of a tool just denied: "using conventional techniques", "by traditional methods". */
const OTHER_MEANS = /\b(?:conventional|traditional|manual|standard|existing)\s+(?:techniques|methods|means|analysis|processes|tools)\b/i;

/** A denial telling use that ended, which outweighs use told before it: "It has since been withdrawn." */
const USE_ENDED = /\b(?:no\s+longer|withdrawn|decommissioned|discontinued|phased\s+out|retired|stopped|ceased|ended|disbanded)\b/i;

/**
 * What a denial's cue leaves after it, telling that use ended: "has not been used since", "has not deployed it since",
 * "has not used the software since"; not of one kind of the tool ("has not deployed live facial recognition since
 * 2018"), which leaves other kinds in use.
 */
const NOT_SINCE = /^\s+(?:(?:the\s+)?(?!(?:live|retrospective|overt|covert|operator)\b)[\w-]+(?:\s+[\w-]+){0,2}\s+)?since\b/i;

/** A decision on a trial's outcome still to come: "no decision has yet been made", "is being evaluated". */
const DECISION_AWAITED = /\b(?:no\s+decision|not\s+yet\s+(?:been\s+)?(?:decided|agreed)|(?:being|under|awaiting)\s+(?:evaluat|review|consider|assess)|awaiting|pending)/i;

/** Words after a trial telling that it is over: "The trial ended in October 2018", "the pilot concluded in 2020". */
const TRIAL_OVER = /^[^.;]{0,40}?\b(?:ended|concluded|finished|closed|came\s+to\s+an\s+end|was\s+(?:completed|stopped|halted|terminated))\b/i;
/** Words before a trial telling that it is over: "The force concluded its trial of ...", "completed a pilot". */
const TRIAL_ENDED_BEFORE = /\b(?:ended|concluded|completed|finished|closed|stopped|halted|terminated)\s+(?:its|the|a|an|our|their)\s+(?:[\w-]+\s+)?$/i;

/**
 * A denial that ends a trial: "was not taken forward", "not adopted", "was not extended", "decided not to continue",
 * "discontinued", "a decision was taken not to procure".
 */
const TRIAL_ENDED = /\b(?:taken\s+forward|adopted|renewed|continued|extended|pursued|progressed|proceed|go\s+ahead|progress|continue|discontinued|abandoned|decided|decision|choice)\b/i;

/**
 * An oversight body as the subject of a denial, just before it: "The OPCC itself", "This office", "The Commissioner's
 * Office", "The Board itself", "The Office of the Police and Crime Commissioner (OPCC)", "MOPAC itself", "the GMCA
 * itself", "The Office ... is a small organisation which": what it does not use says nothing of the force's use.
 */
const OFFICE_ITSELF =
  /\b(?:(?:the|this)\s+(?:office|OPCC|OPFCC|PCC|commissioner(?:['’]s\s+office)?|board|panel)|crime\s+commissioner|OPCC|OPFCC|PFCC|MOPAC|GMCA|WYCA|SYMCA|SPA|NIPB)(?:\s*\([A-Z]{2,6}\))?(?:\s+itself)?\s*$|\b(?:authority|board|office|commissioner|body)\s+itself\s*$|^[^.;]{0,120}?\b(?:office|OPCC|commissioner)\b[^.;]{0,60}?\bis\s+an?\s+(?:[\w-]+\s+){0,2}?(?:organisation|body)\s+(?:which|that)\s*$/i;
/** "does not itself deploy", "does not use any of these tools itself": the subject's own use, set against another's. */
const ITSELF = /\bitself\b/i;
/**
 * A clause going on with the subject of the one before: "and we ...", "nor does it ...", "by reading public posts",
 * "and carries out no ...".
 */
const SAME_SUBJECT = /^[\s\u00a0]*(?:(?:and[\s\u00a0]+)?(?:we|it|n?or)\b|by[\s\u00a0]+[a-z]+ing\b|and[\s\u00a0]+(?!(?:the|this|these|its|their|our|all|any|some|drones|cameras|officers)\b)[a-z]+s\b)/i;

/** A force beside the office as subject: "Neither the force nor the Commissioner's office uses ...". */
const FORCE_AMONG_SUBJECTS = /\bneither\b[^.;]{0,80}?\b(?:force|constabulary|police)\b(?!\s+(?:and|&|,)\s+(?:fire|crime))/i;
/** A force as the subject of "does not itself ...": its own use is the answer. */
const OWN_FORCE_WORD = /\b(?:police|constabulary|force|service)\s*$/i;

/**
 * True when the denial whose cue starts at `cue` is of an oversight body's own use ({@link OFFICE_ITSELF},
 * {@link ITSELF}), and of no force's beside it.
 */
function deniesOwnUse(clause: string, cue: number): boolean {
  const before = clause.slice(0, cue);
  if (FORCE_AMONG_SUBJECTS.test(before)) return false;
  return OFFICE_ITSELF.test(before) || (ITSELF.test(clause.slice(cue)) && !OWN_FORCE_WORD.test(before));
}

/**
 * Words naming one kind of a tool: "live" or "retrospective" facial recognition, "covert" accounts, "fixed" or
 * "vehicle-mounted" ANPR cameras; not the "mobile" of "mobile phones".
 */
const KIND_OF_TOOL = /\b(?:live|real[\s-]?time|retrospective|operator[\s-]initiated|covert|overt|fixed|static|vehicle[\s-]mounted|hand[\s-]?held|mobile(?![\s-]+(?:phones?|devices?|data)\b))\b/i;

/** A clause opening as a question: "Does Kent Police use facial recognition". */
const ASKED = /^\s*(?:do|does|did|is|are|has|have)\s/i;

/** Two kinds denied together: "live or retrospective", every kind there is. */
const KINDS_TOGETHER = new RegExp(`${KIND_OF_TOOL.source}\\s+(?:or|and|nor)\\s+${KIND_OF_TOOL.source}`, 'i');

/**
 * Some of a tool's equipment, named before its ending: old, earlier or a number of it ("the older aircraft", "the
 * previous version of the software", "Those legacy cameras", "a batch of older cameras", "214 fixed ANPR cameras");
 * not a year ("in 2020 the software was withdrawn"), nor a table's row number ("4  Predictive software  N/A").
 */
const OLD_EQUIPMENT =
  /\b(?:(?:older|old|legacy|previous|original|earlier|former|first[\s-]generation|outgoing)\s+(?:(?!(?:and|or|the|of|in|was|were)\b)[\w-]+\s+){0,3}?|a\s+batch\s+of\s+|(?<![\w.,])(?!(?:19|20)\d\d\b)\d[\d,]* (?:(?!(?:and|or|the|of|in|was|were)\b)[\w-]+\s+){0,3}?)(?:cameras?|units?|kiosks?|devices?|models?|versions?|software|aircraft|drones?|systems?|equipment|hardware|fleet)\b/i;

/**
 * True when a clause denies a kind of the tool other than `usedKind` (the empty string for use told of no kind), whose
 * use was told; not when it denies two kinds together ("no business case to introduce live or retrospective ...").
 */
function deniesOtherKind(clause: string, usedKind: string): boolean {
  const kind = KIND_OF_TOOL.exec(clause);
  return kind !== null && kind[0].toLowerCase() !== usedKind && !KINDS_TOGETHER.test(clause);
}

/** A denial of some use only: "not routinely", or of use "for the surveillance of ...". */
const QUALIFIED_DENIAL = /^[^.;]{0,40}?\b(?:routinely|for\s+(?:the\s+)?(?:purposes?\s+of|surveillance|monitoring))\b/i;

/**
 * An earlier answer reported as said, which a correction or review then replaces: "In our letter of 14 February we
 * said that the force operates drones", "the original response stated that ...". Not one "confirmed", which the
 * letter stands by ("the response to your previous request, in which we confirmed that ...").
 */
const REPORTED_ANSWER =
  /\b(?:we|I|(?:the|our|my)\s+(?:original|earlier|previous|initial|first)\s+(?:response|reply|answer|letter|decision))\s+(?:had\s+|has\s+|have\s+)?(?:said|stated|advised|indicated|told\s+you|wrote)\s+that\b/i;

/**
 * An earlier answer reported by its date: "Our response of 6 October stated that ...", "... contained a paragraph
 * stating that ...". A review may recap answers so that they stand, so it is passed over only where the words with it
 * say it was wrong or replaced ({@link CORRECTED}).
 */
export const DATED_REPORT =
  /\b(?:the|our|my)\s+(?:response|reply|letter)\s+(?:of|dated|sent\s+on|issued\s+on)\s+[\w ,]{1,30}?\s+(?:had\s+|has\s+)?(?:said|stated|advised|indicated|told\s+you|contained\s+an?\s+(?:paragraph|sentence|statement|passage)\s+(?:stating|saying))\s+that\b/i;

/** Words telling that an answer reported as said was wrong or has been replaced: "That was an error." */
export const CORRECTED =
  /\b(?:error|mistaken?|incorrect(?:ly)?|inaccurate(?:ly)?|wrong(?:ly)?|withdrawn|withdraw|superseded?|replaced?|correct(?:ed|ion)|no\s+longer\s+(?:accurate|correct|the\s+case))\b/i;

/**
 * True when the use a clause tells is not the authority's answer: the requester's words, hedged (the cue's own words
 * are no hedge: "Officers may carry out open source research" is what they do), another body's, what is done instead
 * of a tool denied ("Crime analysis is carried out using conventional techniques"), a trial's own workings ("During
 * the trial, drones have been used ..."), what a product works with ("The model uses historic incident data"), or
 * another body's told in a relative clause ("... the Fire and Rescue Service, which operates its own drone").
 */
function useSetAside(clause: string, clauseBefore: string, used: RegExpExecArray, cues: Cues): boolean {
  return (
    REQUESTER_BEFORE.test(clause.slice(Math.max(0, used.index - REQUESTER_REACH), used.index)) ||
    isHedged(withoutCue(clause, used), used.index + 1) ||
    BY_ANOTHER_BODY.test(clause.slice(used.index + used[0].length)) ||
    ownedByAnotherBody(clause, used.index) ||
    (cues.notUsed && OTHER_MEANS.test(clause)) ||
    (cues.trialled && WITHIN_TRIAL.test(clauseBefore)) ||
    PRODUCT_USES.test(clause.slice(0, used.index + used[0].length)) ||
    (RELATIVE_OPENING.test(clause.slice(0, used.index)) && OTHER_BODY_NAMED.test(clauseBefore))
  );
}

/** A relative clause's opening, up to its verb of use: " which operates", " who also use". */
const RELATIVE_OPENING = /^\s*(?:which|who)\s+(?:also\s+|currently\s+|now\s+)?$/i;
/** A body other than a police force, closing the clause before: "Fire and Rescue Service", "the city council". */
const OTHER_BODY_NAMED = /\b(?:Fire\s+and\s+Rescue\s+Service|Fire\s+Service|[Cc]ouncil|Highways|Network\s+Rail|Ambulance\s+Service|Agency|NHS\s+Trust|[Cc]ompany|[Cc]ompanies|Ltd|Limited|plc|operators?)\s*$/;

/** A product as the subject of "uses": "The model uses", "the software employs". */
const PRODUCT_USES = /\b(?:the|this|that|its|each)\s+(?:[\w-]+\s+)?(?:model|system|tool|software|product|algorithm|app|application|platform)\s+(?:uses|utili[sz]es|employs)$/i;

/** Words placing what follows inside a trial: "During the trial", "as part of the pilot". */
const WITHIN_TRIAL = /\b(?:during|throughout|in\s+the\s+course\s+of|as\s+part\s+of)\s+(?:the|this|that|its|our)\s+(?:[\w-]+\s+)?(?:trial|pilot)s?\b/i;

/** Use now, after a trial told earlier in the clause: "is now in operational use", "are now deployed", "now uses". */
const NOW_IN_USE = /\bnow\s+(?:in\s+(?:(?:operational|full|routine|general|everyday)\s+){0,2}use|(?:fully\s+)?operational|used|deployed|rolled\s+out|uses?|deploys?)\b/i;

/** Words before a trial telling that what the clause says came after it: "since a pilot in 2021", "following the trial". */
const AFTER = /\b(?:since|after|following)\s+(?:(?:the|a|an|its|our|their)\s+)?(?:successful\s+)?$/i;

/** The clause with the cue's words left out (a space in their place), to ask what the rest of it says. */
function withoutCue(clause: string, cue: RegExpExecArray): string {
  return `${clause.slice(0, cue.index)} ${clause.slice(cue.index + cue[0].length)}`;
}

/**
 * Equipment renewed or added to: "replacement body worn cameras", "the refresh of the ANPR network", "additional
 * drones", "the replacement of Essex Police's body worn video cameras".
 */
const RENEWAL = /\b(?:replacement|replacing|refresh(?:ing)?|renewal|upgrad(?:e|es|ing)|additional|further)\s+(?:of\s+(?:the|its|our|(?:[\w-]+\s+){0,3}?[\w-]+['’]s)\s+)?(?:[\w-]+\s+){0,3}?(?:cameras|devices|drones|aircraft|kiosks|units|network|equipment|fleet|systems?|licen[cs]es)\b/i;

/** A relative clause, telling more of what (or where) the clause before named: "..., where cameras were issued". */
const RELATIVE_CLAUSE = /^[\s\u00a0]*(?:which|that|who|where|whereby|(?:in|during|under)\s+which)\b/i;

/** The words that make a clause a question or a supposition ("whether or not the force uses ...", "if it used ..."). */
const HEDGE_WORD = /\b(?:whether|if)\b/i;

/** The requester as the subject of a use told: "The terms you have used ('predictive policing', ...)". */
const REQUESTER_BEFORE = /\byou[\s\u00a0]+(?:(?:have|had)[\s\u00a0]+)?$/i;
/** How far before a use cue {@link REQUESTER_BEFORE} is read. */
const REQUESTER_REACH = 12;

/**
 * A clause going on with what a hypothetical clause asks: "(whether any department has made use of tools of this
 * kind,) and the occasions on which they were used", "and how often".
 */
const ASKED_ALONG = /^[\s\u00a0]*(?:and|or)[\s\u00a0]+(?:the[\s\u00a0]+\w+[\s\u00a0]+(?:on|in|for|by|to|at)[\s\u00a0]+which|how|when|where|why|what)\b/i;

/** A clause opening "nor": a denial by itself. */
const NOR = /^[\s\u00a0]*(?:and[\s\u00a0]+)?nor\b/i;

/**
 * A clause opening "or" or "nor", or going on with a list of verbs ("has not trialled, piloted or procured ..."):
 * more of the clause before, cut off by a comma.
 */
const CONTINUATION =
  /^[\s\u00a0]*(?:(?:and[\s\u00a0]+)?n?or\b|(?:trialled|trialed|piloted|tested|evaluated|procured|purchased|bought|acquired|licensed|leased|installed|introduced|adopted|used|deployed)\b)/i;
/** A clause joined on to the one before: "and ...", "or ...", "nor ...". */
const JOINED_ON = /^[\s\u00a0]*(?:and|n?or)\b/i;

/** Whether read cues give no status at all. */
export function saysNothing(cues: Cues): boolean {
  return !(cues.ncnd || cues.used || cues.notUsed || cues.trialled || cues.withheld);
}

export function noCues(): Cues {
  return { ncnd: false, covert: false, overt: false, used: false, usedIndirectly: false, notUsed: false, ended: false, trialled: false, withheld: false };
}

const SENTENCE_END = /[.;!?](?=\s|$)/g;

/** Where the sentence holding `at` begins: after the last stop before it that a space follows, or at 0. */
function sentenceStartBefore(value: string, at: number): number {
  for (let i = at - 1; i > 0; i--) {
    const code = value.charCodeAt(i - 1);
    if ((code === 46 || code === 59 || code === 33 || code === 63) && /\s/.test(value[i])) return i;
  }
  return 0;
}

function sentenceEndAfter(value: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  const end = SENTENCE_END.exec(value);
  return end ? end.index + 1 : value.length;
}
