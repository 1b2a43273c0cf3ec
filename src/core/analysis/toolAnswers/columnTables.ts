// Grids read by their columns. Tables with a column for each tool and a row for each question: a header row naming
// the tools ("BWV  Drones  ANPR", "| Question | BWV | FR |"), then rows such as "Currently in operational use?  Yes
// No  Yes"; a tool's answer is its cell in the row asking about use, and in a row asking about a trial. And tables
// with a column for each status ("| In use | Trial / pilot | Not in use |"), each tool's row marked ("X") in the one
// that applies. Separate because it reads the layout of a grid, which the per-tool lines (one tool a row) do not.

import type { ToolMention, ToolStatus } from '../../model';
import type { Span } from '../../text';
import { lineIndexAt, RULE_LINE, type Line } from '../lines';
import { TICKS } from '../marks';
import { statusOfMeaning } from './legend';
import type { Passage } from './perToolPassages';

/** A table read by its columns: the lines it spans, and the cells answering for a tool. */
export interface ColumnTable {
  readonly span: Span;
  readonly cells: readonly Passage[];
}

/** A cell of a row: where it stands in the text and on its line, and its words. */
interface Cell {
  readonly start: number;
  readonly end: number;
  /** Where it starts on its line: columns of rows set apart by spaces line up by it. */
  readonly column: number;
  readonly text: string;
}

/** How a row's cells are set apart. */
type Layout = 'pipes' | 'tabs' | 'spaces';

/**
 * A row asking whether each tool is used now ("Currently in operational use?", "Used by NYP (Y/N)", "Q1 Does TVP use
 * it?", "Current position").
 */
const USE_ROW = /\b(?:use[sd]?|using|deployed|operational|operated?|in\s+service|Y\/N|current(?:ly)?\s+(?:position|status|state))\b/i;
/** A row asking about a trial or a plan ("Trialled in the last three years?", "Under evaluation / trial"). */
const TRIAL_ROW = /\b(?:trial(?:l?ed|l?ing|s)?|pilot(?:ed|ing|s)?|evaluat\w*|planned)\b/i;
/** Rows asking about something else, or about the past, whatever else they say. */
const OTHER_ROW = /\b(?:previously|formerly|ever|past|DPIA|impact|assessment|how\s+many|number|spend|cost|year|when|date|introduced|since|policy|supplier|contract)\b/i;

/** Most rows read under a header. */
const MAX_ROWS = 20;
/** Most characters a tool's header cell holds besides the name: " (cameras)", " / UAV". */
const MAX_WORDS_BESIDE_NAME = 16;
/** Longest header cell that is not a tool's: "Question", "Technology", "Force". */
const MAX_OTHER_HEADER_CELL = 30;
/** A status's words, one of which a header with a column for each status holds. */
const STATUS_WORDS = /\b(?:in[ \t]+use|used|trial|pilot|neither[ \t]+confirm|NCND|not[ \t]+held)\b/i;

/** Longest line read as a header whose cells are set apart by spaces alone. */
const MAX_SPACED_HEADER = 160;

/**
 * True for a short line holding a run of three spaces, which may set apart a header's cells ("Yes     No     NCND").
 */
function spacedApart(line: Line): boolean {
  return line.text.length <= MAX_SPACED_HEADER && line.text.includes('   ', line.indent);
}

/** What sets two header cells apart: a bar, a tab or two spaces. */
const CELL_BREAK = /\||\t| {2}/;

/** The indices of the lines holding a bar or a tab, found by jumping from one to the next: most letters have none. */
function linesWithBarsOrTabs(text: string, lines: readonly Line[]): Set<number> {
  const found = new Set<number>();
  for (const mark of ['|', '\t']) {
    for (let at = text.indexOf(mark); at >= 0; ) {
      const index = lineIndexAt(lines, at);
      found.add(index);
      at = text.indexOf(mark, lines[index].end);
    }
  }
  return found;
}

