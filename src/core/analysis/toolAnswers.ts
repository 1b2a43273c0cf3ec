// Suggests, for every tool a letter answers about, what the authority said (a status from TOOL_STATUSES), with
// the sentence that says it, a confidence and the sections relied on. The letter is read as answer units (a
// per-tool answer line such as "Hacking – I can neither confirm nor deny ...", or a sentence outside the quoted
// request); each unit's wording gives signals, the unit's tool mentions (or, for "it"/"this technology", the
// tool under discussion) say whom they are about, and each tool's signals are then combined.

import type { Citation, NcndStatement, Referral, Statement, ToolAnswer, ToolMention, ToolStatus } from '../model';
import type { Span } from '../text';
import { isAnswerHeading, isQuestionLabel, stripListMarker } from './answerLanguage';
import { lineIndexAt, splitLines, type Line } from './lines';
import { matchStarts } from './phraseScan';
import { insideRegions, mergeSpans } from './request';

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

const NCND_CUE =
  /\b(?:neither\s+(?:confirms?|confirming|confirmed)\s+nor\s+den(?:y|ies|ying|ied)|NCND|can\s*not\s+(?:either\s+)?confirm\s+or\s+deny)\b/i;
const COVERT = /\bcovert(?:ly)?\b/i;
const OVERT = /\bovert(?:ly)?\b/i;
const NOT_USED_CUE = new RegExp(
  [
    '\\b(?:do|does|did)(?:\\s+not|n[\'’]t)\\s+(?:currently\\s+|presently\\s+|at\\s+present\\s+)?(?:use|utili[sz]e|deploy|operate|employ|own|possess)\\b',
    '\\b(?:is|are|was|were|has|have)\\s+not\\s+(?:currently\\s+|presently\\s+|been\\s+)?(?:using|used|in\\s+use|deployed|deploying|utili[sz]ing|utili[sz]ed|operating|operated)\\b',
    '\\bno\\s+(?:overt\\s+|current\\s+)?(?:use|deployment)\\s+(?:of|by)\\b',
    '\\bnot\\s+(?:currently\\s+)?in\\s+use\\b',
    '\\b(?:has|have)\\s+never\\s+(?:used|deployed|utili[sz]ed)\\b',
    '\\bnever\\s+(?:been\\s+)?(?:used|deployed)\\b',
    '\\bno\\s+(?:current\\s+)?plans?\\s+to\\s+(?:use|introduce|deploy|trial|procure|purchase|implement|acquire|adopt)\\b',
    '\\bnot\\s+(?:currently\\s+)?(?:planning|intending)\\s+to\\s+(?:use|introduce|deploy|trial|procure|purchase|implement|acquire|adopt)\\b',
  ].join('|'),
  'i',
);
const USED_CUE = new RegExp(
  [
    '\\b(?:do|does|did)\\s+(?:currently\\s+|presently\\s+)?(?:use|utili[sz]e|deploy|operate|employ)\\b',
    '\\b(?:uses|utili[sz]es|employs|operates|deploys)\\b',
    '\\b(?:is|are|has\\s+been|have\\s+been)\\s+(?:currently\\s+|presently\\s+|routinely\\s+|regularly\\s+|widely\\s+|being\\s+)?(?:used|utili[sz]ed|deployed|operated|employed|in\\s+use|in\\s+operation)\\b',
    '\\b(?:is|are)\\s+(?:currently\\s+|presently\\s+)?(?:using|utili[sz]ing|deploying|operating)\\b',
    '\\b(?:has|have)\\s+(?:deployed|used|utili[sz]ed|introduced|adopted|rolled\\s+out|procured|purchased)\\b',
    '\\bwe\\s+(?:currently\\s+|presently\\s+)?(?:use|utili[sz]e|deploy|operate|employ)\\b',
  ].join('|'),
  'i',
);
const TRIAL_CUE = new RegExp(
  [
    '\\btrial(?:l?ed|l?ing)\\b',
    '\\b(?:a|the)\\s+trial\\b',
    '\\btrial\\s+(?:of|basis|period|deployment|phase|scheme)\\b',
    '\\bpilot(?:ed|ted|ing|ting)\\b',
    '\\bpilot\\s+(?:scheme|project|study|programme|program|phase|basis|period|deployment)\\b',
    '\\b(?:as\\s+)?a\\s+pilot\\b',
    '\\bproof\\s+of\\s+concept\\b',
    '\\b(?:plan(?:s|ning)?|intend(?:s|ing)?|propos(?:es|ing)|looking)\\s+to\\s+(?:introduce|use|deploy|trial|procure|purchase|implement|acquire|adopt)\\b',
    '\\b(?:being|was|were)\\s+(?:evaluated|tested)\\b',
  ].join('|'),
  'i',
);
const NEGATION_BEFORE = /\b(?:not|no|never)\b[^,;.]{0,25}$|n['’]t\b[^,;.]{0,25}$/i;
const WITHHELD_CUE =
  /\b(?:withheld|withhold(?:ing)?|(?:is|are|being|remains?)\s+exempt|exempt\s+from\s+disclosure|refus(?:e|ed|ing|al)|(?:will|can|cannot|could)\s*not\s+be\s+(?:provided|disclosed|released)|(?:is|are)\s+not\s+(?:being\s+)?(?:provided|disclosed|released)|exceed(?:s|ed)?\s+the\s+(?:appropriate|cost|fees?)\s+limit)\b/i;
/** Words that make a clause hypothetical or argumentative ("would show criminals whether ... is used"). */
const HEDGE = /\b(?:would|could|might|may|whether|if|should|able\s+to)\b/i;
const CLAUSE_BREAK = /[,;:]|\b(?:but|however|although|though|whereas|whilst|while)\b/i;
/** A bare "Yes" or "No" as the whole answer, or before a stop or dash ("No – the force does not ..."). */
const YES_NO = /^[^\p{L}\p{N}]{0,4}(yes|no)(?:[^\p{L}\p{N}]*$|[ \t]*[.,;:–—-])/iu;
/** Words standing for the tool under discussion. */
const ANAPHORA =
  /\b(?:it|this|these|they|such\s+(?:technology|technologies|systems?|tools?|equipment|tactics?|capabilit(?:y|ies))|(?:this|that|the)\s+(?:technology|technologies|tool|tactic|system|capability|equipment|software)|this\s+type\s+of)\b/i;
/** "The other tools and tactics you refer to": the statement covers every requested tool not answered so far. */
const REMAINING_TOOLS =
  /\b(?:other|remaining)\s+(?:tools|tactics|technolog(?:y|ies)|systems|items|capabilities|equipment|types)\b|\bany\s+of\s+the\s+other\b|\bthe\s+rest\b/i;
/** After a tool's name at the start of a line, what makes it a per-tool answer: "Hacking – ...", "ANPR: Yes". */
const PER_TOOL_SEPARATOR = /^(?:[ \t]*\([^)\n]{0,30}\))?(?:[ \t]+[\p{L}]{1,14}){0,3}?[ \t]*(?:\*\*)?(?:[ \t]*[–—:|]|[ \t]+-[ \t]|\t|[ \t]{2,}(?=\S))/u;
/** A numbered answer line: "1)", "2.", "A3:", "Answer 2 -", "Response to question 4:". */
const ANSWER_NUMBER =
  /^[^\p{L}\p{N}\n]{0,4}(?:(?:Q|A|Answer|Response|Question)[ \t]*(?:to[ \t]+question[ \t]*)?)?(\d{1,2})[ \t]*[.):\-–]/iu;

