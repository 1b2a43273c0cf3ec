// Per-tool answer passages: lines opening with a tool's name and a separator ("Hacking – ..."), table rows, and
// headings naming tools over their answers. Separate because it reads the letter's layout, not its wording.

import type { ToolMention, ToolStatus } from '../../model';
import type { Span } from '../../text';
import { isAnswerHeading, isQuestionLabel, stripListMarker } from '../answerLanguage';
import { CIRCLES, CROSSES, DITTO_MARK, FORM_BOX, NOTE_MARK, TICKS } from '../marks';
import { blockStart, contentEnd, nextContentLine, RULE_LINE, type Line } from '../lines';
import { insideRegions } from '../request';
import { partitionPoint, spanIndexAt } from '../../sorted';
import { answerLabel } from './answerLabels';
import { opensRestLabel } from './bareAnswers';
import { addOnce } from './lists';

/**
 * After a tool's name, the rest of a line that is nothing but the name: a heading ("Predictive policing", "Body Worn
 * Video (BWV):", "Predictive policing / demand forecasting") whose answer is the paragraph below it.
 */
const TOOL_HEADING_REST =
  /^(?:[ \t]*\([^)\n]{0,30}\))?(?:[ \t]*\/[ \t]*[\p{L}\p{N}-]{1,20}(?:[ \t]+[\p{L}\p{N}-]{1,20}){0,2})?[ \t]*(?:\*\*)?[ \t]*[:.]?[ \t]*(?:\*\*)?[ \t]*$/u;

/**
 * A few more words of a label after the tool's name: "Drone deployments in 2023", "ANPR cameras", "Social media
 * monitoring / intelligence".
 */
const LABEL_WORDS = String.raw`(?:(?:[ \t]+|[ \t]*\/[ \t]*)[\p{L}\p{N}]{1,14}){0,3}?`;

/**
 * An answer in brackets closing the line after a tool's name: "• hacking (not held)", "Predictive policing [No]". Its
 * opening word tells it from a bracket saying more of the name ("Facial recognition (live or retrospective)"), and its
 * place from a note inside a sentence ("ANPR (in use since 2006) and drones (introduced in 2018).").
 */
const BRACKETED_ANSWER =
  /^[ \t]*[([](?=[ \t]*(?:yes|no|not(?![ \t]+(?:including|just|only)\b)|none|nil|n\/a|used|in[ \t]+use|held|neither|ncnd|withheld|exempt|refused|trialled|piloted|being)\b)(?=[^()[\]\n]*[)\]][ \t.;]*$)/i;

/**
 * After a tool's name at the start of a line (and any question mark, "Drones? – yes"), what makes it a per-tool
 * answer: "Hacking – ...", "ANPR: Yes", a form's dot leaders ("Drones ........ Yes"), a comma-separated export's comma
 * ("Drones,Yes,"), or a full stop straight after the name and a sentence ("4. Predictive policing. The force ...");
 * not after more words, as "Body worn video is used. ..." is a sentence of its own.
 */
const PER_TOOL_SEPARATOR = new RegExp(
  String.raw`^(?:(?:[ \t]*\([^)\n]{0,30}\))?${LABEL_WORDS}\??[ \t]*(?:[*†‡§¹²³⁴⁵⁶⁷⁸⁹]{1,3})?(?:[ \t]*[–—:|]|[ \t]+-[ \t]|\t|[ \t]{2,}(?=\S)|[ \t]*(?:\.{3,}|…+)|,(?=[^\s,]))|(?<stop>(?:\*\*)?\.(?:\*\*)?[ \t]+(?=\p{Lu})))`,
  'u',
);

/** Furthest a per-tool label may sit from its line start (bullets, numbers, bold marks). */
const MAX_LABEL_INDENT = 16;

/** Longest per-tool answer passage. */
const MAX_PER_TOOL_UNIT = 2_000;

