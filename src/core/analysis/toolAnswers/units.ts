// Splits the answer part of a letter into units (per-tool passages and sentences outside the request), keeping only
// those that may say something. Separate from reading them (readUnit.ts): this decides where an answer is, not what.

import type { Referral, Statement, ToolMention, ToolStatus } from '../../model';
import type { Span } from '../../text';
import { blankLineBetween, endsWithColon, lastParagraph, type Line } from '../lines';
import { EMPTY_BOXES, TICKED_BOXES } from '../marks';
import { backReference, MAX_BACK_REFERENCE, pointsToRest, REST, type BackReference } from './backReferences';
import { afterAnswerWord, answerBesideNames, answersByPlace, answerSeries, answerToQuestions, answersEveryTool, answersNamedTools, answersRemainingTools, asksAboutOtherThanUse, asksAboutTrialOnly, asksNegatively, bareAnswerAt, firstPartAnswer, labelledAnswer, labelledFigureAt, mayOpenBare, namedAnswerPairs, nextCellWord, periodRowAnswer, secondLanguage, unansweredFormRow, verdictAt, type BareAnswer } from './bareAnswers';
import { announcedListEnd } from './announcedLists';
import { CUE, CueFinder } from './cueFinder';
import { columnTables, type ColumnTable } from './columnTables';
import { holdingRows } from './holdingRows';
import { readLegend, type Legend } from './legend';
import { inStartOrder, OverlapCursor } from './overlapCursor';
import { perToolPassages, type Passage } from './perToolPassages';
import { readCues, saysNothing } from './readCues';
import { inlineAnswer, isQuestion, keyedAnswers, questionsSetApart, questionsWithin, referredQuestions, type NamedQuestions } from './questions';
import { formerOrLatter, splitAtLatter } from './formerAndLatter';
import { addOnce } from './lists';
import { statusAt, statusItems, type StatusItem } from './statusLists';
import type { ToolAnswerInput } from './toolAnswerInput';
import { TopicFinder, type TopicContext } from './topicFinder';
import { SENDS_ON, Wording } from './wording';

export interface Unit {
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
  /** True when the unit answers several numbered questions together ("2 and 3. Yes."). */
  readonly severalQuestions: boolean;
  /**
   * True when the unit follows a request region asking one question ("4. Does the force use IMSI catchers or
   * hacking?"): a statement naming no tool then answers that question, as under a numbered answer.
   */
  readonly afterOneQuestion: boolean;
  /** True when no tool is named anywhere outside the request: every answer is then about the tools asked about. */
  readonly unnamedAnswer: boolean;
  /** A bare "Yes" or "No" after a per-tool label or an answer number, lower-cased. */
  readonly bare: BareAnswer | undefined;
  /** The status a table's mark in a per-tool row gives, read through the letter's key ("Hacking   NC"). */
  readonly marked?: ToolStatus;
  /** A not-held statement found by the statement finder overlaps the unit. */
  readonly notHeld: boolean;
  /** The referral overlapping the unit, or sending on what it names from just after it. */
  readonly referred: Referral | undefined;
  /** The tools of the questions the unit sets apart by number from what it says ("bar questions 2 and 5"). */
  readonly setApart?: readonly string[];
}

/**
 * Splits the answer part of the letter into units: per-tool answer passages first, then every sentence outside
 * the request and outside those passages. Each unit learns its topic from the nearest answer number or request.
 * Only the units that may say something are kept: most sentences of a letter hold no cue phrase, bare answer or
 * statement, and are passed over before anything is made for them.
 */
