// Combines one tool's signals into its answer: NCND, partial NCND, or the most telling status, with a confidence
// lowered by disagreement. Separate because it changes with how statuses rank, not with how letters are read.

import type { ToolAnswer, ToolStatus } from '../../model';
import type { Span } from '../../text';
import { matchEach, phraseList } from '../phraseScan';
import { addOnce } from './lists';
import { CONFIDENCE, type Signal } from './signal';

/** Statuses that answer overt use, which an NCND of covert use alone leaves open. */
const OVERT_ANSWER_STATUSES: ReadonlySet<ToolStatus> = new Set(['used', 'not-used', 'not-held', 'trialled']);

/** Units this close together are quoted together as evidence for a combined answer (overt denial + covert NCND). */
const EVIDENCE_JOIN_REACH = 800;

/**
 * Which status wins when one tool has several non-NCND signals. A referral naming the tool ("for IMSI catchers
 * please contact the Home Office") says more than a general "not held"; a general referral says less.
 */
const PRIORITY: readonly { status: ToolStatus; specific?: boolean; indirect?: boolean }[] = [
  { status: 'used', indirect: false },
  { status: 'trialled', indirect: false },
  { status: 'not-used' },
  // A trial that ended: "The trial ended in October 2018 ... does not currently use it".
  { status: 'trialled', indirect: true },
  // Use over a closed period is the past: "used ... between 2015 and 2018" beside "does not currently use"; and a
  // report published about a tool may be a pilot's: "ran a pilot ... The evaluation report is published".
  { status: 'used', indirect: true },
  { status: 'refused' },
  { status: 'referred', specific: true },
  { status: 'not-held' },
  { status: 'referred', specific: false },
];

/**
 * Words telling that the letter replaces an earlier answer: a review overturning it, a correction, an NCND
 * withdrawn ("I therefore withdraw the neither confirm nor deny response ... and replace it with the following").
 */
const REPLACES_ANSWER = phraseList([
  new RegExp(
    [
      String.raw`\bwithdr(?:aw|aws|awn|awing|ew)\s+(?:[\w-]+\s+){0,6}?(?:response|answer|reply|statement|NCND)\b`,
      String.raw`\b(?:response|answer|reply|statement|NCND)\s+(?:[\w-]+\s+){0,6}?(?:is|was|has\s+been)\s+(?:\w+\s+)?withdrawn\b`,
      // "The original decision is upheld in part and overturned in part"; not "may be overturned".
      String.raw`(?<=\b(?:I|we|have|is|are|was|were|been|and)\s+(?:\w+\s+){0,2})\boverturn(?:ed)?\b`,
      String.raw`\b(?:original|earlier|previous|initial|first)\s+(?:response|answer|reply|letter)\b[^.;]{0,80}?\b(?:was|is|were)\s+(?:incorrect|inaccurate|wrong|in\s+error)\b`,
      String.raw`\bcontained\s+(?:an?\s+)?(?:error|mistake|inaccuracy)\b`,
      String.raw`\breplaced?\s+(?:it|this|them|that|the\s+(?:\w+\s+){0,2}?(?:response|answer|reply))\s+with\b`,
    ].join('|'),
    'gi',
  ),
]);

/**
 * Whether `text` replaces an earlier answer. The phrases are found in the one scan of the letter's words for every
 * recogniser's phrases, tried only at words that can open one: the lookbehind keeps "is", "and" and the like from
 * being such words.
 */
export function replacesAnswer(text: string): boolean {
  return matchEach(text, REPLACES_ANSWER)[0].length > 0;
}

/**
 * One tool's answer from its signals. NCND with an overt answer, or NCND of covert use alone beside another answer,
 * is partial NCND; otherwise the most telling status wins, and disagreement lowers the confidence. In a letter that
 * replaces an earlier answer, the later of an NCND and a direct answer is the answer now.
 */
