// The authorities × tools table: one row per authority from its letters, and the order of the tool columns.

import type { ToolDefinition } from '../model';
import { compareLettersByDate } from './order';
import type { CellEntry, MatrixRow, SummaryLetter, ToolColumn } from './types';

/** Row label for letters whose sidecar and suggestion name no authority; sorted after every named authority. */
export const UNKNOWN_AUTHORITY = '(authority not recorded)';

/** A built row together with its letters in row order, so the letter list can be assembled without sorting. */
export interface BuiltRow {
  readonly row: MatrixRow;
  readonly letters: readonly SummaryLetter[];
}

/**
 * The row of one authority. An authority with several letters gets, in each cell, one entry per letter that answers
 * for the tool, oldest letter first (undated letters last), so a change of answer over time stays visible.
 */
export function buildRow(authority: string, letters: readonly SummaryLetter[]): BuiltRow {
  const sorted = [...letters].sort(compareLettersByDate);
  const cells = new Map<string, CellEntry[]>();
  for (const letter of sorted) {
    for (const entry of letter.tools) {
      let cell = cells.get(entry.tool);
      if (cell === undefined) cells.set(entry.tool, (cell = []));
      cell.push({
        file: letter.file,
        reference: letter.reference,
        date: letter.date,
        status: entry.status,
        recorded: entry.recorded,
      });
    }
  }
  return { row: { authority, letters: sorted.map((letter) => letter.file), cells }, letters: sorted };
}

/**
 * Columns for the tools present: tools of the vocabulary first, in its order, then any other tool in the order it
 * first appeared. `present` maps each tool id to the sequence number of its first appearance.
 */
export function orderColumns(vocabulary: readonly ToolDefinition[], present: ReadonlyMap<string, number>): ToolColumn[] {
  const columns: ToolColumn[] = [];
  const known = new Set<string>();
  for (const tool of vocabulary) {
    if (known.has(tool.id)) continue;
    known.add(tool.id);
    if (present.has(tool.id)) columns.push({ id: tool.id, label: tool.label || tool.id });
  }
  const others = [...present.entries()].filter(([id]) => !known.has(id)).sort((a, b) => a[1] - b[1]);
  for (const [id] of others) columns.push({ id, label: id });
  return columns;
}