/** A per-tool answer passage: "Hacking – I can neither confirm nor deny ..." up to the next one. */
export interface Passage {
  readonly span: Span;
  /** The tool its label names, or the tools of a heading naming several ("Hacking and IMSI catchers"). */
  readonly tools: readonly string[];
  /** The words after the label and its separator. */
  readonly answerText: string;
  /** True for a table's cell in a row asking about a trial or a plan: a "Yes" there tells a trial, not use. */
  readonly trialRow?: boolean;
  /** The status a table's column gives a row marked in it ("X" under "Not in use"). */
  readonly status?: ToolStatus;
  /** True for a table's row under a header asking only whether information is held ("Information held?"). */
  readonly heldColumn?: boolean;
}

/**
 * The characters before an answer's words (a pound sign opens a figure, and a tick, cross, form's box, ditto mark or
 * note's mark alone in its cell, at the end of the row or before the next column, is a table's answer, its own), read
 * from the text after a label.
 */
const LEADING_SEPARATOR = new RegExp(`(?:(?!${FORM_BOX}|(?:${DITTO_MARK}|${NOTE_MARK})(?:[ \\t|]*(?:\\r?\\n|$)|[ \\t]{2}|\\t))[^\\p{L}\\p{N}£${TICKS}${CROSSES}${CIRCLES}])*`, 'uy');

/** @param mentions every tool mention of the letter, in text order, those in the request among them. */
export function perToolPassages(
  text: string,
  lines: readonly Line[],
  outside: readonly ToolMention[],
  request: readonly Span[],
  mentions: readonly ToolMention[],
): Passage[] {
  const starts = perToolLines(text, lines, outside);
  const passages: Passage[] = [];
  for (let k = 0; k < starts.length; k++) {
    const { line, start, tools, labelEnd, heading } = starts[k];
    const stopAt = k + 1 < starts.length ? starts[k + 1].start : text.length;
    // A heading's answer is the paragraph below it; with none, the passage is the heading alone, and is dropped.
    const body = heading ? nextContentLine(lines, line) : line;
    const passageEnd = perToolPassageEnd(text, lines, body < 0 ? line : body, stopAt, request);
    // A passage ending at a further label on its line after a bar ("BWV – Y | Drones – Y") ends before the bar.
    const end = k + 1 < starts.length && starts[k + 1].line === line ? beforeBar(text, start, passageEnd) : passageEnd;
    // A heading over a question naming the heading's tool ("Drones" / "a) Does the force use drones? [Yes]") heads no
    // answer of its own: the answer beside or under the question is read as the question's.
    if (heading && body >= 0 && answeredAfterQuestion(text, request, mentions, lines[body], end, tools)) continue;
    if (end <= labelEnd) continue;
    // The separator ends where the words begin, within 40 characters.
    LEADING_SEPARATOR.lastIndex = 0;
    LEADING_SEPARATOR.test(text.slice(labelEnd, Math.min(end, labelEnd + 40)));
    const separator = LEADING_SEPARATOR.lastIndex;
    const header = heading ? undefined : headerOf(lines, line).text;
    // "Item   Held by OPCC?" asks what an office holds, whatever the first column is called.
    const heldColumn = header !== undefined && HELD_HEADER.test(header) && (!EQUIPMENT_HEADER.test(header) || OFFICE_CELL.test(header)) ? true : undefined;
    const answerText = text.slice(labelEnd + separator, end);
    const answerColumnSecond = header !== undefined && (officeColumnFirst(header) || ownerColumnFirst(header));
    passages.push({ span: { start, end }, tools, answerText: answerColumnSecond ? pastFirstCell(answerText) : answerText, heldColumn });
  }
  return passages;
}

/**
 * True when `line` opens with a request region naming one of `tools`, and words outside the request follow the region
 * before `end`.
 */
function answeredAfterQuestion(
  text: string,
  request: readonly Span[],
  mentions: readonly ToolMention[],
  line: Line,
  end: number,
  tools: readonly string[],
): boolean {
  const index = spanIndexAt(request, line.start + line.indent);
  if (index < 0) return false;
  const region = request[index];
  const answerEnd = index + 1 < request.length ? Math.min(end, request[index + 1].start) : end;
  if (region.end >= answerEnd || text.slice(region.end, answerEnd).trim() === '') return false;
  for (let m = partitionPoint(mentions.length, (i) => mentions[i].span.start < region.start); m < mentions.length && mentions[m].span.start < region.end; m++) {
    if (tools.includes(mentions[m].tool)) return true;
  }
  return false;
}

