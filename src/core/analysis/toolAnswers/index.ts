// Suggests, for every tool a letter answers about, what the authority said (a status from TOOL_STATUSES), with
// the sentence that says it, a confidence and the sections relied on. The letter is read as answer units (a
// per-tool answer line such as "Hacking – I can neither confirm nor deny ...", or a sentence outside the quoted
// request); each unit's wording gives signals, the unit's tool mentions (or, for "it"/"this technology", the
// tool under discussion) say whom they are about, and each tool's signals are then combined.
//
// This file runs the stages in order; each stage lives in a module of its own beside it.

import type { ToolAnswer, ToolMention } from '../../model';
import { splitLines } from '../lines';
import { inWebAddress } from '../sentences';
import { MAX_BACK_REFERENCES, referredSignals, type BackReference } from './backReferences';
import { combine, replacesAnswer } from './combine';
import { CueFinder } from './cueFinder';
import { groupBy, uniqueInOrder } from './lists';
import { OverlapCursor } from './overlapCursor';
import { numberedQuestions } from './questions';
import { readUnit, type FoundNearby } from './readUnit';
import { CONFIDENCE, type PendingBlanket, type Signal } from './signal';
import type { ToolAnswerInput } from './toolAnswerInput';
import { buildUnits } from './units';
import { ownForceName } from './wording';

export type { ToolAnswerInput } from './toolAnswerInput';

/** Suggests a status for every tool the letter answers about, and `no-answer` for requested tools it never does. */
export function findToolAnswers(input: ToolAnswerInput): ToolAnswer[] {
  // Every tool an answer can be about is named somewhere in the letter.
  if (input.mentions.length === 0) return [];
  const { text } = input;
  const lines = input.lines ?? splitLines(text);
  const outside: ToolMention[] = [];
  const requestedMentions: ToolMention[] = [];
  for (const mention of input.mentions) {
    if (mention.inRequest) requestedMentions.push(mention);
    // A tool named only in a web address's words ("/disclosure-2024/drones-and-anpr-cameras/") says nothing of it.
    else if (!inWebAddress(text, mention.span.start)) outside.push(mention);
  }
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
    argumentParagraphs: new OverlapCursor(input.argument, (s) => s),
    ncnd: new OverlapCursor(input.ncnd, (s) => s.span),
    citations: new OverlapCursor(input.citations, (c) => c.span),
    cues: cueFinder,
    ownForce: ownForceName(input.authority),
    requested,
  };
  for (const unit of units) readUnit(text, lines, unit, found, signals, blankets);

  const answered = new Set(signals.map((s) => s.tool));
  for (const blanket of blankets) {
    // A request sent on to another body still covers the tools left unanswered beside an aside on one of them.
    if (blanket.kind === 'all' && answered.size > 0 && !blanket.transferred) {
      // "It will neither confirm nor deny ... covert online accounts" after the one tool answered: the rest of it.
      if (answered.size === 1 && blanket.status === 'ncnd' && blanket.partial && requested.length === 0) signals.push(coverRest(blanket, [...answered][0]));
      continue;
    }
    const confidence = blanket.kind === 'all' ? CONFIDENCE.blanket : CONFIDENCE[blanket.kind];
    // "Items 1, 3 and 5: yes. The remainder: not held": when every tool of the question answered is answered, the
    // remaining tools are the rest of the request's.
    const topic = blanket.kind === 'remaining' && blanket.topic.every((tool) => answered.has(tool)) ? requested : blanket.topic;
    for (const tool of topic) {
      if (answered.has(tool)) continue;
      signals.push({
        tool,
        status: blanket.status,
        confidence,
        unit: blanket.unit,
        sections: blanket.sections,
        partial: blanket.partial,
        // A numbered question's answer sending its tools on ("(2) to (5): ... not held. Please contact <Body>.") is
        // as specific as one naming them; so is the request sent on to another body, or the requester.
        specific: blanket.kind === 'question' || blanket.transferred === true || blanket.sendsOn === true,
      });
    }
  }

  const withSignals = new Set(signals.map((s) => s.tool));
  for (const reference of backReferences.slice(0, MAX_BACK_REFERENCES)) {
    const targets = reference.topic.filter((tool) => !withSignals.has(tool));
    if (targets.length === 0) continue;
    for (const signal of referredSignals(text, reference, targets, signals, blankets, questions)) {
      signals.push(signal);
      withSignals.add(signal.tool);
    }
  }

  // The requested tools first, then any other answered about, each in the order first met.
  const byTool = groupBy(signals, (s) => s.tool);
  const replacesEarlier = replacesAnswer(text);
  const answers: ToolAnswer[] = [];
  for (const tool of requested) {
    const toolSignals = byTool.get(tool);
    answers.push(toolSignals ? combine(text, tool, toolSignals, replacesEarlier) : noAnswer(input, tool));
  }
  for (const [tool, toolSignals] of byTool) if (!requested.includes(tool)) answers.push(combine(text, tool, toolSignals, replacesEarlier));
  return answers;
}

/** A partial NCND naming no tool, given to the one tool answered when nothing was asked by name. */
function coverRest(blanket: PendingBlanket, tool: string): Signal {
  return { tool, status: 'ncnd', confidence: CONFIDENCE.blanket, unit: blanket.unit, sections: blanket.sections, partial: true, specific: false };
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

function uniqueTools(mentions: readonly ToolMention[]): string[] {
  return uniqueInOrder(mentions.map((m) => m.tool));
}