/** A defined abbreviation just before a tool's name: "FR = ", "EI – "; not a status ("NCND - IMSI catchers"). */
const ABBREVIATION_BEFORE = /\b(?!(?:NCND|FOI|FOIA|FOISA|NB|RE)\b)([A-Z]{2,5})[ \t]*(?:=|–|—|-|:)[ \t]*$/;

/**
 * Every table of the letter with a column for each of at least two tools, or for each of two statuses or more. A
 * header cell is a tool's when its words are the tool's name, or an abbreviation the letter defines for one ("FR =
 * facial recognition").
 * @param outside the tools named outside the request, in text order.
 */
export function columnTables(text: string, lines: readonly Line[], outside: readonly ToolMention[]): ColumnTable[] {
  const abbreviations = definedAbbreviations(text, outside);
  const barred = linesWithBarsOrTabs(text, lines);
  const tables: ColumnTable[] = [];
  let m = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    while (m < outside.length && outside[m].span.start < line.start) m++;
    // A header names two tools in cells of their own, abbreviates them, or names statuses in cells set apart by bars,
    // tabs or runs of spaces.
    const namesTwo = m + 1 < outside.length && outside[m + 1].span.start < line.end && CELL_BREAK.test(text.slice(outside[m].span.end, outside[m + 1].span.start));
    if (!namesTwo && (line.blank || (abbreviations.size === 0 && !((barred.has(i) || spacedApart(line)) && STATUS_WORDS.test(line.text))))) continue;
    const table = tableUnder(lines, i, outside, m, abbreviations);
    if (!table) continue;
    tables.push(table.table);
    i = table.lastLine;
  }
  return tables;
}

/** The abbreviations the letter defines for tools: "BWV = body worn video | FR = facial recognition". */
function definedAbbreviations(text: string, outside: readonly ToolMention[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const mention of outside) {
    const before = ABBREVIATION_BEFORE.exec(text.slice(Math.max(0, mention.span.start - 12), mention.span.start));
    if (before) found.set(before[1], mention.tool);
  }
  return found;
}

/** The table whose header is line `index`, with the index of its last line; undefined when the line heads none. */
function tableUnder(
  lines: readonly Line[],
  index: number,
  outside: readonly ToolMention[],
  firstMention: number,
  abbreviations: ReadonlyMap<string, string>,
): { table: ColumnTable; lastLine: number } | undefined {
  const header = lines[index];
  const layout: Layout = header.text.includes('|') ? 'pipes' : header.text.includes('\t') ? 'tabs' : 'spaces';
  const headerCells = cellsOf(header, layout);
  const columns: { cell: Cell; tool: string }[] = [];
  for (const cell of headerCells) {
    const tool = toolOfCell(cell, outside, firstMention, abbreviations);
    if (tool) columns.push({ cell, tool });
    else if (cell.text.length > MAX_OTHER_HEADER_CELL && statusOfMeaning(cell.text) === undefined) return undefined;
  }
  const otherCells = headerCells.filter((cell) => cell.text !== '').length - columns.length;
  if (new Set(columns.map((column) => column.tool)).size < 2 || otherCells > 2) {
    return columns.length === 0 ? statusColumnsUnder(lines, index, headerCells, layout, outside, firstMention) : undefined;
  }

  const last = lastRow(lines, index);
  if (last === index) return undefined;
  const columnCells = columns.map((column) => column.cell);
  const cells: Passage[] = [];
  let useRead = false;
  let trialRead = false;
  for (let i = index + 1; i <= last; i++) {
    if (RULE_LINE.test(lines[i].text)) continue;
    const row = cellsOf(lines[i], layout);
    const byColumn = cellsByColumn(row, layout, headerCells, columnCells);
    const addRow = (trialRow: boolean): void => {
      columns.forEach(({ tool }, c) => {
        const cell = byColumn.get(c);
        if (cell) cells.push({ span: { start: cell.start, end: cell.end }, tools: [tool], answerText: cell.text, trialRow });
      });
    };
    const first = layout === 'spaces' ? row.find((cell) => cell.column < columnCells[0].column) : row.find((cell) => cell.text !== '');
    const label = first === byColumn.get(0) ? undefined : first;
    // A header of tools alone ("BWV | Drones | Facial recognition") over a row with no label: the row answers the
    // request, whether each tool is used; not a row naming tools itself.
    if (otherCells === 0 && !label && byColumn.size > 0 && !useRead) {
      if (row.some((cell) => toolOfCell(cell, outside, firstMention, abbreviations) !== undefined)) break;
      useRead = true;
      addRow(false);
      continue;
    }
    if (!label || byColumn.size === 0 || OTHER_ROW.test(label.text)) continue;
    const trialRow = TRIAL_ROW.test(label.text);
    if (trialRow ? trialRead : !USE_ROW.test(label.text) || useRead) continue;
    if (trialRow) trialRead = true;
    else useRead = true;
    addRow(trialRow);
  }
  return tableOf(lines, index, last, cells);
}