/**
 * A table's header asking whether information is held ("Technology   Information held?   Outcome", "Held by SPA?",
 * "OPFCC holds info?"), and not whether the tool is used: its rows' "Yes" and "No" answer that.
 */
const HELD_HEADER = /^(?![^\n]*\b(?:use[ds]?|deployed|operated)\b)[^\n]*\b(?:held|holds?)\b[^?\n]{0,20}\?/i;

/**
 * A header over equipment rather than information ("Item | Held? | Notes", "Equipment   Held?"): its "Yes" is kit
 * the force holds, which it uses.
 */
const EQUIPMENT_HEADER = /^(?![^\n]*\b(?:information|data|records?|documents?)\b)[^\n]*\b(?:items?|equipment|products?|assets?|devices?|kit)\b/i;

/** What sets a table's cells apart: a bar or a tab, with the spaces round it. */
const CELL_BAR = /[ \t]*[|\t][ \t]*/;
/** The bars opening and closing a row, outside its first and last cells. */
const OUTER_BARS = /^\||\|$/g;
/** A header cell over what an oversight body itself uses: "Used by the OPCC?", "Commissioner's office". */
const OFFICE_CELL = /\b(?:OPCC|OPFCC|PCC|PFCC|MOPAC|commissioner|office)\b/i;
/** A header cell over what the force uses: "Nottinghamshire Police", "Force", "Chief Constable". */
const FORCE_CELL = /\b(?:police(?![ \t]+(?:and|&)[ \t]+crime)|constabulary|force|service|chief\s+constable)\b/i;

/**
 * True for a header whose first answer column is an oversight body's own use and whose next is the force's ("| Tool |
 * Used by the OPCC? | Nottinghamshire Police |"): the force's column answers what was asked.
 */
function officeColumnFirst(header: string): boolean {
  const cells = header.trim().replace(OUTER_BARS, '').split(CELL_BAR);
  return cells.length >= 3 && OFFICE_CELL.test(cells[1]) && !FORCE_CELL.test(cells[1]) && FORCE_CELL.test(cells[2]) && !OFFICE_CELL.test(cells[2]);
}

/** A header cell over who answered for the tool or owns it: "Department consulted", "Business area", "Owner". */
const OWNER_CELL = /\b(?:department|unit|team|business\s+area|directorate|owner|responsible|lead)\b/i;
/** A header cell over the answer: "Response", "Answer", "Status", "Used?". */
const ANSWER_CELL = /\b(?:response|answer|status|reply|use[ds]?)\b/i;

/**
 * True for a header whose first answer column names who answered and whose next holds the answer ("| Tool |
 * Department consulted | Response |"): the answer column answers what was asked.
 */
function ownerColumnFirst(header: string): boolean {
  const cells = header.trim().replace(OUTER_BARS, '').split(CELL_BAR);
  return cells.length >= 3 && OWNER_CELL.test(cells[1]) && !ANSWER_CELL.test(cells[1]) && ANSWER_CELL.test(cells[2]);
}

/** A row's answer without its first cell: "No | Yes - six aircraft |" gives "Yes - six aircraft |". */
function pastFirstCell(answerText: string): string {
  const bar = CELL_BAR.exec(answerText);
  return bar === null ? answerText : answerText.slice(bar.index + bar[0].length);
}

/** Furthest a table's header is read above its row. */
const MAX_HEADER_DISTANCE = 40;

/**
 * The first line with words of the block of lines holding line `index`, past a border: a table's header, when the
 * line is one of its rows.
 */
