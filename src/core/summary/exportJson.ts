// The summary as JSON, for scripts: the same facts as the other exports, with a fixed key order so two runs over
// the same sidecars give the same bytes (apart from `generated`, which callers can fix).

import { sectionLabel } from './sectionLabel';
import type { ExemptionUse, MatrixRow, SummaryLetter, SummarySnapshot, ToolStatusCounts } from './types';

/** Options of {@link exportJson}. */
export interface JsonOptions {
  /** The time recorded as `generated`; defaults to now. */
  readonly generated?: Date;
}

/**
 * JSON document of the snapshot, pretty-printed, ending with a newline:
 * `{ generated, tools, progress, letters, matrix, counts, exemptions, problems }`.
 * Each letter is `{ file, sidecar, authority, reference, date, act, tools }`, `act` being `foisa` for a letter under
 * the Freedom of Information (Scotland) Act 2002 and `foia` otherwise, so that its `exemptions` ids are read
 * against the right Act.
 * A matrix cell is the status of the authority's one letter, or a list with one status per letter (oldest first)
 * when several of its letters answer for the tool; letters naming no authority are under `(authority not recorded)`.
 * Absent values are null. Texts are data, not escaped for HTML: whoever renders them escapes them.
 */
export function exportJson(snapshot: SummarySnapshot, options: JsonOptions = {}): string {
  const toolOrder = snapshot.tools.map((column) => column.id);
  const document = {
    generated: (options.generated ?? new Date()).toISOString(),
    tools: toolOrder,
    progress: { tagged: snapshot.progress.tagged, letters: snapshot.progress.letters },
    letters: snapshot.letters.map((letter) => letterJson(letter, toolOrder)),
    matrix: Object.fromEntries(snapshot.matrix.rows.map((row) => [row.authority, rowJson(row, snapshot.tools)])),
    counts: Object.fromEntries(snapshot.counts.map(countsJson)),
    exemptions: Object.fromEntries(snapshot.exemptions.map((use: ExemptionUse) => [sectionLabel(use), use.letters])),
    problems: snapshot.problems.map((problem) => ({
      sidecar: problem.sidecar,
      line: problem.line,
      column: problem.column,
      severity: problem.severity,
      code: problem.code,
      message: problem.message,
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function letterJson(letter: SummaryLetter, toolOrder: readonly string[]): object {
  const byTool = new Map(letter.tools.map((entry) => [entry.tool, entry]));
  const tools: Record<string, object> = {};
  for (const id of toolOrder) {
    const entry = byTool.get(id);
    if (entry === undefined) continue;
    tools[id] = {
      status: entry.status,
      recorded: entry.recorded,
      exemptions: entry.exemptions,
      evidence: entry.evidence,
      note: entry.note ?? null,
    };
  }
  return {
    file: letter.file,
    sidecar: letter.sidecar ?? null,
    authority: letter.authority ?? null,
    reference: letter.reference ?? null,
    date: letter.date ?? null,
    act: letter.act ?? 'foia',
    tools,
  };
}

function rowJson(row: MatrixRow, columns: SummarySnapshot['tools']): Record<string, string | string[]> {
  const cells: Record<string, string | string[]> = {};
  for (const column of columns) {
    const entries = row.cells.get(column.id);
    if (entries === undefined) continue;
    cells[column.id] = entries.length === 1 ? entries[0].status : entries.map((entry) => entry.status);
  }
  return cells;
}

function countsJson(tool: ToolStatusCounts): [string, Record<string, { recorded: number; suggested: number }>] {
  const statuses = Object.fromEntries(
    tool.statuses.map((count) => [count.status, { recorded: count.recorded, suggested: count.suggested }]),
  );
  return [tool.tool, statuses];
}
