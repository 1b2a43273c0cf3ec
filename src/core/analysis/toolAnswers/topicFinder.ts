// The tools under discussion at a place in the answer: those of the question its answer number refers to, else of
// the nearest request region. Separate because it walks the lines with its own state, in text order.

import type { ToolMention } from '../../model';
import { spanIndexAt } from '../../sorted';
import type { Span } from '../../text';
import { lineIndexAt, type Line } from '../lines';
import { answerLabel, firstPartAfter, type AnswerLabel } from './answerLabels';
import { addOnce } from './lists';

export interface TopicContext {
  readonly topic: readonly string[];
  /** True when the topic is a numbered question's tools, found from an answer number. */
  readonly question: boolean;
  /** On a numbered answer line, the words after the number ("Yes." in "2. Yes."). */
  readonly answerText: string | undefined;
  /**
   * True when the answer names several questions ("2 and 3. Yes.", a heading "Requests 2 and 3"): a bare answer then
   * answers each.
   */
  readonly severalQuestions?: boolean;
  /** True when the topic is that of the request region just before, which asks one question. */
  readonly afterOneQuestion?: boolean;
  /** The number of the one question a numbered answer answers ("1" of "1) No."). */
  readonly key?: string;
}

/** Most lines of one numbered question read by {@link TopicFinder.questionNumbered}. */
const MAX_QUESTION_LINES = 4;

/** Longest request region read as one question, the one the answer after it answers. */
const MAX_ONE_QUESTION = 400;

/** The last numbered answer line passed: its line, and the context on it and after it. */
interface NumberedAnswer {
  readonly line: number;
  readonly onLine: TopicContext;
  readonly after: TopicContext;
  /** True when the line is a table's row ("5 | Social media | No | ..."), whose number ends with the table. */
  readonly tableRow: boolean;
}

/** A line of a table typed as text: cells split by "|" or tabs, or a rule of "-", "+", "=" and "|". */
const TABLE_LINE = /[|\t]|^[ +=-]+$/;

/**
 * Gives, for an offset in the answer, the tools under discussion: those of the question its answer number refers
 * to, else those of the nearest request region before it, else every requested tool. Offsets must be asked for in
 * increasing order; the lines and regions are walked once.
 */
export class TopicFinder {
  readonly #text: string;
  readonly #lines: readonly Line[];
  readonly #request: readonly Span[];
  readonly #requested: readonly string[];
  readonly #questions: ReadonlyMap<string, readonly string[]>;
  /** The number of the last numbered answer passed, which a lettered answer after it belongs to ("2." then "b)"). */
  #answerNumber = '';
  readonly #regionTools: string[][];
  /** For each tool named in the request, the one line naming it, or null when several lines do. */
  readonly #askedLine = new Map<string, number | null>();
  #lineIndex = 0;
  #regionIndex = -1;
  /** The first request region that does not end before the line the walk is on. */
  #lineRegion = 0;
  /** Every tool the request asks about, the context before any region or numbered answer. */
  readonly #wholeRequest: TopicContext;
  /** The context after the nearest request region, made when the walk passes the region. */
  #afterRegion: TopicContext;
  #numbered: NumberedAnswer | undefined;
  #lastLabel = -1;
  /** The request's questions naming no tool ({@link questionsWithoutTool}): answers so numbered are about none. */
  readonly #askedWithoutTool: ReadonlySet<string>;
  /** Each numbered question's lines in the request, found when first asked for ({@link questionNumbered}). */
  #numberedQuestions: Map<string, Span> | undefined;

  /**
   * Where the last answer's label the walk passed begins ("Question 2", whether or not it asks about a tool); -1 for
   * none.
   */
  get lastLabel(): number {
    return this.#lastLabel;
  }