function headerOf(lines: readonly Line[], index: number): Line {
  let first = blockStart(lines, index, MAX_HEADER_DISTANCE);
  while (first < index && RULE_LINE.test(lines[first].text)) first++;
  return lines[first];
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
    // A tool named at the start of a line sits after at most a short list marker, or anywhere in a table's first cell
    // ("Computer hacking<tab>...", "| Use of predictive policing | ..."), or after its name in another language.
    const indent = mention.span.start - line.start;
    const before = text.slice(line.start, mention.span.start);
    const opensLine =
      (indent <= MAX_LABEL_INDENT && (indent === 0 || opensLabel(before))) ||
      (indent <= MAX_FIRST_CELL_LABEL && SPACED_FIRST_CELL.test(before)) ||
      (indent <= MAX_FIRST_CELL_LABEL && UNIT_LABEL.test(before)) ||
      (indent <= MAX_FIRST_CELL_LABEL && !namedBefore(outside, m, line) && TRANSLATED_NAME.test(stripListMarker(before)));
    // Not opening the line, the name may follow a label alone ("Q1. Body worn video"), or in brackets after it ("Q1
    // (body worn video)").
    const mayFollowLabel = !opensLine && indent <= MAX_LABEL_INDENT;
    const bracketed = mayFollowLabel && OPEN_BRACKET_LAST.test(before) && isLabelAlone(before.slice(0, before.lastIndexOf('(')));
    const afterLabel = bracketed || (mayFollowLabel && isLabelAlone(before));
    if (!opensLine && !afterLabel) {
      const row = firstCellRow(text, line, outside, m);
      if (row) found.push({ line: index, ...row });
      continue;
    }
    // The separator is read after all the names the label joins: "Predictive policing or crime forecasting software -".
    const joined = joinedTools(text, outside, m, line.end);
    // "Q1 (body worn video) - yes": the label names the tool in brackets, and its separator follows them.
    const nameEnd = bracketed ? bracketClosing(text, joined.end, line.end) : joined.end;
    if (nameEnd === undefined) continue;
    // A full stop after the name makes a label only after a list marker or where a sentence may start: "   IMSI
    // catchers. Sections 24(2) ..." goes on with the sentence of the line above.
    const mayStopAfterName = (): boolean => mention.span.start - line.start > line.indent || opensSentence(text, lines, index);
    const afterName = text.slice(nameEnd, Math.min(line.end, nameEnd + 80));
    const separator = PER_TOOL_SEPARATOR.exec(afterName) ?? BRACKETED_ANSWER.exec(afterName);
    if (separator && (separator.groups?.stop === undefined || mayStopAfterName())) {
      const labelEnd = cellEnd(text, line, nameEnd) ?? nameEnd + separator[0].length;
      found.push({ line: index, start: line.start, tools: joined.tools, labelEnd, heading: false });
      continue;
    }
    // "Item 2 - Facial recognition" heads its paragraph; "1b DJI" is the answer to part b, no heading over the next.
    if (BULLETED.test(line.text) || (afterLabel && !PUNCTUATED_LABEL.test(before))) continue;
    const tools = headingTools(text, line, outside, m, mayStopAfterName);
    if (tools) headings.push({ line: index, start: line.start, tools, labelEnd: line.end, heading: true });
  }
  // Names alone on consecutive lines are a list of tools, not headings over answers; unless each is numbered as a
  // question, when together they head the one answer below them ("3. Hacking" / "4. IMSI catchers" / "In respect
  // of questions 3 and 4, ...").
  const labelled = new Set(found.map((f) => f.line));
  for (let k = 0; k < headings.length; ) {
    let last = k;
    while (last + 1 < headings.length && headings[last + 1].line === headings[last].line + 1) last++;
    const run = headings.slice(k, last + 1);
    if (run.length === 1 && !labelled.has(run[0].line)) found.push(run[0]);
    else if (run.length > 1 && run.length <= MAX_JOINT_HEADINGS && run.every((heading) => answerLabel(lines[heading.line].text) && !labelled.has(heading.line))) {
      const tools: string[] = [];
      for (const heading of run) for (const tool of heading.tools) addOnce(tools, tool);
      found.push({ ...run[run.length - 1], start: run[0].start, tools });
    }
    k = last + 1;
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Most numbered headings on consecutive lines read as heading one answer together. */
const MAX_JOINT_HEADINGS = 3;

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

/** The rest of a pipe table's first cell after a tool's name, up to its bar: " - live |", at most 40 characters. */
const CELL_REST = /[^|\n.]{0,40}\|[ \t]*/y;

/**
 * Where the first cell of a pipe table's row ends, when the tool's name ending at `nameEnd` is followed by more words
 * of the cell: "| Facial recognition - live | No |" is answered "No", not "live". Undefined for any other line.
 */
function cellEnd(text: string, line: Line, nameEnd: number): number | undefined {
  if (line.text.indexOf('|') < 0 || text.charCodeAt(nameEnd) === 124) return undefined;
  CELL_REST.lastIndex = nameEnd;
  if (!CELL_REST.test(text) || CELL_REST.lastIndex > line.end) return undefined;
  return ANSWER_BEFORE_BAR.test(text.slice(nameEnd, CELL_REST.lastIndex)) ? undefined : CELL_REST.lastIndex;
}

/** `end`, or where a bar closing the span from `start`, and the spaces around it, begin. */
function beforeBar(text: string, start: number, end: number): number {
  const last = contentEnd(text, start, end);
  return last > start && text.charCodeAt(last - 1) === 124 ? contentEnd(text, start, last - 1) : end;
}

/** The rest of a cell that is the name's answer, not more of its label: "BWV – Y | Drones – Y". */
const ANSWER_BEFORE_BAR = /^[ \t]*[–—:-][ \t]*(?:y|n|yes|no|ncnd|n\/a)[ \t]*\|/i;

/**
 * After a tool's name in mid-line, the dash or colon of a further per-tool answer, perhaps after a few words of its
 * label: "... Facial recognition - No.", "... Live facial recognition deployments in 2023: 0.".
 */
const FURTHER_LABEL_SEPARATOR = new RegExp(String.raw`^${LABEL_WORDS}[ \t]*(?:[–—:]|-(?=[ \t]))[ \t]*`, 'u');

/**
 * A further per-tool answer on the line of another, after its sentence or a bar: "Body worn video - Yes. Facial
 * recognition - No.", "BWV – Y | Drones – Y". Only a dash or colon straight after the name counts, so prose naming a
 * tool after a stop is not one.
 */
function furtherLabel(text: string, line: Line, previous: PerToolLine, outside: readonly ToolMention[], m: number): PerToolLine | undefined {
  const mention = outside[m];
  if (previous.heading || mention.span.start < previous.labelEnd) return undefined;
  const lead = COUNT_LEAD.exec(text.slice(Math.max(previous.labelEnd, mention.span.start - 40), mention.span.start));
  const labelStart = mention.span.start - (lead ? lead[0].length : 0);
  let before = labelStart - 1;
  while (before > previous.labelEnd && (text.charCodeAt(before) === 32 || text.charCodeAt(before) === 9)) before--;
  const stop = text.charCodeAt(before);
  if (before === labelStart - 1 || (stop !== 46 && stop !== 59 && stop !== 124)) return undefined;
  const separator = FURTHER_LABEL_SEPARATOR.exec(text.slice(mention.span.end, Math.min(line.end, mention.span.end + 60)));
  if (!separator) return undefined;
  const labelEnd = mention.span.end + separator[0].length;
  return { line: previous.line, start: labelStart, tools: joinedTools(text, outside, m, labelEnd).tools, labelEnd, heading: false };
}

const ONE_SPACE = /^ $/;

/**
 * Between the tools of a heading naming several: "Hacking and IMSI catchers", "ANPR / drones", "BWV, drones", and
 * the next question's number or letter, "3. Hacking and 4. IMSI catchers", "(c) Hacking and (d) IMSI catchers".
 */
const HEADING_JOINER = /^[ \t]*(?:,[ \t]*(?:and[ \t]+)?|&|\/|and[ \t]+|or[ \t]+)[ \t]*(?:\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)][ \t]+)?$/i;

