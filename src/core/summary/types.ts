// The shapes of the workspace summary: what the index derives from every sidecar, and what the exports read.
// All of it is plain data. Text from sidecars (authorities, evidence, notes) is carried verbatim, never escaped:
// escaping belongs to whoever renders it (the Markdown export, a webview, a spreadsheet).

import type { ActId, Severity, ToolStatus } from '../model';

/** A column of the summary: a tool id and the words shown for it. */
export interface ToolColumn {
  readonly id: string;
  readonly label: string;
}

/** What one letter says about one tool, recorded in its sidecar or suggested by the engine. */
export interface LetterTool {
  readonly tool: string;
  readonly status: ToolStatus;
  /** True when a researcher recorded the status in the sidecar; false for the engine's suggestion. */
  readonly recorded: boolean;
  /** Section ids relied on, e.g. `s24(2)`; always empty for suggestions. */
  readonly exemptions: readonly string[];
  /** The quoted passages given as evidence, verbatim. */
  readonly evidence: readonly string[];
  readonly note: string | undefined;
}

/** One letter of the workspace with everything the summary shows about it. */
export interface SummaryLetter {
  /** Path of the letter file (the sidecar's folder joined with its `document`). */
  readonly file: string;
  /** Path of the sidecar, or undefined for a letter that has only suggestions. */
  readonly sidecar: string | undefined;
  readonly authority: string | undefined;
  readonly reference: string | undefined;
  /** The letter's date, ISO `YYYY-MM-DD` when the sidecar gives one. */
  readonly date: string | undefined;
  /** `foisa` for a letter under the Freedom of Information (Scotland) Act 2002; absent for the Act of 2000. */
  readonly act?: ActId;
  /** One entry per tool with a status, recorded ones first in sidecar order, then suggestions. */
  readonly tools: readonly LetterTool[];
}

/** The engine's answer for a letter nobody has tagged yet, as given to {@link SummaryIndex.upsertSuggested}. */
export interface SuggestedLetter {
  readonly authority?: string | null;
  readonly reference?: string | null;
  readonly date?: string | null;
  /** `foisa` for a Scottish letter. */
  readonly act?: ActId;
  readonly tools: readonly { readonly tool: string; readonly status: ToolStatus; readonly evidenceText?: string }[];
}

/** One letter's status in a matrix cell. */
export interface CellEntry {
  readonly file: string;
  readonly reference: string | undefined;
  readonly date: string | undefined;
  readonly status: ToolStatus;
  readonly recorded: boolean;
}

/** One authority's row: for each tool, the status given in each of its letters that answer for the tool. */
export interface MatrixRow {
  readonly authority: string;
  /** The files of the authority's letters, oldest first. */
  readonly letters: readonly string[];
  /** Tool id to one entry per letter that answers for it, oldest letter first. Tools no letter answers are absent. */
  readonly cells: ReadonlyMap<string, readonly CellEntry[]>;
}

/** Authorities (rows, sorted by name) by tools (columns). */
export interface SummaryMatrix {
  readonly tools: readonly ToolColumn[];
  readonly rows: readonly MatrixRow[];
}

/** How often one status was given for one tool. */
export interface StatusCount {
  readonly status: ToolStatus;
  readonly recorded: number;
  readonly suggested: number;
}

/** The statuses given for one tool, in the order of `TOOL_STATUSES`; statuses never given are left out. */
export interface ToolStatusCounts {
  readonly tool: string;
  readonly statuses: readonly StatusCount[];
}

/**
 * A section of an Act and the letters whose recorded answers rely on it. Sections of Scottish letters are counted
 * apart from the same numbers of the Act of 2000, which mean other things.
 */
export interface ExemptionUse {
  readonly section: string;
  /** `foisa` for a section of the Freedom of Information (Scotland) Act 2002; absent for the Act of 2000. */
  readonly act?: ActId;
  /** Letter files, sorted by path. */
  readonly letters: readonly string[];
}

/** Something wrong with one sidecar. Lines and columns are 1-based, for messages. */
export interface SummaryProblem {
  readonly sidecar: string;
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** How far the tagging has got. */
export interface SummaryProgress {
  /** Letters with at least one recorded status. */
  readonly tagged: number;
  /** Letters known to the index, from sidecars or suggestions. */
  readonly letters: number;
}

/** Everything an export needs, taken from the index at one moment. */
export interface SummarySnapshot {
  readonly tools: readonly ToolColumn[];
  /** Sorted by authority, then date, reference and file. */
  readonly letters: readonly SummaryLetter[];
  readonly matrix: SummaryMatrix;
  readonly counts: readonly ToolStatusCounts[];
  readonly exemptions: readonly ExemptionUse[];
  readonly problems: readonly SummaryProblem[];
  readonly progress: SummaryProgress;
}

/** One sidecar the index holds. */
export interface SidecarEntry {
  readonly path: string;
  readonly mtimeMs: number | undefined;
  /** The letter it describes, or undefined when the sidecar could not be read at all. */
  readonly letterFile: string | undefined;
  /** True when the sidecar has no error-severity problem. */
  readonly valid: boolean;
}