/**
 * Statuses a statement naming no tool can give every requested tool ("the information requested is not held");
 * a bare "is used" with no tool named says nothing about which tool.
 */
const WHOLE_REQUEST_STATUSES: ReadonlySet<ToolStatus> = new Set(['ncnd', 'not-held', 'refused', 'referred']);
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
  /** False when no cue phrase begins inside the unit, so its words need not be read for cues. */
  readonly mayCue: boolean;
  /** The tool a per-tool answer line names. */
  readonly lineTool: string | undefined;
  /** Tools named in the unit, outside the request. */
  readonly named: readonly string[];
  /** Tools under discussion where the unit sits: the question it answers, or the whole request. */
  readonly topic: readonly string[];
  /** The words after a per-tool label or an answer number, where a bare "Yes" or "No" is read. */
  readonly answerText: string | undefined;
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

interface PendingBlanket {
  readonly kind: 'remaining' | 'all';
  readonly status: ToolStatus;
  readonly topic: readonly string[];
  readonly unit: Span;
  readonly sections: readonly string[];
  readonly partial: boolean;
}

/** Suggests a status for every tool the letter answers about, and `no-answer` for requested tools it never does. */
export function findToolAnswers(input: ToolAnswerInput): ToolAnswer[] {
  const { text } = input;
  const lines = input.lines ?? splitLines(text);
  const outside = input.mentions.filter((m) => !m.inRequest);
  const requested = uniqueTools(input.mentions.filter((m) => m.inRequest));
  const questions = numberedQuestions(lines, input.request, input.mentions);
  const units = buildUnits(input, lines, outside, requested, questions);

  const signals: Signal[] = [];
  const blankets: PendingBlanket[] = [];
  const found: FoundNearby = {
    argument: new OverlapCursor(mergeSpans(input.argument), (s) => s),
    ncnd: new OverlapCursor(input.ncnd, (s) => s.span),
    notHeld: new OverlapCursor(input.notHeld, (s) => s.span),
    referrals: new OverlapCursor(input.referrals, (s) => s.span),
    citations: new OverlapCursor(input.citations, (c) => c.span),
  };
  for (const unit of units) readUnit(text, lines, unit, found, signals, blankets);

  const answered = new Set(signals.map((s) => s.tool));
  for (const blanket of blankets) {
    if (blanket.kind === 'all' && answered.size > 0) continue;
    const confidence = blanket.kind === 'remaining' ? CONFIDENCE.remaining : CONFIDENCE.blanket;
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

  const answers: ToolAnswer[] = [];
  const byTool = groupBy(signals, (s) => s.tool);
  for (const tool of uniqueInOrder([...requested, ...signals.map((s) => s.tool)])) {
    const toolSignals = byTool.get(tool);
    if (toolSignals) {
      answers.push(combine(text, tool, toolSignals));
      continue;
    }
    const first = input.mentions.find((m) => m.tool === tool)!;
    answers.push({
      tool,
      status: 'no-answer',
      confidence: CONFIDENCE.noAnswer,
      evidence: first.span,
      text: text.slice(first.span.start, first.span.end),
      exemptions: [],
    });
  }
  return answers;
}

/** Tools named in each numbered question of the request ("1. Does your force use drones?"). */
function numberedQuestions(lines: readonly Line[], request: readonly Span[], mentions: readonly ToolMention[]): Map<number, string[]> {
  const questions = new Map<number, string[]>();
  let current: number | undefined;
  let mentionIndex = 0;
  for (const region of request) {
    current = undefined;
    for (let i = lineIndexAt(lines, region.start); i < lines.length && lines[i].start < region.end; i++) {
      const line = lines[i];
      const number = answerNumber(line.text);
      if (number) current = Number(number[1]);
      while (mentionIndex < mentions.length && mentions[mentionIndex].span.start < line.start) mentionIndex++;
      for (let m = mentionIndex; m < mentions.length && mentions[m].span.start < Math.min(line.end, region.end); m++) {
        if (current === undefined || !mentions[m].inRequest) continue;
        const tools = questions.get(current) ?? [];
        if (!tools.includes(mentions[m].tool)) tools.push(mentions[m].tool);
        questions.set(current, tools);
      }
    }
  }
  return questions;
}

/**
 * Splits the answer part of the letter into units: per-tool answer passages first, then every sentence outside
 * the request and outside those passages. Each unit learns its topic from the nearest answer number or request.
 */
function buildUnits(
  input: ToolAnswerInput,
  lines: readonly Line[],
  outside: readonly ToolMention[],
  requested: readonly string[],
  questions: ReadonlyMap<number, readonly string[]>,
): Unit[] {
  const { text, request } = input;
  const perToolStarts = perToolLines(text, lines, outside);
  const perTool: { span: Span; tool: string; answerText: string }[] = [];
  for (let k = 0; k < perToolStarts.length; k++) {
    const { line, tool, labelEnd } = perToolStarts[k];
    const stopAt = k + 1 < perToolStarts.length ? lines[perToolStarts[k + 1].line].start : text.length;
    const end = perToolPassageEnd(lines, line, stopAt, request);
    const separator = /^[^\p{L}\p{N}]*/u.exec(text.slice(labelEnd, Math.min(end, labelEnd + 40)))?.[0].length ?? 0;
    perTool.push({ span: { start: lines[line].start, end }, tool, answerText: text.slice(labelEnd + separator, end) });
  }

  const units: Unit[] = [];
  const topics = new TopicFinder(lines, request, requested, questions, input.mentions);
  const cues = new CueFinder(text);
  // Passages and sentences are each in text order; they are merged as the sentences are read.
  let p = 0;
  let merged = 0;
  let mentionIndex = 0;
  for (const sentence of input.sentences) {
    while (p < perTool.length && perTool[p].span.end <= sentence.start) p++;
    if (p < perTool.length && perTool[p].span.start <= sentence.start) continue;
    if (insideRegions(request, sentence.start)) continue;
    const nextPassage = p < perTool.length ? perTool[p].span.start : Number.POSITIVE_INFINITY;
    const end = Math.min(sentence.end, nextRegionStart(request, sentence.start), nextPassage);
    while (mentionIndex < outside.length && outside[mentionIndex].span.start < sentence.start) mentionIndex++;
    const named: string[] = [];
    for (let m = mentionIndex; m < outside.length && outside[m].span.start < end; m++) {
      if (!named.includes(outside[m].tool)) named.push(outside[m].tool);
    }
    const context = topics.at(sentence.start);
    const span = { start: sentence.start, end };
    while (merged < perTool.length && perTool[merged].span.start < sentence.start) units.push(passageUnit(perTool[merged++], cues));
    units.push({
      span,
      mayCue: cues.mayHold(span),
      lineTool: undefined,
      named,
      topic: context.topic,
      answerText: context.answerText,
    });
  }
  while (merged < perTool.length) units.push(passageUnit(perTool[merged++], cues));
  return units;
}

/** The unit of a per-tool answer passage: about its tool alone. */
function passageUnit(passage: { span: Span; tool: string; answerText: string }, cues: CueFinder): Unit {
  return {
    span: passage.span,
    mayCue: cues.mayHold(passage.span),
    lineTool: passage.tool,
    named: [passage.tool],
    topic: [passage.tool],
    answerText: passage.answerText,
  };
}

/** Lines outside the request that open with a tool's name and a separator: "Hacking – ...", "ANPR: Yes". */
function perToolLines(text: string, lines: readonly Line[], outside: readonly ToolMention[]): { line: number; tool: string; labelEnd: number }[] {
  const found: { line: number; tool: string; labelEnd: number }[] = [];
  for (const mention of outside) {
    const index = lineIndexAt(lines, mention.span.start);
    const line = lines[index];
    if (found.length > 0 && found[found.length - 1].line === index) continue;
    // A tool named at the start of a line sits after at most a short list marker.
    if (mention.span.start - line.start > MAX_LABEL_INDENT) continue;
    if (stripListMarker(text.slice(line.start, mention.span.start)).trim() !== '') continue;
    const after = text.slice(mention.span.end, Math.min(line.end, mention.span.end + 80));
    const separator = PER_TOOL_SEPARATOR.exec(after);
    if (!separator) continue;
    found.push({ line: index, tool: mention.tool, labelEnd: mention.span.end + separator[0].length });
  }
  return found;
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
    if (isAnswerHeading(line.text) || isQuestionLabel(line.text) || answerNumber(line.text)) break;
    if (blankBefore && !/^[*(†‡]/u.test(line.text.trimStart())) break;
    end = line.end;
    blankBefore = false;
  }
  return Math.min(end, stopAt);
}

interface TopicContext {
  readonly topic: readonly string[];
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
  readonly #questions: ReadonlyMap<number, readonly string[]>;
  readonly #regionTools: string[][];
  #lineIndex = 0;
  #regionIndex = -1;
  #numbered: { tools: readonly string[]; lineStart: number; answerText: string } | undefined;

  constructor(
    lines: readonly Line[],
    request: readonly Span[],
    requested: readonly string[],
    questions: ReadonlyMap<number, readonly string[]>,
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
  }

  at(offset: number): TopicContext {
    const lines = this.#lines;
    const request = this.#request;
    while (this.#regionIndex + 1 < request.length && request[this.#regionIndex + 1].start <= offset) {
      this.#regionIndex++;
      this.#numbered = undefined;
    }
    for (; this.#lineIndex < lines.length && lines[this.#lineIndex].start <= offset; this.#lineIndex++) {
      const line = lines[this.#lineIndex];
      const number = answerNumber(line.text);
      if (!number || insideRegions(request, line.start)) continue;
      const tools = this.#questions.get(Number(number[1]));
      this.#numbered = tools && tools.length > 0 ? { tools, lineStart: line.start, answerText: line.text.slice(number[0].length) } : undefined;
    }
    const numbered = this.#numbered;
    if (numbered) {
      const onNumberLine = lines[lineIndexAt(lines, offset)].start === numbered.lineStart;
      return { topic: numbered.tools, answerText: onNumberLine ? numbered.answerText : undefined };
    }
    const nearest = this.#regionIndex >= 0 ? this.#regionTools[this.#regionIndex] : [];
    return { topic: nearest.length > 0 ? nearest : this.#requested, answerText: undefined };
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
  readonly notHeld: OverlapCursor<Statement>;
  readonly referrals: OverlapCursor<Referral>;
  readonly citations: OverlapCursor<Citation>;
}

/** Reads one unit's wording and records its signals against the tools it is about. */
function readUnit(text: string, lines: readonly Line[], unit: Unit, found: FoundNearby, signals: Signal[], blankets: PendingBlanket[]): void {
  // A unit opening inside a harm or public interest argument gives reasons, not answers.
  const arguing = found.argument.overlaps(unit.span.start, unit.span.start + 1);
  const unitText = unit.mayCue ? text.slice(unit.span.start, unit.span.end) : undefined;
  const cues = unitText !== undefined ? readCues(unitText) : noCues();
  const bare = unit.answerText !== undefined ? YES_NO.exec(unit.answerText) : null;
  if (bare && !cues.ncnd && !arguing) {
    if (bare[1].toLowerCase() === 'yes') cues.used = true;
    else cues.notUsed = true;
  }
  const notHeld = !arguing && found.notHeld.overlaps(unit.span.start, unit.span.end);
  const referred = !arguing && found.referrals.overlaps(unit.span.start, unit.span.end);
  const answers = !arguing && (cues.used || cues.trialled || cues.notUsed || cues.withheld || notHeld || referred);
  // Without a cue or a statement the unit says nothing; most sentences of a letter end here.
  if (!cues.ncnd && !answers) return;
  const ncndStatements = found.ncnd.overlapping(unit.span);
  const words = unitText ?? text.slice(unit.span.start, unit.span.end);
  const sections = reliedOn(lines, unit, words, ncndStatements, found.citations);

  const statuses: { status: ToolStatus; partial: boolean; overtAnswered?: boolean }[] = [];
  if (cues.ncnd) {
    const overtAnswered = cues.notUsed || cues.used;
    const partial = cues.covert || cues.overt || overtAnswered || ncndStatements.some((s) => s.scope === 'partial');
    statuses.push({ status: 'ncnd', partial, overtAnswered });
  }
  if (!arguing) {
    if (cues.used) statuses.push({ status: 'used', partial: false });
    if (cues.trialled) statuses.push({ status: 'trialled', partial: false });
    if (cues.notUsed) statuses.push({ status: 'not-used', partial: false });
    if (cues.withheld && !cues.ncnd && sections.length > 0) statuses.push({ status: 'refused', partial: false });
    if (notHeld) statuses.push({ status: 'not-held', partial: false });
    if (referred) statuses.push({ status: 'referred', partial: false });
  }
  if (statuses.length === 0) return;

  let tools: readonly string[] = unit.named;
  let confidence: number = unit.lineTool ? CONFIDENCE.perToolLine : CONFIDENCE.mention;
  if (tools.length === 0 && unit.topic.length === 1 && (ANAPHORA.test(words) || bare)) {
    tools = unit.topic;
    confidence = bare ? CONFIDENCE.bareAnswer : CONFIDENCE.anaphora;
  }
  if (tools.length === 0) {
    const kind = REMAINING_TOOLS.test(words) ? 'remaining' : 'all';
    for (const { status, partial } of statuses) {
      if (kind === 'all' && !WHOLE_REQUEST_STATUSES.has(status)) continue;
      blankets.push({ kind, status, topic: unit.topic, unit: unit.span, sections: status === 'ncnd' || status === 'refused' ? sections : [], partial });
    }
    return;
  }
  for (const tool of tools) {
    for (const { status, partial, overtAnswered } of statuses) {
      const relied = status === 'ncnd' || status === 'refused' ? sections : [];
      signals.push({ tool, status, confidence, unit: unit.span, sections: relied, partial, overtAnswered, specific: true });
    }
  }
}

/**
 * The cues in a unit's words. An NCND clause is read for its scope only (its "whether it is used" is no answer);
 * use, non-use and trial are read clause by clause, skipping hypothetical clauses ("would show whether ...").
 */
function readCues(unitText: string): Cues {
  const cues = noCues();
  let rest = unitText;
  const ncnd = NCND_CUE.exec(unitText);
  if (ncnd) {
    cues.ncnd = true;
    const clauseEnd = sentenceEndAfter(unitText, ncnd.index + ncnd[0].length);
    cues.covert = COVERT.test(unitText.slice(ncnd.index, clauseEnd));
    rest = `${unitText.slice(0, ncnd.index)} ${unitText.slice(clauseEnd)}`;
  }
  cues.overt = OVERT.test(rest);
  cues.withheld = WITHHELD_CUE.test(rest);
  for (const clause of rest.split(CLAUSE_BREAK)) {
    if (clause.trim() === '' || HEDGE.test(clause)) continue;
    if (NOT_USED_CUE.test(clause)) {
      cues.notUsed = true;
      continue;
    }
    const trial = TRIAL_CUE.exec(clause);
    if (trial) {
      if (NEGATION_BEFORE.test(clause.slice(0, trial.index))) cues.notUsed = true;
      else cues.trialled = true;
      continue;
    }
    if (USED_CUE.test(clause)) cues.used = true;
  }
  return cues;
}

/**
 * The {@link ANSWER_NUMBER} of a line. A line opening with a letter other than the q, a or r of "Q", "A", "Answer",
 * "Response" or "Question" cannot have one, so it is not run through the expression.
 */
function answerNumber(lineText: string): RegExpExecArray | null {
  if (lineText.length === 0) return null;
  const first = lineText.charCodeAt(0) | 32;
  if (first >= 97 && first <= 122 && first !== 113 && first !== 97 && first !== 114) return null;
  return ANSWER_NUMBER.exec(lineText);
}

function noCues(): Cues {
  return { ncnd: false, covert: false, overt: false, used: false, notUsed: false, trialled: false, withheld: false };
}

/** Every phrase {@link readCues} reads: a unit in which none begins has no cues. */
const CUE_PATTERNS: readonly RegExp[] = [NCND_CUE, OVERT, WITHHELD_CUE, NOT_USED_CUE, TRIAL_CUE, USED_CUE];

/**
 * Whether a unit may hold cues: some cue phrase begins inside it. The phrases are found once in the whole text; a
 * unit cut mid-word (where a word boundary in its own words is none in the text) is always read.
 */
class CueFinder {
  readonly #text: string;
  readonly #starts: number[];

  constructor(text: string) {
    this.#text = text;
    this.#starts = matchStarts(text, CUE_PATTERNS);
  }

  mayHold(span: Span): boolean {
    const text = this.#text;
    const cutMidWord = (span.start > 0 && isWordCode(text.charCodeAt(span.start - 1))) || (span.end < text.length && isWordCode(text.charCodeAt(span.end)));
    if (cutMidWord) return true;
    const starts = this.#starts;
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] < span.start) low = mid + 1;
      else high = mid;
    }
    return low < starts.length && starts[low] < span.end;
  }
}

/** A character `\b` counts as part of a word. */
function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

function sentenceEndAfter(value: string, from: number): number {
  const end = /[.;!?](?=\s|$)/.exec(value.slice(from));
  return end ? from + end.index + 1 : value.length;
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
  if (/:\s*$/.test(unitText)) {
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
    const overtAnswers = others.filter((s) => ['used', 'not-used', 'not-held', 'trialled'].includes(s.status));
    const partial = ncnd.some((s) => s.partial) && (overtAnswers.length > 0 || ncnd.some((s) => s.overtAnswered === true));
    const main = ncnd[0];
    const sections = uniqueInOrder(ncnd.flatMap((s) => s.sections));
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
  const matches = (rank: (typeof PRIORITY)[number], s: Signal): boolean =>
    s.status === rank.status && (rank.specific === undefined || rank.specific === s.specific);
  const rank = PRIORITY.find((r) => others.some((s) => matches(r, s)))!;
  const status = rank.status;
  const chosen = others.filter((s) => matches(rank, s));
  const best = chosen.reduce((a, b) => (b.confidence > a.confidence ? b : a));
  const conflicting = others.some((s) => s.status !== status && conflicts(status, s.status));
  return {
    tool,
    status,
    confidence: clamp(best.confidence - (conflicting ? CONFIDENCE.conflictPenalty : 0)),
    evidence: best.unit,
    text: text.slice(best.unit.start, best.unit.end),
    exemptions: status === 'refused' ? uniqueInOrder(chosen.flatMap((s) => s.sections)) : [],
  };
}

/** Used against not used (or trialled against not used) disagree; not held beside not used does not. */
function conflicts(a: ToolStatus, b: ToolStatus): boolean {
  const pair = new Set([a, b]);
  return (pair.has('used') && pair.has('not-used')) || (pair.has('trialled') && pair.has('not-used'));
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
  readonly #spanOf: (item: T) => Span;
  #next = 0;

  constructor(items: readonly T[], spanOf: (item: T) => Span) {
    this.#items = [...items].sort((a, b) => spanOf(a).start - spanOf(b).start);
    this.#spanOf = spanOf;
  }

  /** True when some item overlaps `[start, end)`; same order rule as {@link overlapping}. */
  overlaps(start: number, end: number): boolean {
    const items = this.#items;
    while (this.#next < items.length && this.#spanOf(items[this.#next]).end <= start) this.#next++;
    for (let i = this.#next; i < items.length && this.#spanOf(items[i]).start < end; i++) {
      if (this.#spanOf(items[i]).end > start) return true;
    }
    return false;
  }

  overlapping(span: Span): T[] {
    const items = this.#items;
    while (this.#next < items.length && this.#spanOf(items[this.#next]).end <= span.start) this.#next++;
    const found: T[] = [];
    for (let i = this.#next; i < items.length && this.#spanOf(items[i]).start < span.end; i++) {
      if (overlaps(this.#spanOf(items[i]), span)) found.push(items[i]);
    }
    return found;
  }
}

/** Start of the first sorted region beginning after `offset`. */
function nextRegionStart(regions: readonly Span[], offset: number): number {
  let low = 0;
  let high = regions.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (regions[mid].start <= offset) low = mid + 1;
    else high = mid;
  }
  return low < regions.length ? regions[low].start : Number.POSITIVE_INFINITY;
}

/** Index of the sorted, non-overlapping region holding `offset`, or -1. */
function regionIndexAt(regions: readonly Span[], offset: number): number {
  let low = 0;
  let high = regions.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (regions[mid].end <= offset) low = mid + 1;
    else if (regions[mid].start > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}

function clamp(value: number): number {
  return Math.round(Math.max(0.05, Math.min(0.99, value)) * 100) / 100;
}