/**
 * The tools named from the mention `outside[first]` on, joined by "and", "&", "/" or commas ("Hacking and IMSI
 * catchers"), among the mentions starting before `limit`; `end` is where the last of them ends.
 */
function joinedTools(text: string, outside: readonly ToolMention[], first: number, limit: number): { tools: string[]; end: number } {
  const tools = [outside[first].tool];
  let end = outside[first].span.end;
  for (let m = first + 1; m < outside.length && outside[m].span.start < limit; m++) {
    const between = text.slice(end, outside[m].span.start);
    // Two names of one tool side by side are one name: "Mobile phone download" "kiosks".
    const sameName = outside[m].tool === tools[tools.length - 1] && ONE_SPACE.test(between);
    if (!sameName && !HEADING_JOINER.test(between)) break;
    addOnce(tools, outside[m].tool);
    end = outside[m].span.end;
  }
  return { tools, end };
}

/**
 * The tools of a heading line opening with the mention `outside[first]`: its name alone, or several names joined by
 * "and", "&", "/" or commas, with nothing else on the line but a colon or a bracketed note.
 */
function headingTools(text: string, line: Line, outside: readonly ToolMention[], first: number, mayStopAfterName: () => boolean): string[] | undefined {
  const { tools, end } = joinedTools(text, outside, first, line.end);
  const rest = text.slice(end, Math.min(line.end, end + 80));
  return TOOL_HEADING_REST.test(rest) && (!rest.includes('.') || mayStopAfterName()) ? tools : undefined;
}

