// Lists grouped under a heading that gives their status ("In use:", "NO", "Neither confirm nor deny", "Both forces
// use:"): a letter regrouping its answers by outcome names each tool once, under the outcome, and says nothing more of
// it ("- body worn video;"). Each item naming a tool takes the heading's status unless it says something of its own.

import type { ToolMention, ToolStatus } from '../../model';
import type { Span } from '../../text';
import { partitionPoint, spanIndexAt } from '../../sorted';
import { BULLET_MARKS, type Line } from '../lines';
import { statusOfMeaning } from './legend';
import { ncndCue } from './wording';

/** The lines of items under a status heading, in text order, each with the heading's status. */
export interface StatusItem extends Span {
  readonly status: ToolStatus;
}

/** Longest heading read, in characters: a heading is a few words, not a sentence. */
const MAX_HEADING = 48;
/** Most words in a heading: "Currently in use by West Mercia Police". */
const MAX_HEADING_WORDS = 8;
/** Most items read under one heading. */
const MAX_ITEMS = 20;

/** Marks around a heading's words: "**In use:**", "## Not used", "NOT USED -". */
const HEADING_MARKS = /^[ \t#*_]*|[ \t#*_:\-–—]*$/g;
/**
 * What no heading holds: a question mark, a table's cell breaks ("Technology    Used    Introduced", "Tool,In use"), or
 * a full stop at its end.
 */
const NOT_HEADING = /[?,|\t]|\S[ ]{3,}\S|\.[ \t]*$/;
/** A heading's number, before its status: "Table 1 - ", "TABLE 2:", "List B." */
const HEADING_NUMBER = /^(?:table|list|group|category)[ \t]+(?:\d{1,2}|[a-z])[ \t]*[:.\-–—][ \t]*/i;
/** A heading in capitals ("IN SERVICE"), which may stand a blank line above its items as one ending in a colon does. */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u;
/** A heading giving the status of documents or records, not of tools: "Table 1 - Documents currently in use". */
const OF_DOCUMENTS = /\b(?:documents?|polic(?:y|ies)|procedures?|guidance|assessments?|DPIAs?|records?|reports?|contracts?|papers?|requests?)\b/i;
/** A table's rule or border: "-----|------", "+--------+". */
const RULE = /^[ \t|+:]*[-=_–—]{3,}[-=_–—+|: \t]*$/;
/** A table's row: cells parted by bars, a tab or a wide gap. */
const CELLS = /\||\t|\S {3,}\S/;
/** A table's row of one cell spanning its columns, between bars: "| USED BY NORTHUMBRIA POLICE    |". */
const SPANNING_ROW = /^[ \t]*\|[ \t]*([^|\t]*?[^|\t\s])[ \t]*\|[ \t]*$/;
/** The border and spaces before a row's first cell. */
const ROW_OPENING = /^[ \t|]*/;
/** Most lines of a table's header (rules and a row of column names) passed over below a heading. */
const MAX_TABLE_HEADER = 3;
/** A bullet opening an item: "-", "*", "•". */
const BULLET = new RegExp(String.raw`^[ \t]*[${BULLET_MARKS}][ \t]`);

/** "Both forces use", "We use the following", "The force currently uses": use, said of a list. */
const SUBJECT_USES = /^(?:(?:both|all|the)\s+forces|we|the\s+(?:force|constabulary|service)|this\s+force)\s+(?:currently\s+|also\s+)?uses?(?:\s+the\s+following)?$/i;
/** "Neither force uses", "We do not use", "The force does not currently use the following": non-use, said of a list. */
const SUBJECT_DOES_NOT_USE =
  /^(?:neither\s+force\s+uses|(?:we|the\s+(?:force|constabulary|service)|this\s+force)\s+(?:do|does)\s+not\s+(?:currently\s+)?use(?:\s+the\s+following)?)$/i;

/**
 * The items under every status heading of the letter. A heading is a short line after a blank one, naming no tool,
 * with no question, table's cell breaks or closing full stop, whose words are a status ({@link statusOfMeaning}: "In use", "Not used", "Trial", "NCND", "Yes") or a subject using
 * or not using what follows; its items are the lines straight below it (past one blank line after a colon), each a
 * bullet or opening with a tool's name, up to a blank line, though bullets may be spaced by blank lines.
 */
export function statusItems(lines: readonly Line[], outside: readonly ToolMention[]): StatusItem[] {
  const items: StatusItem[] = [];
  const names = outside.map((mention) => mention.span);
  const opensWithName = (line: Line): boolean => {
    const index = spanIndexAt(names, line.start + line.indent);
    return index >= 0 && names[index].start === line.start + line.indent;
  };
  const namesToolIn = (start: number, end: number): boolean => {
    const next = partitionPoint(names.length, (k) => names[k].end <= start);
    return next < names.length && names[next].start < end;
  };
  const namesTool = (line: Line): boolean => namesToolIn(line.start, line.end);
  // A table's row is an item when its first cell names a tool.
  const firstCellNamesTool = (line: Line): boolean => {
    const opening = ROW_OPENING.exec(line.text)![0].length;
    const cellEnd = line.text.slice(opening).search(CELLS);
    return namesToolIn(line.start + opening, cellEnd < 0 ? line.end : line.start + opening + cellEnd + 1);
  };
  for (let i = 0; i < lines.length; i++) {
    // A heading stands apart from what is above it: a short line after text may end a wrapped sentence; a table's row
    // spanning its columns, after a rule.
    const spanning = i > 0 && RULE.test(lines[i - 1].text) ? SPANNING_ROW.exec(lines[i].text)?.[1] : undefined;
    if (i > 0 && !lines[i - 1].blank && spanning === undefined) continue;
    const status = spanning !== undefined ? statusOfHeading(spanning) : (headingStatus(lines[i]) ?? ncndOverList(lines, i));
    if (status === undefined || namesTool(lines[i])) continue;
    let k = i + 1;
    const heading = lines[i].text.trim();
    if (k < lines.length && lines[k].blank && (heading.endsWith(':') || CAPITALS.test(heading))) k++;
    // A table under the heading: its rules and a header row naming no tool are passed over.
    let table = false;
    for (const headerEnd = k + MAX_TABLE_HEADER; k < headerEnd && k < lines.length && !namesTool(lines[k]) && (RULE.test(lines[k].text) || CELLS.test(lines[k].text)); k++) {
      table = true;
    }
    const bulleted = !table && k < lines.length && BULLET.test(lines[k].text);
    const first = items.length;
    for (; k < lines.length && items.length - first < MAX_ITEMS; k++) {
      const line = lines[k];
      if (line.blank) {
        if (bulleted && k + 1 < lines.length && BULLET.test(lines[k + 1].text)) continue;
        break;
      }
      // The next heading of a table's own: "| BEING TRIALLED |".
      if (spanning !== undefined && !namesTool(line) && statusOfHeading(SPANNING_ROW.exec(line.text)?.[1] ?? '') !== undefined) break;
      // Rules between rows, and a cell wrapped onto a line of its own, are parts of the rows around them.
      if (table && (RULE.test(line.text) || (CELLS.test(line.text) && !firstCellNamesTool(line)))) continue;
      const item = bulleted ? BULLET.test(line.text) : table ? firstCellNamesTool(line) : opensWithName(line);
      // The next heading names no tool: "Predictive policing (decommissioned 2021)" is an item.
      if (!item || (headingStatus(line) !== undefined && !namesTool(line))) break;
      items.push({ start: line.start, end: line.end, status });
    }
    i = k - 1;
  }
  return items;
}

/** Longest sentence read as an NCND over the list below it ({@link ncndOverList}). */
const MAX_NCND_LEAD = 200;

/**
 * NCND for the bulleted list below line `i`, when the line is a sentence of the NCND ending with a colon: "The MPS
 * neither confirms nor denies whether it holds any information about:", "Kent Police neither confirms nor denies
 * (s.23(5), s.24(2), s.31(3)):".
 */
function ncndOverList(lines: readonly Line[], i: number): ToolStatus | undefined {
  const text = lines[i].text.trimEnd();
  if (!text.endsWith(':') || text.length > MAX_NCND_LEAD || i + 1 >= lines.length || !BULLET.test(lines[i + 1].text)) return undefined;
  return ncndCue(text) ? 'ncnd' : undefined;
}

/** The status a line's words give as a heading, or undefined when the line is no status heading. */
function headingStatus(line: Line): ToolStatus | undefined {
  if (line.blank || line.text.length - line.indent > MAX_HEADING || NOT_HEADING.test(line.text) || BULLET.test(line.text)) return undefined;
  return statusOfHeading(line.text);
}

/** The status a heading's words give ("In use:", "NOT USED -", "Table 2: Trialled"), if they are a status. */
function statusOfHeading(text: string): ToolStatus | undefined {
  if (text.trim().length > MAX_HEADING) return undefined;
  const words = text.replace(HEADING_MARKS, '').replace(HEADING_NUMBER, '');
  if (words === '' || words.split(/\s+/).length > MAX_HEADING_WORDS || OF_DOCUMENTS.test(words)) return undefined;
  if (SUBJECT_USES.test(words)) return 'used';
  if (SUBJECT_DOES_NOT_USE.test(words)) return 'not-used';
  return statusOfMeaning(words);
}

/** The status of the item holding `offset`, if an item does. */
export function statusAt(items: readonly StatusItem[], offset: number): ToolStatus | undefined {
  const index = spanIndexAt(items, offset);
  return index < 0 ? undefined : items[index].status;
}