export function buildUnits(
  input: ToolAnswerInput,
  lines: readonly Line[],
  outside: readonly ToolMention[],
  requested: readonly string[],
  questions: ReadonlyMap<string, readonly string[]>,
  cueFinder: CueFinder,
  backReferences: BackReference[],
): Unit[] {
  const { text, request } = input;
  const tables = columnTables(text, lines, outside);
  const passages = perToolPassages(text, lines, outside, request, input.mentions);
  const perTool = withHoldingRows(tables.length === 0 ? passages : withTableCells(passages, tables), holdingRows(lines, outside));
  const legend = readLegend(lines);
  const listed = statusItems(lines, outside);
  // A key explains the table's marks; its "N/A = no information held" answers nothing. A table read by its columns
  // is read cell by cell, not as lines or sentences.
  const gridLines = new OverlapCursor([...legend.keyLines, ...tables.map((table) => table.span)], (s) => s);
  const units: Unit[] = [];
  const topics = new TopicFinder(text, lines, request, requested, questions, input.mentions);
  const statements = new StatementFinder(input);
  const references = new Map<string, NamedQuestions | undefined>();
  // Passages and sentences are each in text order; they are merged as the sentences are read.
  let p = 0;
  let merged = 0;
  let mentionIndex = 0;
  // The first request region that does not end before the sentence: it holds the sentence, or is the next one.
  let region = 0;
  // The tools named outside the request since the last region: an answer naming another tool is not the question's.
  const namedSinceRegion: string[] = [];
  // A sentence pointing the tools not yet answered to a published source, awaiting the refusal that says why.
  let restPointer: Span | undefined;
  // The last sentence given its tool by a pronoun, which may pass the tool on to the sentence after it.
  let pronoun: { sentence: Span; topic: TopicContext } | undefined;
  // The questions a sentence opened by naming ("In response to question 1, ..."): the rest of its paragraph answers
  // them, and, when it ends by announcing what follows ("... exempt by virtue of the following:"), so do the paragraphs
  // after it, until the next answer's label ("Question 2"), a tool's own answer or the next request region.
  let referenced: { context: TopicContext; at: number; announces: boolean } | undefined;
  // Where the list of names a sentence naming none announces ("The force uses the following:") ends, when its lines
  // say nothing of their own, name a tool from mention `next`, and end by `limit`.
  const namedList = (start: number, end: number, limit: number, next: number): number | undefined => {
    const list = announcedListEnd(text, lines, start, end);
    if (list === undefined || list > limit || next >= outside.length || outside[next].span.start >= list) return undefined;
    const saysNothing = !gridLines.overlaps(end, list) && cueFinder.patternsWithin(end, list) === 0 && !statements.notHeldIn(end, list) && !statements.referralIn(end, list);
    return saysNothing ? list : undefined;
  };
  // The end of a list read with the sentence announcing it: the list's own sentences are not read again.
  let listEnd = 0;
  const sentences = splitAtLatter(text, input.sentences);
  for (const [index, whole] of sentences.entries()) {
    if (whole.start < listEnd) continue;
    const sentenceBefore = index > 0 ? sentences[index - 1] : undefined;
    while (p < perTool.length && perTool[p].span.end <= whole.start) p++;
    let sentence = whole;
    if (p < perTool.length && perTool[p].span.start <= whole.start) {
      // A tool's own answer ("Item E - Mobile phone extraction ...") ends the questions a sentence opened by naming.
      referenced = undefined;
      // A row with no full stop runs on, as one sentence, into the paragraph after it, which is read by itself.
      const next = paragraphAfter(text, perTool[p].span.end, whole.end);
      if (next === undefined) continue;
      sentence = { start: next, end: whole.end };
      while (p < perTool.length && perTool[p].span.end <= sentence.start) p++;
      if (p < perTool.length && perTool[p].span.start <= sentence.start) continue;
    }
    // A sentence running on, on the same line, past the question mark ending the request region it opens in ("Question
    // 4: Does the MPS use drones?: Yes.") is the authority's from there.
    if (region < request.length && request[region].start <= sentence.start && request[region].end < sentence.end && text[request[region].end - 1] === '?') {
      const after = answerBesideQuestion(text, request[region].end, sentence.end);
      if (after !== undefined) sentence = { start: after, end: sentence.end };
    }
    while (region < request.length && request[region].end <= sentence.start) {
      region++;
      namedSinceRegion.length = 0;
      referenced = undefined;
    }
    const nextRegion = region < request.length ? request[region].start : Number.POSITIVE_INFINITY;
    if (nextRegion <= sentence.start || gridLines.overlaps(sentence.start, sentence.start + 1)) continue;
    const nextPassage = p < perTool.length ? perTool[p].span.start : Number.POSITIVE_INFINITY;
    let end = Math.min(sentence.end, nextRegion, nextPassage);
    while (mentionIndex < outside.length && outside[mentionIndex].span.start < sentence.start) {
      if (region === 0 || outside[mentionIndex].span.start >= request[region - 1].end) addOnce(namedSinceRegion, outside[mentionIndex].tool);
      mentionIndex++;
    }
    while (merged < perTool.length && perTool[merged].span.start < sentence.start) addPassage(units, perTool[merged++], legend, listed, cueFinder, statements, backReferences);
    const cues = cueFinder.patternsIn(sentence.start, end);
    const notHeld = statements.notHeldIn(sentence.start, end);
    let namesTool = mentionIndex < outside.length && outside[mentionIndex].span.start < end;
    if (!namesTool && !notHeld && (cues & USE_CUES) !== 0 && (cues & (CUE.ncnd | CUE.withheld)) === 0) {
      const list = namedList(sentence.start, end, Math.min(nextRegion, nextPassage), mentionIndex);
      if (list !== undefined) {
        end = list;
        listEnd = list;
        namesTool = true;
      }
    }
    // "For each of the other tools you list, please refer to the FAQ on our website:" gives no status itself; the
    // refusal that follows it ("The information is therefore exempt under section 21") is about those tools.
    if (restPointer !== undefined && (namesTool || sentence.start - restPointer.end > REST_POINTER_REACH)) restPointer = undefined;
    if (cues === 0 && !namesTool && !notHeld && pointsRestElsewhere(text, sentence.start, end)) {
      restPointer = { start: sentence.start, end };
      continue;
    }
    const unitStart = restPointer !== undefined && (cues & CUE.withheld) !== 0 ? restPointer.start : sentence.start;
    if (unitStart !== sentence.start) restPointer = undefined;
    const heading = namesTool && cues === 0 && !notHeld ? statusAt(listed, sentence.start) : undefined;
    if (heading !== undefined && !statements.referralIn(sentence.start, end)) {
      units.push(listedUnit({ start: sentence.start, end }, heading, outside, mentionIndex));
      continue;
    }
    // "Yes to (a), (b) and (d); no to (c).": each answer is a unit of its own, for the questions it names.
    const keyed = namesTool || notHeld ? undefined : keyedAnswers(text, sentence.start, end, questions, references);
    if (keyed) {
      for (const { span, topic, answer } of keyed) units.push(keyedUnit(span, topic.topic, answer));
      continue;
    }
    const carried = pronoun !== undefined && pronoun.sentence === sentenceBefore ? pronoun.topic : undefined;
    const byPronoun = cues !== 0 && !namesTool && sentenceBefore !== undefined ? pronounFor(text, sentenceBefore, sentence.start, end, outside, mentionIndex, carried) : undefined;
    if (byPronoun) pronoun = { sentence, topic: byPronoun };
    const atLine = topics.at(sentence.start);
    if (referenced !== undefined) {
      const paragraphEnded = !referenced.announces && sentenceBefore !== undefined && newParagraph(text, referenced.at, sentenceBefore, sentence.start);
      if (paragraphEnded || topics.lastLabel > referenced.at) referenced = undefined;
    }
    // "However, that information is exempt": about the questions the sentence before, naming no tool, named inside it
    // ("The force holds information relevant to questions 1 and 2.").
    const ofThatInformation =
      cues !== 0 &&
      !namesTool &&
      sentenceBefore !== undefined &&
      (mentionIndex === 0 || outside[mentionIndex - 1].span.start < sentenceBefore.start) &&
      THAT_INFORMATION.test(text.slice(sentence.start, end)) &&
      !blankLineBetween(text, sentenceBefore.end, sentence.start)
        ? questionsWithin(text, sentenceBefore.start, sentenceBefore.end, questions, references)
        : undefined;
    const near =
      inlineAnswer(text, sentence.start, end, questions) ?? byPronoun ?? ofThatInformation ?? (atLine.question || referenced === undefined ? atLine : referenced.context);
    // "The former is used.": the first or the second of the two tools the question names, in the order it names them.
    const pair = !namesTool && near.topic.length === 2 ? formerOrLatter(text, sentence.start, end) : undefined;
    const labelled: TopicContext = pair === undefined ? near : { topic: [near.topic[pair.place]], question: true, answerText: pair.answerText };
    // Where the sentence's own words start, past any answer label: where a bare answer may open.
    const answerWords = afterAnswerWord(text, sentence.start, end);
    // "BWV yes, RPAS yes, ANPR readers yes, LFR no.": each tool named is given its own answer.
    const pairs = namesTool && !notHeld ? namedAnswerPairs(text, sentence.start, end, outside, mentionIndex) : undefined;
    if (pairs) {
      for (const { tool, answer, span } of pairs) units.push(keyedUnit(span, [tool], answer));
      continue;
    }
    // "Yes, yes, yes and no respectively.": one answer for each tool asked about, in the order they were asked.
    const series = !namesTool && cues === 0 && labelled.topic.length > 1 ? answerSeries(text, answerWords, end) : undefined;
    if (series?.length === labelled.topic.length) {
      for (const [index, tool] of labelled.topic.entries()) units.push(keyedUnit({ start: sentence.start, end }, [tool], series[index]));
      continue;
    }
    // "The Board does not hold information on X or Y. You may wish to direct these parts of your request to PSNI.", or
    // under the questions' label: "(2) to (5): the office does not hold this information. <Body> is responsible ..."
    const referred =
      statements.referralIn(sentence.start, end) ?? (namesTool || labelled.topic.length > 0 ? statements.referralFollows(text, end, outside, mentionIndex) : undefined);
    // A pointer to another answer is a short sentence with no cue or statement of its own, read once for both kinds.
    if (cues === 0 && !notHeld && !referred && end - sentence.start <= MAX_BACK_REFERENCE) {
      const words = text.slice(sentence.start, end);
      const back = backReference(words);
      if (back !== undefined) {
        if (labelled.topic.length > 0) backReferences.push({ topic: labelled.topic, keys: back, span: { start: sentence.start, end } });
        continue;
      }
      if (requested.length > 0 && pointsToRest(words)) {
        // Every requested tool: those the letter answers anywhere else keep their own answers.
        backReferences.push({ topic: requested, keys: REST, span: { start: sentence.start, end } });
        continue;
      }
    }
    // "ANPR (yes, fixed and mobile).", "No drones.": a bare answer beside the names of the tools it answers.
    const besideNames = namesTool && !notHeld && !referred ? answerBesideNames(text, sentence.start, end, outside, mentionIndex) : undefined;
    // The questions a sentence opens by naming give its topic, and the words after them its answer ("Part 2: Yes.").
    const answerTo = !namesTool && cues === 0 && questions.size > 0 ? answerToQuestions(text, sentence.start, end) : undefined;
    // "Excluding question 3, no information is held": the sentence is about every other question, or every other of
    // those its label names ("Q4 – Q6: No, with the exception of Q5").
    const apart = !namesTool ? questionsSetApart(text, sentence.start, end, questions, references) : undefined;
    const withinLabel = apart !== undefined && labelled.question && apart.topic.every((tool) => labelled.topic.includes(tool));
    const rest = apart && (withinLabel ? labelled.topic : requested).filter((tool) => !apart.topic.includes(tool));
    const others: TopicContext | undefined = rest?.length
      ? { topic: rest, question: true, severalQuestions: true, answerText: withinLabel ? labelled.answerText : undefined }
      : undefined;
    const opening = others ? undefined : referredQuestions(text, sentence.start, end, questions, references);
    if (opening) referenced = { context: { ...opening, answerText: undefined, severalQuestions: opening.topic.length > 1 }, at: sentence.start, announces: endsWithColon(text, sentence.start, end) };
    const namedWithin = others === undefined && opening === undefined && !namesTool && (cues !== 0 || notHeld || referred || answerTo !== undefined);
    const within = namedWithin ? questionsWithin(text, sentence.start, end, questions, references) : undefined;
    const context = others ?? opening ?? within ?? labelled;
    // What the words a label gives the sentence say by themselves, read once for the two uses below.
    // The words after the label of a question about no tool ("2. Yes." to "Do you get air support from NPAS?") answer
    // that question, not a tool the sentences after them name.
    const labelledBare =
      context.answerText !== undefined
        ? context.question && context.topic.length === 0
          ? undefined
          : labelledAnswer(context.answerText)
        : context.topic.length === 1 && !notHeld && !referred
          ? (periodRowAnswer(text, sentence.start, end) ?? labelledFigureAt(text, sentence.start, end))
          : undefined;
    // A sentence with no cue or statement is kept only for a bare answer.
    const verdict = cues === 0 ? verdictAt(text, answerWords, end) : undefined;
    if (cues === 0 && !notHeld && !referred && besideNames === undefined && labelledBare === undefined && answerTo === undefined && verdict === undefined && !mayOpenBare(text, answerWords, end)) continue;
    if (isQuestion(text, sentence.start, end) || isWebPageChrome(text, sentence.start, end)) continue;
    // A "Yes" or "No" opening a sentence answers the one tool asked about ("No, the force does not have a drone
    // unit."), or the tools it goes on to name ("Yes to body worn video and ANPR."), unless the sentence goes on to
    // say the information is not held or is elsewhere.
    const bare =
      (answerTo !== undefined && context.question
        ? answerTo
        : context.answerText !== undefined || labelledBare !== undefined
        ? labelledBare
        : (context.topic.length === 1 ||
              context.severalQuestions === true ||
              answersEveryTool(text, sentence.start, end, context.topic) ||
              (namesTool ? answersNamedTools(text, answerWords, end) : answersRemainingTools(text, sentence.start, end) || answersByPlace(text, sentence.start, end, context.topic))) &&
            !notHeld &&
            !referred
          ? (bareAnswerAt(text, answerWords, end) ?? verdict)
          : undefined) ?? besideNames;
    if (cues === 0 && bare === undefined && !notHeld && !referred) continue;
    const asked = region > 0 ? request[region - 1] : undefined;
    // "Please confirm that you do not use drones." "Yes, that is correct.": a yes to a denial put to the force.
    // The question put: by its number, or the one request line naming the numbered question's tools.
    const numbered = bare !== undefined && context.question && context.topic.length > 0;
    const put = numbered ? ((context.key !== undefined ? topics.questionNumbered(context.key) : undefined) ?? topics.lineAsking(context.topic) ?? asked) : asked;
    const answer = bare !== undefined && put !== undefined && asksNegatively(text, put) ? (bare === 'yes' ? 'no' : 'yes') : bare;
    // "Has the force's use of facial recognition been audited?" "No.": a no to a question about something other than
    // use tells nothing of it (a yes may: an audit of the use there is).
    const otherQuestion = answer === 'no' && put !== undefined && asksAboutOtherThanUse(text, put);
    if (otherQuestion && cues === 0 && !notHeld && !referred) continue;
    const aboutUse = otherQuestion ? undefined : answer;
    // "Has the force trialled facial recognition?" "Yes.": a yes to a question about a trial or a plan.
    const bareMeaning = aboutUse === 'yes' && asked !== undefined && asksAboutTrialOnly(text, asked) ? 'trial' : aboutUse;
    const named: string[] = [];
    const mentionsAt: { tool: string; at: number; end: number }[] = [];
    for (let m = mentionIndex; m < outside.length && outside[m].span.start < end; m++) {
      addOnce(named, outside[m].tool);
      mentionsAt.push({ tool: outside[m].tool, at: outside[m].span.start, end: outside[m].span.end });
    }
    units.push({
      span: { start: unitStart, end },
      cues,
      lineTool: undefined,
      named,
      mentionsAt,
      topic: context.topic,
      question: context.question,
      // Below a heading naming several questions ("Requests 2 and 3"), only a bare answer is sure to answer each.
      // Or named as the sentence's subject: "All remaining points – (i), (ii) and (v) – are in use".
      severalQuestions:
        context.severalQuestions === true && (context.answerText !== undefined || bareMeaning !== undefined || (context === within && PARTS_AS_SUBJECT.test(text.slice(sentence.start, end)))),
      afterOneQuestion: context.afterOneQuestion === true && namedSinceRegion.every((tool) => context.topic.includes(tool)),
      unnamedAnswer: outside.length === 0,
      bare: bareMeaning,
      notHeld,
      referred,
      setApart: others && apart?.topic,
    });
  }
  while (merged < perTool.length) addPassage(units, perTool[merged++], legend, listed, cueFinder, statements, backReferences);
  return units;
}