export function combine(text: string, tool: string, signals: readonly Signal[], replacesEarlier: boolean): ToolAnswer {
  let ncnd = signals.filter((s) => s.status === 'ncnd');
  const others = trialDescribed(pastUseEnded(signals.filter((s) => s.status !== 'ncnd')));
  // Use or non-use told directly, with the confidence of a unit naming the tool.
  const direct = others.filter((s) => OVERT_ANSWER_STATUSES.has(s.status) && s.status !== 'not-held' && !s.indirect && s.confidence >= CONFIDENCE.mention);
  // Whether an NCND replaces a direct answer given before it, as a review may ("The answer on IMSI catchers is
  // replaced with a neither confirm nor deny response"), or a direct answer replaces an NCND.
  let ncndReplaces = false;
  if (ncnd.length > 0 && others.length > 0 && replacesEarlier) {
    const lastNcnd = Math.max(...ncnd.map((s) => s.unit.start));
    if (direct.some((s) => s.unit.start > lastNcnd)) ncnd = [];
    else ncndReplaces = direct.length > 0;
  }
  if (ncnd.length > 0) {
    const overtAnswers = others.filter((s) => OVERT_ANSWER_STATUSES.has(s.status));
    // A use or denial told directly in a unit of its own that names the tool ("Open source research - Yes." beside
    // "Social media intelligence tools - NCND") answers part of what the NCND leaves, as an NCND of covert use does.
    const answeredApart = !ncndReplaces && direct.some((s) => !ncnd.some((n) => n.unit.start === s.unit.start));
    const partial = (ncnd.some((s) => s.partial) || answeredApart) && (overtAnswers.length > 0 || ncnd.some((s) => s.overtAnswered === true));
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
  // Use in a period that closed does not gainsay a denial of use now.
  const conflicting = others.some((s) => s.status !== status && !s.indirect && conflicts(status, s.status));
  return {
    tool,
    status,
    confidence: clamp(best.confidence - (conflicting ? CONFIDENCE.conflictPenalty : 0)),
    evidence: best.unit,
    text: text.slice(best.unit.start, best.unit.end),
    exemptions: status === 'refused' ? sectionsOf(chosen) : [],
  };
}

/**
 * The signals with use or a trial told before an ending of it, or with it, taken as the past ({@link Signal.indirect}):
 * "HART was used to inform decisions. It has since been withdrawn.", "The trial ended in October 2018". Use told after
 * the ending keeps use; a trial told after it keeps the trial.
 */
function pastUseEnded(signals: Signal[]): Signal[] {
  let lastEnding = -1;
  for (const s of signals) if (s.ended && s.unit.start > lastEnding) lastEnding = s.unit.start;
  if (lastEnding < 0) return signals;
  const usedAfter = signals.some((s) => s.status === 'used' && s.unit.start >= lastEnding);
  const trialAfter = signals.some((s) => s.status === 'trialled' && s.unit.start > lastEnding);
  const past = (s: Signal): boolean => !s.indirect && ((s.status === 'used' && !usedAfter) || (s.status === 'trialled' && !trialAfter));
  return signals.map((s) => (past(s) ? { ...s, indirect: true } : s));
}

/**
 * The signals with use told between two accounts of a trial of the tool, by words that do not name it, taken as part
 * of the trial ({@link Signal.indirect}): "The force is taking part in a pilot of operator initiated facial
 * recognition. A small number of officers have been issued with an app ... The pilot began in February 2024". Not use
 * told after a trial that nothing then returns to: "The force piloted kiosks in 2018. They have been in use since".
 */
function trialDescribed(signals: Signal[]): Signal[] {
  const trials = signals.filter((s) => s.status === 'trialled' && !s.indirect);
  const named = trials.filter((s) => s.confidence >= CONFIDENCE.mention);
  if (named.length === 0 || signals.some((s) => s.status === 'used' && !s.indirect && s.confidence >= CONFIDENCE.mention)) return signals;
  const firstTrial = Math.min(...named.map((s) => s.unit.start));
  const lastTrial = Math.max(...trials.map((s) => s.unit.start));
  const partOfTrial = (s: Signal): boolean => s.status === 'used' && !s.indirect && s.unit.start > firstTrial && s.unit.start < lastTrial;
  return signals.map((s) => (partOfTrial(s) ? { ...s, indirect: true } : s));
}

/** Where a signal's status stands in {@link PRIORITY}. */
function rankOf(signal: Signal): number {
  for (let rank = 0; rank < PRIORITY.length; rank++) {
    const { status, specific, indirect } = PRIORITY[rank];
    if (signal.status !== status) continue;
    if ((specific === undefined || specific === signal.specific) && (indirect === undefined || indirect === (signal.indirect === true))) return rank;
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

function clamp(value: number): number {
  return Math.round(Math.max(0.05, Math.min(0.99, value)) * 100) / 100;
}