/** True when line `index` follows a blank line, or a line ending a sentence or a heading. */
function opensSentence(text: string, lines: readonly Line[], index: number): boolean {
  if (index === 0 || lines[index - 1].blank) return true;
  const above = lines[index - 1];
  return SENTENCE_END.test(text.slice(Math.max(above.start, above.end - 4), above.end));
}

const SENTENCE_END = /[.:?!)]\**[ \t]*$/;

/** A table row's first cells before a tool's name: "| 1 | ", " Q2  | ", "a) |", or "1" in columns aligned with spaces. */
const TABLE_CELLS_BEFORE = /^[ \t]*\|?(?:[ \t]*[\w.()]{1,4}[ \t]*\|)?[ \t]*$|^[ \t]*[\w.()]{1,4}(?:[ \t]{2,}|\t)$/;

/**
 * In columns aligned with spaces, a first cell of words that close no sentence before the tool's: the name in
 * another language ("Adnabod wynebau      Facial recognition      Nac ydy / No").
 */
const SPACED_FIRST_CELL = /^[ \t]*[^\s.!?;:,](?:[^\n.!?;:]{0,46}[^\s.!?;:,])?[ \t]{3,}$/u;
/** Furthest a tool's name may start on its line after such a cell. */
const MAX_FIRST_CELL_LABEL = 60;

/** What a label giving a count opens with before the tool's name: "Number of " drones ": 0". */
const COUNT_OPENING = String.raw`(?:(?:the|total)[ \t]+)?(?:number|no\.)[ \t]+of[ \t]+$`;
/** That opening after the stop ending an answer on the same line. */
const COUNT_LEAD = new RegExp(String.raw`\b${COUNT_OPENING}`, 'i');
/** That opening alone before the name, at the start of a line. */
const COUNT_LABEL = new RegExp(String.raw`^[ \t]*${COUNT_OPENING}`, 'i');

/**
 * True when what stands before a tool's name on its line is only a list marker, the numbers of several questions
 * ("3, 4 and 5. Facial recognition, IMSI catchers and ANPR"), a table row's number cell, the opening of a count
 * ("Number of drones: 0") or "Overt" or "Covert".
 */
function opensLabel(before: string): boolean {
  const unmarked = stripListMarker(before);
  return unmarked.trim() === '' || SEVERAL_NUMBERS.test(before) || TABLE_CELLS_BEFORE.test(before) || COUNT_LABEL.test(unmarked) || OVERT_OR_COVERT.test(unmarked);
}

