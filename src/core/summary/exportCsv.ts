// The summary as CSV: one row per letter and tool, for spreadsheets and statistics packages.
// Quoting is csv-stringify's (RFC 4180: fields holding a comma, a double quote or a line break are quoted, quotes
// doubled; records end with CRLF).

import { stringify } from 'csv-stringify/sync';
import { sectionLabel } from './sectionLabel';
import type { SummaryLetter, SummarySnapshot } from './types';

/** The header row, in column order. */
export const CSV_COLUMNS = [
  'authority',
  'reference',
  'date',
  'file',
  'tool',
  'status',
  'recorded',
  'exemptions',
  'evidence',
  'note',
] as const;

/**
 * Joins a tool's sections in one cell, each labelled as in the summary (`s31(1) (FOISA)` in a Scottish letter), so
 * that a Scottish s31 and an English s31 do not read the same.
 */
export const EXEMPTION_SEPARATOR = '; ';
/** Joins several evidence quotes for one tool in one cell. */
export const EVIDENCE_SEPARATOR = ' … ';

/**
 * CSV of every letter and tool, letters in snapshot order and tools in column order. A letter with no status yet
 * still gets one row, with the tool columns empty, so no letter goes missing from the sheet.
 *
 * Spreadsheet formula injection: any cell beginning with `=`, `+`, `-`, `@`, a tab or a carriage return (or their
 * full-width forms) gets a leading apostrophe, so Excel, LibreOffice and Sheets show it as text instead of running
 * it. Evidence quoted from a letter (e.g. "- 1. Is your force…") therefore reads back with that apostrophe.
 */
export function exportCsv(snapshot: SummarySnapshot): string {
  const order = new Map(snapshot.tools.map((column, i) => [column.id, i]));
  const records = snapshot.letters.flatMap((letter) => letterRecords(letter, order));
  return stringify(records, {
    header: true,
    columns: [...CSV_COLUMNS],
    record_delimiter: 'windows',
    quote_record_delimiter: true,
    escape_formulas: true,
  });
}

function letterRecords(letter: SummaryLetter, order: ReadonlyMap<string, number>): string[][] {
  const facts = [letter.authority ?? '', letter.reference ?? '', letter.date ?? '', letter.file];
  if (letter.tools.length === 0) return [[...facts, '', '', '', '', '', '']];
  const tools = [...letter.tools].sort(
    (a, b) => (order.get(a.tool) ?? Number.MAX_SAFE_INTEGER) - (order.get(b.tool) ?? Number.MAX_SAFE_INTEGER),
  );
  return tools.map((entry) => [
    ...facts,
    entry.tool,
    entry.status,
    String(entry.recorded),
    entry.exemptions.map((section) => sectionLabel({ section, act: letter.act })).join(EXEMPTION_SEPARATOR),
    entry.evidence.join(EVIDENCE_SEPARATOR),
    entry.note ?? '',
  ]);
}