/** A cell marking the column it stands in: "X", a tick, "Yes", a bullet. */
const COLUMN_MARK = new RegExp(`^(?:x|[${TICKS}•●*]|yes|y)$`, 'iu');

/**
 * The table whose header (line `index`) has a column for each status ("| In use | Trial / pilot | Not in use |
 * Neither confirm nor deny |") and whose rows name a tool each, marked in the column that applies.
 */
function statusColumnsUnder(
  lines: readonly Line[],
  index: number,
  headerCells: readonly Cell[],
  layout: Layout,
  outside: readonly ToolMention[],
  firstMention: number,
): { table: ColumnTable; lastLine: number } | undefined {
  // A header's cells are short names of statuses; a row's answer ("No") and its comment ("Operated by the councils.
  // Not held.") make no header.
  if (headerCells.some((cell) => cell.text.length > MAX_OTHER_HEADER_CELL)) return undefined;
  const columns: { cell: Cell; status: ToolStatus }[] = [];
  for (const cell of headerCells) {
    const status = cell.text === '' ? undefined : statusOfMeaning(cell.text);
    if (status) columns.push({ cell, status });
  }
  // "Yes  No  NCND" heads columns only when every cell of it is a status's; "Yes  Operated by the councils" is a row.
  const named = headerCells.filter((cell) => cell.text !== '');
  if (named.some((cell) => BARE_ANSWER_CELL.test(cell.text)) && columns.length < named.length) return undefined;
  if (new Set(columns.map((column) => column.status)).size < 2) return undefined;
  const last = lastRow(lines, index);
  const columnCells = columns.map((column) => column.cell);
  const cells: Passage[] = [];
  let m = firstMention;
  for (let i = index + 1; i <= last; i++) {
    if (RULE_LINE.test(lines[i].text)) continue;
    while (m < outside.length && outside[m].span.start < lines[i].start) m++;
    const row = cellsOf(lines[i], layout);
    const first = row.find((cell) => cell.text !== '');
    const tool = first ? toolOfCell(first, outside, m, NO_ABBREVIATIONS) : undefined;
    if (!tool) continue;
    for (const [c, cell] of cellsByColumn(row, layout, headerCells, columnCells)) {
      if (COLUMN_MARK.test(cell.text)) cells.push({ span: { start: cell.start, end: cell.end }, tools: [tool], answerText: cell.text, status: columns[c].status });
    }
  }
  return cells.length === 0 ? undefined : tableOf(lines, index, last, cells);
}

const NO_ABBREVIATIONS: ReadonlyMap<string, string> = new Map();
/** A cell answering yes or no, which a row holds and a header does not. */
const BARE_ANSWER_CELL = /^(?:yes|no|y|n)\.?$/i;

/** The last line of the table whose header is line `index`: its rows run to a blank line, at most {@link MAX_ROWS}. */
function lastRow(lines: readonly Line[], index: number): number {
  let last = index;
  while (last + 1 < lines.length && last + 1 - index <= MAX_ROWS && !lines[last + 1].blank) last++;
  return last;
}

/** The table from its header (line `index`) to line `last`, with its cells in text order. */
function tableOf(lines: readonly Line[], index: number, last: number, cells: Passage[]): { table: ColumnTable; lastLine: number } {
  return { table: { span: { start: lines[index].start, end: lines[last].end }, cells: cells.sort((a, b) => a.span.start - b.span.start) }, lastLine: last };
}