  constructor(
    text: string,
    lines: readonly Line[],
    request: readonly Span[],
    requested: readonly string[],
    questions: ReadonlyMap<string, readonly string[]>,
    mentions: readonly ToolMention[],
  ) {
    this.#text = text;
    this.#lines = lines;
    this.#request = request;
    this.#requested = requested;
    this.#questions = questions;
    this.#regionTools = request.map(() => [] as string[]);
    for (const mention of mentions) {
      if (!mention.inRequest) continue;
      const region = spanIndexAt(request, mention.span.start);
      if (region >= 0) addOnce(this.#regionTools[region], mention.tool);
      const line = lineIndexAt(lines, mention.span.start);
      const known = this.#askedLine.get(mention.tool);
      this.#askedLine.set(mention.tool, known === undefined || known === line ? line : null);
    }
    this.#askedWithoutTool = questionsWithoutTool(lines, request, questions);
    this.#wholeRequest = { topic: requested, question: false, answerText: undefined };
    this.#afterRegion = this.#wholeRequest;
  }

  /**
   * The one request line naming every tool of a numbered question's topic, if each is named on only that line: the
   * question a numbered answer answers, however the request's regions run.
   */
  lineAsking(topic: readonly string[]): Span | undefined {
    let found: number | undefined;
    for (const tool of topic) {
      const line = this.#askedLine.get(tool);
      if (line === undefined || line === null || (found !== undefined && found !== line)) return undefined;
      found = line;
    }
    return found === undefined ? undefined : { start: this.#lines[found].start, end: this.#lines[found].end };
  }

  /**
   * The request's question numbered `key`: from its numbered line to the next numbered line, blank line or region's
   * end, at most {@link MAX_QUESTION_LINES} lines. Undefined when the request numbers no question so.
   */
  questionNumbered(key: string): Span | undefined {
    this.#numberedQuestions ??= this.#findNumberedQuestions();
    return this.#numberedQuestions.get(key);
  }

  #findNumberedQuestions(): Map<string, Span> {
    const found = new Map<string, Span>();
    const lines = this.#lines;
    for (const region of this.#request) {
      for (let i = lineIndexAt(lines, region.start); i < lines.length && lines[i].start < region.end; i++) {
        const label = answerLabel(lines[i].text);
        if (!label || label.lettered || label.keys.length > 1 || found.has(label.keys[0])) continue;
        let last = i;
        while (last + 1 < lines.length && last - i + 1 < MAX_QUESTION_LINES && lines[last + 1].start < region.end && !lines[last + 1].blank && !answerLabel(lines[last + 1].text)) last++;
        found.set(label.keys[0], { start: lines[i].start, end: Math.min(lines[last].end, region.end) });
      }
    }
    return found;
  }

  at(offset: number): TopicContext {
    const lines = this.#lines;
    const request = this.#request;
    while (this.#regionIndex + 1 < request.length && request[this.#regionIndex + 1].start <= offset) {
      this.#regionIndex++;
      // A bare label heading the question ("Request 2" over "Does the force ...?") numbers the answer after it too.
      if (this.#numbered && !this.#headsRegion(this.#numbered, request[this.#regionIndex].start)) this.#numbered = undefined;
      const nearest = this.#regionTools[this.#regionIndex];
      const region = request[this.#regionIndex];
      this.#afterRegion = {
        topic: nearest.length > 0 ? nearest : this.#requested,
        question: false,
        afterOneQuestion: nearest.length > 0 && this.#asksOneQuestion(region),
        answerText: undefined,
      };
    }
    // The walk's place is kept in locals while it runs, which V8 handles faster than fields.
    let lineIndex = this.#lineIndex;
    let lineRegion = this.#lineRegion;
    for (; lineIndex < lines.length && lines[lineIndex].start <= offset; lineIndex++) {
      const line = lines[lineIndex];
      while (lineRegion < request.length && request[lineRegion].end <= line.start) lineRegion++;
      if (line.blank) continue;
      const label = answerLabel(line.text);
      if (!label) {
        // A table row's number answers its row alone: the paragraph after the table is no longer its answer.
        if (this.#numbered?.tableRow && lines[lineIndex - 1].blank && !TABLE_LINE.test(line.text)) {
          this.#numbered = undefined;
          this.#afterRegion = this.#wholeRequest;
        }
        continue;
      }
      if (this.#answersQuestionAbove(lineIndex, label)) continue;
      if (!label.lettered) this.#answerNumber = label.keys[0];
      // A number inside the request is a question's, not an answer's; the lettered answers below it belong to it
      // ("4. FACIAL RECOGNITION" / "a) Does the force use ...?" / "Response" / "a) No."). A region starts at its first
      // word, after the indent of its first line.
      if (lineRegion < request.length && request[lineRegion].start <= line.start + line.indent) continue;
      this.#lastLabel = line.start;
      // "1. (a) Yes.": the number's first part on its line answers that part.
      const part = firstPartAfter(line.text, label);
      const partTools = part && this.#letteredPart(part.keys[0]);
      const answerStart = label.end + (part && partTools !== undefined ? part.end : 0);
      const tools: string[] = [...(partTools ?? [])];
      for (const key of partTools !== undefined ? [] : label.keys) {
        const asked = (label.lettered ? this.#letteredPart(key) : this.#questions.get(key)) ?? [];
        for (const tool of asked) addOnce(tools, tool);
      }
      // Letters that match no question are points within an answer ("a) the cost ..."): the answer goes on.
      if (label.lettered && tools.length === 0) continue;
      const severalQuestions = label.keys.length > 1;
      const answerText = line.text.slice(answerStart);
      const key = !label.lettered && !severalQuestions && partTools === undefined ? label.keys[0] : undefined;
      // "Q2" over its answer, where the request's "Q2" names no tool: the answer is about none of them.
      const aboutNone = tools.length === 0 && !label.lettered && label.keys.every((key) => this.#askedWithoutTool.has(key));
      this.#numbered =
        tools.length > 0 || aboutNone
          ? {
              line: lineIndex,
              onLine: { topic: tools, question: true, answerText, severalQuestions, key },
              // A heading naming several questions ("Requests 2 and 3") over their one answer.
              after: { topic: tools, question: true, answerText: undefined, severalQuestions: severalQuestions && answerText.trim() === '', key },
              tableRow: TABLE_LINE.test(answerText),
            }
          : undefined;
    }
    this.#lineIndex = lineIndex;
    this.#lineRegion = lineRegion;
    const numbered = this.#numbered;
    if (!numbered) return this.#afterRegion;
    // The line holding the offset is the last one the walk passed.
    return lineIndex - 1 === numbered.line ? numbered.onLine : numbered.after;
  }

  /**
   * The tools of the lettered part `letter` of the last numbered answer ("2." then "b)"): of question "2b", else of a
   * question lettered "b" alone when question 2 asked about its tools, so that "b) Yes." under question 2 is not the
   * answer to question 4's part b.
   */
  #letteredPart(letter: string): readonly string[] | undefined {
    const own = this.#questions.get(this.#answerNumber + letter);
    if (own !== undefined) return own;
    const bare = this.#questions.get(letter);
    const asked = this.#questions.get(this.#answerNumber);
    return bare === undefined || asked === undefined || bare.every((tool) => asked.includes(tool)) ? bare : undefined;
  }

  /**
   * True when the line's "A." is the answer to the question labelled on the line above ("Q(b) Facial recognition" /
   * "A. PSNI can neither confirm nor deny ..."), not a lettered part "a": the question's context goes on.
   */
  #answersQuestionAbove(lineIndex: number, label: AnswerLabel): boolean {
    if (!label.lettered || label.keys[0] !== 'a') return false;
    const lines = this.#lines;
    if (firstCharacter(lines[lineIndex]) !== 'A') return false;
    let above = lineIndex - 1;
    while (above >= 0 && lines[above].blank) above--;
    return above >= 0 && firstCharacter(lines[above]) === 'Q' && answerLabel(lines[above].text) !== undefined;
  }

  /**
   * True when a request region is one question ("4. Does the force use IMSI catchers or hacking?"). Only the region's
   * own words are searched: a search of the letter would run on past a region without a question mark, for every one.
   */
  #asksOneQuestion(region: Span): boolean {
    if (region.end - region.start > MAX_ONE_QUESTION) return false;
    const words = this.#text.slice(region.start, region.end);
    const mark = words.indexOf('?');
    return mark >= 0 && words.indexOf('?', mark + 1) < 0;
  }

  /** True when the numbered line is a label alone, and only blank lines stand between it and the region at `regionStart`. */
  #headsRegion(numbered: NumberedAnswer, regionStart: number): boolean {
    if (numbered.onLine.answerText?.trim()) return false;
    const lines = this.#lines;
    for (let k = numbered.line + 1; k < lines.length && lines[k].start < regionStart; k++) if (!lines[k].blank) return false;
    return true;
  }
}

/**
 * The numbers of the request's questions that name no tool and do not go on from the one before ("2. If not, do you
 * plan to?").
 */
function questionsWithoutTool(lines: readonly Line[], request: readonly Span[], questions: ReadonlyMap<string, readonly string[]>): Set<string> {
  const found = new Set<string>();
  for (const region of request) {
    for (let i = lineIndexAt(lines, region.start); i < lines.length && lines[i].start < region.end; i++) {
      const label = answerLabel(lines[i].text);
      if (!label || label.lettered || FOLLOW_UP.test(lines[i].text)) continue;
      for (const key of label.keys) if (!questions.has(key)) found.add(key);
    }
  }
  return found;
}

/** Words of a question going on from the one before it: "If not, ...", "How many of them ...", "... such devices". */
const FOLLOW_UP = /\b(?:if\s+(?:so|not|yes|no)|it|its|this|that|these|those|them|they|their|such|above|same|ones?)\b/i;

/** The first character of a line that is not whitespace. */
function firstCharacter(line: Line): string | undefined {
  return line.text[line.indent];
}