/**
 * An answer's label and nothing more before the tool's name: "Q3. Facial recognition - No.", "Item 2 - Facial
 * recognition" over its paragraph.
 */
function isLabelAlone(before: string): boolean {
  const label = answerLabel(before);
  return label !== undefined && before.slice(label.end).trim() === '';
}

/** The numbers of several questions heading their joint answer: "3, 4 and 5. ", "2 & 3: ". */
const SEVERAL_NUMBERS = /^[ \t]*(?:\d{1,2}[ \t]*(?:,|&|and)[ \t]*){1,8}\d{1,2}[.):][ \t]+$/i;

/**
 * The name of a department answering, in capitals, with its colon, before the tool's name: "Operations Support: body
 * worn video – yes", "Intelligence: IMSI catchers – ...".
 */
const UNIT_LABEL = /^[ \t]*(?:\p{Lu}[\p{L}&'’-]*[ \t]+){0,3}\p{Lu}[\p{L}&'’-]*[ \t]*:[ \t]+$/u;

/** "Overt" or "Covert" before the tool's name, splitting its answer: "Overt open source research: yes". */
const OVERT_OR_COVERT = /^[ \t]*(?:overt|covert)[ \t]+$/i;

/**
 * The name in another language before the tool's, in a bilingual letter's row: "Camerâu corff / " before "Body worn
 * video", or its own cell ("Dronau<tab>"), perhaps after a row's number. Letters alone, a few words, opening with a
 * capital.
 */
const TRANSLATED_NAME = /^[ \t]*(?:\d{1,2}(?:[ \t]{2,}|\t))?\p{Lu}[\p{L}'’ -]{1,40}?(?:[ \t]+\/[ \t]+|\t)$/u;

/** True when another tool is named before mention `m` on its line: "Hacking / IMSI catchers" translates neither. */
function namedBefore(outside: readonly ToolMention[], m: number, line: Line): boolean {
  return m > 0 && outside[m - 1].span.end > line.start;
}

/** An opening bracket ending what stands before a tool's name: the "(" of "Q1 (body worn video)". */
const OPEN_BRACKET_LAST = /\([ \t]*$/;
/** The closing bracket after the names of a bracketed label, and the spaces before it. */
const CLOSING_BRACKET = /[ \t]*\)/y;

/** Where the bracket closing a label's names at `nameEnd` ends, or undefined when none closes them on the line. */
function bracketClosing(text: string, nameEnd: number, lineEnd: number): number | undefined {
  CLOSING_BRACKET.lastIndex = nameEnd;
  return CLOSING_BRACKET.test(text) && CLOSING_BRACKET.lastIndex <= lineEnd ? CLOSING_BRACKET.lastIndex : undefined;
}

/** A label ending in a stop, colon, bracket or dash: "Q3. ", "Question 3: ", "Item 2 - ". */
const PUNCTUATED_LABEL = /[.:)\-–—][ \t]*$/;

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

/** A bullet opening a list item, with the indent before it and the space after: "  * ", "- ", "• ". */
const BULLET = /^[ \t]*[*•·▪◦‣-][ \t]+/u;
/** A field of a form, a label of a few words and its value: "Extractions via kiosk: 0", "Spend 2022/23: £4,100". */
const FIELD_LINE = /^[ \t]*[A-Z][\w'’/()-]*(?:[ \t]+[\w'’/()-]+){0,4}[ \t]*:[ \t]+\S/;

/**
 * A paragraph opening with words that go on from the one before, still about its tool: "Beyond this, PSNI neither
 * confirms nor denies ... covert use", "In addition, ...", "Any further information ...".
 */
const GOES_ON =
  /^[ \t]*(?:(?:beyond|besides|apart\s+from|aside\s+from|other\s+than|in\s+addition\s+to)\s+(?:this|that|the\s+above)\b|in\s+addition\b|additionally\b|furthermore\b|any\s+(?:other|further|additional|covert)\b)/i;

