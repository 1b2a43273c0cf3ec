// Rows of a table of equipment, assets or spending that name a tool beside a figure above nought ("UAV | DJI
// Matrice 30T | 4", "Genetec UK Ltd  £96,112.50  AutoVu ANPR back office", "Digital Forensics – MSAB kiosk
// licences  £22,400"): kit counted or paid for is kit the authority has, whichever column names it.

import type { ToolMention } from '../../model';
import type { Line } from '../lines';
import { addOnce } from './lists';
import type { Passage } from './perToolPassages';

/** Cells of a row: set apart by bars, tabs, two spaces or more, or the commas between quoted values of a CSV line. */
const CELL_BREAK = /[ \t]*\|[ \t]*|[ \t]*\t[ \t]*| {2,}|"[ \t]*,[ \t]*"/;

/** A word qualifying a figure, or the label of one of several in a cell: "approx. 3,800", "Fixed: 94". */
const QUALIFIER = String.raw`(?:(?:approx(?:imately|\.)?|c\.|circa|about|around|over|some|[A-Za-z]+:)[ \t]*)?`;

/**
 * A cell holding only a figure above nought: a sum ("£1,150", "£96,112.50", "£1.2m", "18,450.00") or a count ("4",
 * "approx. 3,800"); not a year ("2021"), which dates rather than counts. Or a count of units opening a cell: "3 x
 * DJI Matrice 30T".
 */
const FIGURE_ABOVE_NOUGHT = new RegExp(
  String.raw`^${QUALIFIER}(?:£[ \t]?(?:[1-9][\d,]*(?:\.\d+)?|0\.\d*[1-9]\d*)(?:[ \t]?(?:k|m|million))?|(?!(?:19|20)\d\d$)[1-9]\d{0,2}(?:,\d{3})*(?:\.\d\d)?|[1-9]\d*[ \t]*x[ \t].*)$`,
  'i',
);

/** A cell holding nought: "0", "£0.00", "nil", "-". A row with one tells of a tool not had somewhere or sometime. */
const NOUGHT = /^(?:£[ \t]?)?0(?:\.0+)?$|^(?:nil|-|–|—)$/i;

/**
 * Words by which a row says something of its own, or of an exception: a denial, a refusal or an exemption, an end, a
 * trial or a plan, or a pointer to a note. Such a row is left to the readers of answers.
 */
const ROW_ANSWER_WORDS =
  /\b(?:no|none|nil|not|never|n\/a|withheld|exempt(?:ed|ion)?|redacted|ncnd|neither|refused|section|s\.?\d{2}|ended|expired|ceased|decommissioned|withdrawn|disposed|trial(?:led|ling)?|pilot(?:ed|ing)?|planned|proposed|pending|evaluation|business\s+case|see)\b/i;

/** The words of each cell of a line, without the quotes of a CSV line's first and last values. */
function cellsOf(line: Line): string[] {
  return line.text
    .trim()
    .replace(/^"|"$/g, '')
    .split(CELL_BREAK)
    .filter((cell) => cell !== '');
}

/**
 * Most rows read for one tool: each tells the same use, and a register of thousands of rows need not be read row by
 * row to know it.
 */
const MAX_ROWS_PER_TOOL = 3;

/** True when the line is a row of cells: two or more. */
function isRow(line: Line): boolean {
  return !line.blank && cellsOf(line).length >= 2;
}

/**
 * The rows of tables, outside the request, that name a tool (a mention in `outside`) beside a figure above nought in
 * a cell of its own, and say nothing else of it ({@link ROW_ANSWER_WORDS}) nor hold nought, as passages telling use.
 * A row stands among others: the line above or below it is a row as well. At most {@link MAX_ROWS_PER_TOOL} rows
 * are taken for each tool.
 */
export function holdingRows(lines: readonly Line[], outside: readonly ToolMention[]): Passage[] {
  const rows: Passage[] = [];
  const rowsOf = new Map<string, number>();
  let m = 0;
  for (let i = 0; i < lines.length && m < outside.length; i++) {
    const line = lines[i];
    while (m < outside.length && outside[m].span.start < line.start) m++;
    const tools: string[] = [];
    for (let k = m; k < outside.length && outside[k].span.end <= line.end; k++) addOnce(tools, outside[k].tool);
    if (tools.length === 0 || tools.every((tool) => (rowsOf.get(tool) ?? 0) >= MAX_ROWS_PER_TOOL)) continue;
    const allCells = cellsOf(line);
    if (allCells.length < 2 || !((i > 0 && isRow(lines[i - 1])) || (i + 1 < lines.length && isRow(lines[i + 1])))) continue;
    // A small number opening the row numbers it ("4    Social media monitoring tools").
    const cells = allCells.filter((cell, k) => k > 0 || cell.startsWith('£'));
    if (ROW_ANSWER_WORDS.test(line.text) || cells.some((cell) => NOUGHT.test(cell)) || !cells.some((cell) => FIGURE_ABOVE_NOUGHT.test(cell))) continue;
    for (const tool of tools) rowsOf.set(tool, (rowsOf.get(tool) ?? 0) + 1);
    rows.push({ span: { start: line.start, end: line.end }, tools, answerText: line.text, status: 'used' });
  }
  return rows;
}