/** A row's cells by the header column each stands under: by position, or by count of bars or tabs. */
function cellsByColumn(row: readonly Cell[], layout: Layout, headerCells: readonly Cell[], columnCells: readonly Cell[]): Map<number, Cell> {
  return layout === 'spaces' ? alignedCells(row, columnCells) : indexedCells(row, headerCells, columnCells);
}

/** The tool a header cell stands for: its words are one tool's name, or an abbreviation defined for one. */
function toolOfCell(cell: Cell, outside: readonly ToolMention[], firstMention: number, abbreviations: ReadonlyMap<string, string>): string | undefined {
  const abbreviated = abbreviations.get(cell.text);
  if (abbreviated) return abbreviated;
  // The names are nearly all the cell: "Body worn video", "BWV (cameras)", "Drones / UAV", "Cyber kiosks / device
  // examination", not a sentence naming the tool.
  let tool: string | undefined;
  let named = 0;
  for (let k = firstMention; k < outside.length && outside[k].span.start < cell.end; k++) {
    const { span } = outside[k];
    if (span.start < cell.start || span.end > cell.end) continue;
    if (tool !== undefined && outside[k].tool !== tool) return undefined;
    tool = outside[k].tool;
    named += span.end - span.start;
  }
  return tool !== undefined && cell.text.length - named <= MAX_WORDS_BESIDE_NAME ? tool : undefined;
}

/** The cells of a row set apart by spaces: two or more spaces, or a tab, end one. */
const SPACED_CELLS = /[^ \t](?:[^ \t]| (?! ))*/g;

/**
 * The cells of a row, each trimmed. Bars and tabs set apart empty cells too, which keep the columns counted: a row
 * opening with a bar, or a header whose first cell is blank before its first bar, opens with an empty one.
 */
function cellsOf(line: Line, layout: Layout): Cell[] {
  const cells: Cell[] = [];
  const add = (column: number, raw: string): void => {
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    cells.push({ start: line.start + column + lead, end: line.start + column + lead + value.length, column: column + lead, text: value });
  };
  if (layout === 'spaces') {
    for (const match of line.text.matchAll(SPACED_CELLS)) add(match.index, match[0]);
    return cells;
  }
  const separator = layout === 'pipes' ? '|' : '\t';
  let from = 0;
  for (let at = line.text.indexOf(separator); at >= 0; at = line.text.indexOf(separator, from)) {
    add(from, line.text.slice(from, at));
    from = at + 1;
  }
  add(from, line.text.slice(from));
  return cells;
}

/**
 * The cells of a row set apart by spaces, by the header column each stands under: the one whose stretch holds the
 * cell's middle, each stretch reaching halfway to the next column's header.
 */
function alignedCells(row: readonly Cell[], headers: readonly Cell[]): Map<number, Cell> {
  const byColumn = new Map<number, Cell>();
  const endOf = (cell: Cell): number => cell.column + cell.text.length;
  for (const cell of row) {
    // The row's label, however far it runs under the first column, answers nothing.
    if (cell.column < headers[0].column) continue;
    const middle = (cell.column + endOf(cell)) / 2;
    for (let c = 0; c < headers.length; c++) {
      const from = c === 0 ? headers[0].column - 2 : (endOf(headers[c - 1]) + headers[c].column) / 2;
      const to = c === headers.length - 1 ? Number.POSITIVE_INFINITY : (endOf(headers[c]) + headers[c + 1].column) / 2;
      if (middle >= from && middle < to) byColumn.set(c, cell);
    }
  }
  return byColumn;
}

/** The cells of a row set apart by bars or tabs, by the header column at the same place among the header's cells. */
function indexedCells(row: readonly Cell[], headerCells: readonly Cell[], columns: readonly Cell[]): Map<number, Cell> {
  const byColumn = new Map<number, Cell>();
  columns.forEach((header, c) => {
    const cell = row[headerCells.indexOf(header)];
    if (cell && cell.text !== '') byColumn.set(c, cell);
  });
  return byColumn;
}