/** The cues a sentence announcing a list of names may give them: use, non-use or a trial. */
const USE_CUES = CUE.used | CUE.notUsed | CUE.trial;

/**
 * Numbered parts opening a sentence as its subject: "All remaining points – (i), (ii) ...", "The other items (2,
 * 4)".
 */
const PARTS_AS_SUBJECT = /^[^\p{L}]{0,4}(?:all\s+)?(?:the\s+)?(?:(?:remaining|other)\s+)?(?:questions|parts|items|points)\s+(?:[-–—(]\s*)?\(?(?:\d|[a-z]{1,4}\))/iu;

/**
 * "However, that information is exempt", "This information is withheld", "It is, however, being withheld": a subject
 * standing for information just named.
 */
const THAT_INFORMATION =
  /^\W*(?:(?:however\s*,?\s*)?(?:that|this|such|the\s+said|all\s+such)\s+information\b|it\s+is\s*(?:,\s*however\s*,\s*)?(?:being\s+)?(?:withheld|exempt)\b)/i;

/**
 * A word standing for a tool, "it" or "the system" as the subject of its verb ("It has since been withdrawn.", "...
 * informed us that the tool was decommissioned"): the one tool the sentence before it in the same paragraph names.
 */
const PRONOUN_SUBJECT =
  /\b(?:it|this|the\s+(?:system|software|tool|technology|product|programme|project|scheme|pilot|trial|capability))\s+(?:(?:has|had|have)\s+(?:since\s+|now\s+|subsequently\s+|also\s+)?(?:been|not|never|ceased|ended|stopped)|was|were|is\s+(?:no\s+longer|not\s+(?:currently\s+)?(?:used|in\s+use|deployed)|now|currently|still|used|deployed|in\s+use)|remains|continues|ceased|ended|stopped)\b/i;

/**
 * The topic of a sentence whose subject stands for the one tool the sentence before it named ({@link PRONOUN_SUBJECT}),
 * or stood for by a pronoun of its own (`carried`); otherwise undefined. `mentionIndex` is the first mention outside
 * the request from the sentence's start.
 */
function pronounFor(
  text: string,
  before: Span,
  start: number,
  end: number,
  outside: readonly ToolMention[],
  mentionIndex: number,
  carried: TopicContext | undefined,
): TopicContext | undefined {
  let tool: string | undefined;
  for (let m = mentionIndex - 1; m >= 0 && outside[m].span.start >= before.start; m--) {
    if (tool !== undefined && outside[m].tool !== tool) return undefined;
    tool = outside[m].tool;
  }
  if ((tool === undefined && carried === undefined) || blankLineBetween(text, before.end, start) || !PRONOUN_SUBJECT.test(text.slice(start, end))) return undefined;
  return tool === undefined ? carried : { topic: [tool], question: false, answerText: undefined };
}

/**
 * The words a web page puts around a response saved from a disclosure log, which answer nothing: its cookie notice
 * ("We use cookies to improve your experience") and its feedback prompt ("Was this page helpful? Yes No"), or the
 * prompt's choices on a line of their own; not a form's choices with a box ("☒ Yes ☐ No", which a sentence opening
 * after its first box sees as "Yes ☐ No").
 */
const NOT_WORD_OR_BOX = `[^A-Za-z${TICKED_BOXES}${EMPTY_BOXES}]`;
const WEB_PAGE_CHROME = new RegExp(
  String.raw`\bcookies?\b|^[^A-Za-z]*was[ \t]+this[ \t]+(?:page|answer|information|response)?[ \t]*(?:helpful|useful)\b|^${NOT_WORD_OR_BOX}*(?:yes|helpful)${NOT_WORD_OR_BOX}+(?:no|not[ \t]+helpful)${NOT_WORD_OR_BOX}*$`,
  'i',
);
/** Longest sentence read for {@link WEB_PAGE_CHROME}: a notice is short, and no answer is skipped for naming cookies in passing. */
const MAX_CHROME = 400;

/** True when the sentence is {@link WEB_PAGE_CHROME}. */
function isWebPageChrome(text: string, start: number, end: number): boolean {
  return end - start <= MAX_CHROME && WEB_PAGE_CHROME.test(text.slice(start, end));
}

/** The unit of one {@link keyedAnswers} answer, or one of an answer series: a bare yes or no for each tool of `topic`. */
function keyedUnit(span: Span, topic: readonly string[], answer: 'yes' | 'no'): Unit {
  return { span, cues: 0, lineTool: undefined, named: [], mentionsAt: [], topic, question: true, severalQuestions: true, afterOneQuestion: false, unnamedAnswer: false, bare: answer, notHeld: false, referred: undefined };
}

/** An item under a status heading ({@link statusItems}): the heading's status for each tool it names. */
function listedUnit(span: Span, status: ToolStatus, outside: readonly ToolMention[], mentionIndex: number): Unit {
  const named: string[] = [];
  for (let m = mentionIndex; m < outside.length && outside[m].span.start < span.end; m++) addOnce(named, outside[m].tool);
  return { span, cues: 0, lineTool: named[0], named, mentionsAt: [], topic: named, question: false, severalQuestions: false, afterOneQuestion: false, unnamedAnswer: false, bare: undefined, marked: status, notHeld: false, referred: undefined };
}

/** The per-tool passages outside the tables, and the tables' cells, in text order. */
function withTableCells(passages: readonly Passage[], tables: readonly ColumnTable[]): Passage[] {
  const outsideTables = passages.filter((passage) => !tables.some((table) => passage.span.start >= table.span.start && passage.span.start < table.span.end));
  return [...outsideTables, ...tables.flatMap((table) => table.cells)].sort((a, b) => a.span.start - b.span.start);
}

/**
 * The per-tool passages with the rows holding kit ({@link holdingRows}), in text order: a row no passage (nor a
 * table's cell) reads is a passage of its own, and a passage opening inside a row ("Body Worn Video - Motorola
 * VB400    approx. 3,800") ends with the row, telling its use.
 */
function withHoldingRows(passages: readonly Passage[], rows: readonly Passage[]): readonly Passage[] {
  if (rows.length === 0) return passages;
  const told: Passage[] = [];
  let r = 0;
  for (const passage of passages) {
    while (r < rows.length && rows[r].span.end <= passage.span.start) r++;
    const row = r < rows.length && rows[r].span.start <= passage.span.start && passage.status === undefined ? rows[r] : undefined;
    if (row === undefined) {
      told.push(passage);
      continue;
    }
    const { answerText, span } = passage;
    told.push({ ...passage, span: { start: span.start, end: row.span.end }, answerText: answerText.slice(0, answerText.length - (span.end - row.span.end)), status: row.status });
  }
  const read = new OverlapCursor(told, (passage) => passage.span);
  const unread = rows.filter((row) => !read.overlaps(row.span.start, row.span.end));
  return unread.length === 0 ? told : [...told, ...unread].sort((a, b) => a.span.start - b.span.start);
}

/** Adds a per-tool answer passage as a unit, when it may say something, or as a pointer to another answer. */
function addPassage(
  units: Unit[],
  found: Passage,
  legend: Legend,
  listed: readonly StatusItem[],
  cueFinder: CueFinder,
  statements: StatementFinder,
  backReferences: BackReference[],
): void {
  // A form's row with no box ticked ("¨ Used   ¨ Not used") answers nothing: only what follows it is read.
  const blankRow = unansweredFormRow(found.answerText);
  const { end } = found.span;
  const passage = blankRow === 0 ? found : { ...found, span: { start: end - found.answerText.length + blankRow, end }, answerText: found.answerText.slice(blankRow) };
  const cues = cueFinder.patternsIn(passage.span.start, passage.span.end);
  const read = passage.status ?? legend.statusOf(passage.answerText);
  const said = read === undefined ? (labelledAnswer(passage.answerText) ?? firstPartAnswer(passage.answerText)) : undefined;
  // An item under a heading giving its status ("In use:"), saying nothing of its own, has the heading's status: its
  // cues may be words of its name ("Drones (Remotely Piloted Aircraft) | 2018").
  const underHeading = read === undefined && said === undefined ? statusAt(listed, passage.span.start) : undefined;
  const heading = underHeading !== undefined && (cues === 0 || saysNothing(readCues(passage.answerText, cues))) ? underHeading : undefined;
  // In a row asking about a trial, a yes (or a tick) tells a trial, and a no nothing of use.
  const marked = passage.trialRow ? (read === 'used' ? 'trialled' : undefined) : (read ?? heading);
  // Under "Information held?", a yes tells that something is held, and a no that nothing is; the next cell may still
  // tell of use in a table's word ("Yes - published    Used by NYP officers").
  const bare = passage.trialRow ? (said === 'yes' ? 'trial' : undefined) : passage.heldColumn ? nextCellWord(passage.answerText) : said;
  const notHeld = (passage.heldColumn === true && said === 'no') || statements.notHeldIn(passage.span.start, passage.span.end);
  const referred = statements.referralIn(passage.span.start, passage.span.end);
  if (cues === 0 && bare === undefined && marked === undefined && !notHeld && !referred) {
    const second = secondLanguage(passage.answerText);
    const back = backReference(passage.answerText) ?? (second === undefined ? undefined : backReference(second));
    if (back !== undefined) backReferences.push({ topic: passage.tools, keys: back, span: passage.span });
    return;
  }
  const { tools } = passage;
  units.push({ span: passage.span, cues, lineTool: tools[0], named: tools, mentionsAt: [], topic: tools, question: false, severalQuestions: false, afterOneQuestion: false, unnamedAnswer: false, bare, marked, notHeld, referred });
}

/** Where the words after a question mark at `start` begin on its line, past a colon or a dash ("?: Yes"). */
function answerBesideQuestion(text: string, start: number, end: number): number | undefined {
  let at = start;
  while (at < end && ANSWER_MARK.test(text[at])) at++;
  return at < end && text[at] !== '\n' && text[at] !== '\r' ? at : undefined;
}

/** The spaces, colons and dashes between a question mark and an answer beside it. */
const ANSWER_MARK = /[ \t:–—-]/;

/** Whether a not-held statement or a referral overlaps a unit, for units asked in increasing start order. */
class StatementFinder {
  readonly #notHeld: OverlapCursor<Statement>;
  readonly #referrals: OverlapCursor<Referral>;
  /** The referrals by start, for {@link referralFollows}, with the first not yet passed. */
  readonly #referralList: readonly Referral[];
  #nextReferral = 0;

  constructor(input: ToolAnswerInput) {
    this.#notHeld = new OverlapCursor(input.notHeld, (s) => s.span);
    this.#referrals = new OverlapCursor(input.referrals, (s) => s.span);
    this.#referralList = inStartOrder(input.referrals, (s) => s.span);
  }

  notHeldIn(start: number, end: number): boolean {
    return this.#notHeld.overlaps(start, end);
  }

  referralIn(start: number, end: number): Referral | undefined {
    return this.#referrals.firstOverlapping(start, end);
  }

  /**
   * True when a referral naming no tool opens just after `end` in the same paragraph: it sends on what the sentence
   * ending there named ("... does not hold information about X or Y. These are operational matters for the Chief
   * Constable."). Asked in increasing order of `end`.
   */
  referralFollows(text: string, end: number, mentions: readonly ToolMention[], fromMention: number): Referral | undefined {
    const referrals = this.#referralList;
    while (this.#nextReferral < referrals.length && referrals[this.#nextReferral].span.start < end) this.#nextReferral++;
    for (let r = this.#nextReferral; r < referrals.length && referrals[r].span.start - end <= FOLLOWING_REFERRAL_REACH; r++) {
      const { span, text: words } = referrals[r];
      for (let m = fromMention; m < mentions.length && mentions[m].span.start < span.end; m++) {
        if (mentions[m].span.start >= span.start) return undefined;
      }
      // "These are operational matters for the Chief Constable" places the matter without sending the requester on.
      if (!SENDS_ON.test(words)) continue;
      // Past a paragraph's end, only a referral pointing back at what was named: "direct these parts of your request
      // to", unless its own paragraph opens naming other questions ("Items d and e: ... submit these parts ...").
      if (!blankLineBetween(text, end, span.start)) return referrals[r];
      return POINTS_BACK.test(words) && !OTHER_QUESTIONS.test(lastParagraph(text.slice(end, span.start))) ? referrals[r] : undefined;
    }
    return undefined;
  }
}

/** A paragraph opening with the questions it answers: "Items d and e:", "Questions 4-6 -", "Q2.". */
const OTHER_QUESTIONS = /^\s*(?:(?:items?|questions?|parts?|points?)\s+\(?[a-z0-9]{1,3}\b|Q\d)/i;

/** How far after a sentence a referral may open and still send on what the sentence named. */
const FOLLOWING_REFERRAL_REACH = 300;

/** A blank line and the space after it, at the place it is tried. */
const PARAGRAPH_BREAK = /[ \t]*\r?\n[ \t]*\r?\n\s*/y;

/** Where the paragraph after a blank line at `from` starts, when it starts before `end`; otherwise undefined. */
function paragraphAfter(text: string, from: number, end: number): number | undefined {
  PARAGRAPH_BREAK.lastIndex = from;
  return PARAGRAPH_BREAK.test(text) && PARAGRAPH_BREAK.lastIndex < end ? PARAGRAPH_BREAK.lastIndex : undefined;
}

/** Furthest a refusal may follow the sentence pointing the remaining tools elsewhere ({@link pointsRestElsewhere}). */
const REST_POINTER_REACH = 600;
/** A pointer to where information stands: "please refer to", "see", "can be found at", "is published on". */
const POINTS_ELSEWHERE = /\b(?:refer\s+to|see|consult)\b|\b(?:published|available|found)\s+(?:on|in|at|via|here)\b/i;

/**
 * True when a sentence points the tools not yet answered to where their information stands
 * ({@link POINTS_ELSEWHERE}).
 */
function pointsRestElsewhere(text: string, start: number, end: number): boolean {
  const words = new Wording(text, { start, end });
  return POINTS_ELSEWHERE.test(words.words) && words.remainingTools;
}

/** Words pointing back at what the sentence before named. */
const POINTS_BACK = /\b(?:these|those|them|(?:this|that)[ \t]+part)\b/i;

/**
 * True when a blank line stands between the sentence before and `start`, or inside the sentence before (a label's
 * "Notes: -" runs on over the blank line into the next item), unless that is the sentence opened at `openedAt`.
 */
function newParagraph(text: string, openedAt: number, before: Span, start: number): boolean {
  return blankLineBetween(text, before.start === openedAt ? before.end : before.start, start);
}