/** A row of a pipe table with words in its first cell. */
const NEW_ROW = /^[ \t]*\|?[ \t]*[^|\s][^|\n]*\|/;
/** The rule under a pipe table's header: "|---|:---:|". */
const RULE_ROW = /^[ \t]*\|?[ \t]*:?-{2,}/;
/** Where a rule under a header meets the columns' borders: "|---|---|", "----+----". */
const COLUMN_JOIN = /[|+]/;
/** A table's row opening with its number in a column of its own: "  4  Predictive software    N/A". */
const NUMBERED_ROW = /^[ \t]*\d{1,2}(?:[ \t]{2,}|\t)\S/;

/**
 * A per-tool passage runs from its line to the next per-tool line, and stops earlier at a new paragraph that is
 * neither a note ("*See attached ...") nor goes on from the last ({@link GOES_ON}), at a heading, numbered answer or
 * question, a form's field, or at the request.
 */
/** A line opening with a form's box, ticked or not: "[x] Body worn video", "☐ Drones". */
const BOX_OPENING = new RegExp(String.raw`^[ \t]*${FORM_BOX}`);

/** The mark opening a note: "*", "**", "†", "‡", "(2)", "(b)"; or a bracket opening words in brackets. */
const NOTE_OPENING = /^(?:\*+|†+|‡+|\((?:\d{1,2}|[a-z])\)|\()/u;

/**
 * True when a paragraph opening with `lineText` is a note on the passage from `start` to `end`: words in brackets, or
 * a note whose mark the passage carries ("Drones   Yes*" over "* The aircraft are ..."); not a note marked on other
 * rows ("Hacking   *") under a row without the mark.
 */
function notesPassage(text: string, start: number, end: number, lineText: string): boolean {
  const mark = NOTE_OPENING.exec(lineText.trimStart())?.[0];
  return mark !== undefined && (mark === '(' || text.slice(start, end).includes(mark));
}

function perToolPassageEnd(text: string, lines: readonly Line[], first: number, stopAt: number, request: readonly Span[]): number {
  let end = lines[first].end;
  // A passage that is an item of a bulleted list ends at the next item, whatever it names ("* Public space CCTV: ...").
  const bullet = BULLET.exec(lines[first].text)?.[0];
  let blankBefore = false;
  // A header row ("| Facial recognition | Overt | Covert |" over "|---|---|---|" or "----+----") heads the rows under
  // it; a border without the columns' joins (" -------") parts rows.
  const row = lines[first].text.includes('|') && !(first + 1 < lines.length && RULE_ROW.test(lines[first + 1].text) && COLUMN_JOIN.test(lines[first + 1].text));
  // A row of a table numbered in its first column ("  4  Predictive software    N/A ...") ends at the next number.
  const numberedRow = NUMBERED_ROW.test(lines[first].text);
  for (let i = first + 1; i < lines.length && lines[i].start < stopAt; i++) {
    const line = lines[i];
    if (line.start - lines[first].start > MAX_PER_TOOL_UNIT || insideRegions(request, line.start)) break;
    if (line.blank) {
      blankBefore = true;
      continue;
    }
    if (isAnswerHeading(line.text) || isQuestionLabel(line.text) || answerLabel(line.text) || FIELD_LINE.test(line.text) || opensRestLabel(line.text)) break;
    if (bullet !== undefined && line.text.startsWith(bullet)) break;
    // A checklist's next item ("[x] Mobile phone extraction") is an answer of its own.
    if (BOX_OPENING.test(line.text)) break;
    // A table's next row, though its first cell names no tool ("Automatic Number Plate | Yes ..."); a cell wrapped
    // onto the next line leaves the first cell empty ("       | since 2016.").
    if ((row && NEW_ROW.test(line.text)) || (numberedRow && NUMBERED_ROW.test(line.text))) break;
    if (blankBefore && !(notesPassage(text, lines[first].start, end, line.text) || GOES_ON.test(line.text))) break;
    end = line.end;
    blankBefore = false;
  }
  return Math.min(end, stopAt);
}
